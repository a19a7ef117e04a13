import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import { ChainmailError } from '../../src/core/errors.js';
import type { Statement } from '../../src/core/intoto/index.js';
import { canonicalJson, keyIdOf, securesystemslibPublicKey } from '../../src/core/predicates/link/classic.js';
import { createKeySigner } from '../../src/sigstore/sign/key-signer.js';
import { BundleVerifier, type VerificationRequest } from '../../src/sigstore/verify/bundle-verifier.js';
import { trustRootFromJSON } from '../../src/sigstore/verify/trust-roots.js';
import { sampleStatement, startSigstoreStack, type SigstoreStack } from '../support/index.js';

const DIGEST = 'd'.repeat(64);
const statement = sampleStatement('app.tgz', DIGEST) as Statement;
const request: VerificationRequest = { artifact: { sha256: DIGEST }, identity: {}, predicateType: 'https://slsa.dev/provenance/v1' };
const network = { timeoutMs: 5_000, retries: 0, minBackoffMs: 10 };
const PASSPHRASE = 'correct horse battery staple';

type KeyKind = 'ed25519' | 'P-256' | 'P-384';
function keyPair(kind: KeyKind): crypto.KeyPairKeyObjectResult {
  return kind === 'ed25519' ? crypto.generateKeyPairSync('ed25519') : crypto.generateKeyPairSync('ec', { namedCurve: kind });
}
const pkcs8 = (key: crypto.KeyObject): string => key.export({ format: 'pem', type: 'pkcs8' }).toString();

async function failure(run: () => Promise<unknown>): Promise<ChainmailError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChainmailError);
    return error as ChainmailError;
  }
  throw new Error('expected a ChainmailError');
}

describe('createKeySigner', () => {
  let stack: SigstoreStack;
  let stackRoot: ReturnType<typeof trustRootFromJSON>;

  beforeAll(async () => {
    stack = await startSigstoreStack();
    stackRoot = trustRootFromJSON(stack.trustedRoot, 'the local stack');
  });
  afterAll(() => stack.close());

  it.each<KeyKind>(['ed25519', 'P-256', 'P-384'])('signs a %s-keyed DSSE bundle, logged in Rekor, that BundleVerifier accepts with the public key', async (kind) => {
    const { privateKey, publicKey } = keyPair(kind);
    const signer = await createKeySigner({ pem: pkcs8(privateKey), endpoints: { rekorURL: stack.rekorURL }, network });
    expect(signer.keyId).toBe(keyIdOf(securesystemslibPublicKey(publicKey)));
    expect(signer.publicKeyPem).toBe(publicKey.export({ format: 'pem', type: 'spki' }).toString());

    const bundle = await signer.sign(statement);
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.verificationMaterial.publicKey).toEqual({ hint: signer.keyId });
    expect(bundle.dsseEnvelope?.signatures[0]?.keyid).toBe(signer.keyId);
    expect(bundle.verificationMaterial.tlogEntries[0]?.kindVersion?.kind).toBe('dsse');
    const verified = new BundleVerifier([stackRoot], publicKey).verify(bundle, request);
    expect(verified.statement).toEqual(statement);

    const otherKey = keyPair(kind).publicKey;
    expect((await failure(async () => new BundleVerifier([stackRoot], otherKey).verify(bundle, request))).code).toBe('SIGNATURE_INVALID');
  });

  it('timestamps with a TSA instead of logging, for instances without a log', async () => {
    const { privateKey, publicKey } = keyPair('P-256');
    const signer = await createKeySigner({ pem: pkcs8(privateKey), endpoints: { tsaURL: stack.tsaURL }, network });
    const bundle = await signer.sign(statement);
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    const withoutLog = trustRootFromJSON({ ...stack.trustedRoot, tlogs: [] }, 'the stack without its log');
    expect(new BundleVerifier([withoutLog], publicKey).verify(bundle, request).statement).toEqual(statement);
  });

  it('signs without any endpoint: a bundle with no proof of time, which a verifier demanding one refuses', async () => {
    const { privateKey, publicKey } = keyPair('ed25519');
    const bundle = await (await createKeySigner({ pem: pkcs8(privateKey), network })).sign(statement);
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    expect((await failure(async () => new BundleVerifier([stackRoot], publicKey).verify(bundle, request))).code).toBe('TIMESTAMP_INVALID');
  });

  it('reports an unreachable Rekor as SIGNING_FAILED naming it', async () => {
    const { privateKey } = keyPair('P-256');
    const signer = await createKeySigner({ pem: pkcs8(privateKey), endpoints: { rekorURL: 'http://127.0.0.1:9' }, network });
    const error = await failure(() => signer.sign(statement));
    expect(error.code).toBe('SIGNING_FAILED');
    expect(error.message).toContain('http://127.0.0.1:9');
  });

  it('reads encrypted PKCS#8 with its passphrase, SEC1 EC keys, and securesystemslib JSON key files', async () => {
    const { privateKey, publicKey } = keyPair('P-256');
    const keyId = keyIdOf(securesystemslibPublicKey(publicKey));
    const encrypted = privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: PASSPHRASE }).toString();
    expect((await createKeySigner({ pem: encrypted, passphrase: PASSPHRASE, network })).keyId).toBe(keyId);
    const sec1 = privateKey.export({ format: 'pem', type: 'sec1' }).toString();
    expect((await createKeySigner({ pem: sec1, network })).keyId).toBe(keyId);
    const ecdsaJson = JSON.stringify({ keytype: 'ecdsa', scheme: 'ecdsa-sha2-nistp256', keyid: keyId, keyval: { public: '', private: pkcs8(privateKey) } });
    expect((await createKeySigner({ pem: ecdsaJson, network })).keyId).toBe(keyId);

    const ed = keyPair('ed25519');
    const hex = (b64url: string | undefined): string => Buffer.from(b64url ?? '', 'base64url').toString('hex');
    const jwk = ed.privateKey.export({ format: 'jwk' });
    const edJson = JSON.stringify({ keytype: 'ed25519', scheme: 'ed25519', keyval: { public: hex(jwk.x), private: hex(jwk.d) } });
    expect((await createKeySigner({ pem: edJson, network })).keyId).toBe(keyIdOf(securesystemslibPublicKey(ed.publicKey)));
  });

  it.each<[KeyKind, 'sha256' | 'sha384' | null]>([['ed25519', null], ['P-256', 'sha256'], ['P-384', 'sha384']])(
    'signs classic links with a %s key as securesystemslib does (digest %s)',
    async (kind, digest) => {
      const { privateKey, publicKey } = keyPair(kind);
      const signer = await createKeySigner({ pem: pkcs8(privateKey), network });
      const bytes = Buffer.from(canonicalJson({ signed: 'bytes' }));
      expect(crypto.verify(digest, bytes, publicKey, signer.signClassic(bytes))).toBe(true);
    },
  );

  describe('refuses keys it cannot use, with KEY_INVALID and without quoting key or passphrase', () => {
    const { privateKey } = keyPair('P-256');
    const encrypted = privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: PASSPHRASE }).toString();
    const body = pkcs8(privateKey).split('\n')[1]!.slice(0, 24);
    const cases: Array<[string, { pem: string; passphrase?: string }, RegExp]> = [
      ['a wrong passphrase', { pem: encrypted, passphrase: 'wrong' }, /wrong passphrase/],
      ['a missing passphrase', { pem: encrypted }, /encrypted: give its passphrase/],
      ['an empty key', { pem: '  \n' }, /empty/],
      ['not PEM at all', { pem: 'just some secret text' }, /not a PEM private key/],
      ['a truncated PEM', { pem: pkcs8(privateKey).slice(0, 120) }, /not a readable PEM private key/],
      ['a public key', { pem: keyPair('P-256').publicKey.export({ format: 'pem', type: 'spki' }).toString() }, /public key or certificate/],
      ['an RSA key', { pem: pkcs8(crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey) }, /unsupported key type rsa/],
      ['a secp256k1 key', { pem: pkcs8(crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey) }, /ECDSA on secp256k1/],
      ['a .pub securesystemslib file', { pem: '{"keytype":"ed25519","scheme":"ed25519","keyval":{"public":"00"}}' }, /no keyval.private/],
      ['an encrypted securesystemslib file', { pem: 'abcdef@@@@100000@@@@aa@@@@bb@@@@cc' }, /encrypted securesystemslib key file/],
    ];
    it.each(cases)('%s', async (_name, key, message) => {
      const error = await failure(() => createKeySigner({ ...key, network }));
      expect(error.code).toBe('KEY_INVALID');
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain(body);
      expect(error.message).not.toContain(PASSPHRASE);
      expect(error.message).not.toContain('\n');
      expect(error.cause).toBeUndefined();
    });
  });
});
