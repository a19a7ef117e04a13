import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { DSSEBundleBuilder, RekorWitness } from '@sigstore/sign';
import { ChainmailError } from '../../../src/core/errors.js';
import type { Statement } from '../../../src/core/intoto/index.js';
import { GITHUB_ACTIONS_ISSUER, type IdentityPolicy } from '../../../src/core/verify/identity-policy.js';
import { exactMatcher } from '../../../src/core/verify/matcher.js';
import { createKeylessSigner } from '../../../src/sigstore/sign/keyless.js';
import { BundleVerifier, type VerificationRequest } from '../../../src/sigstore/verify/bundle-verifier.js';
import { embeddedPublicGoodRoot } from '../../../src/sigstore/verify/embedded-root.js';
import { defaultTrustRoots, parseTrustRoots, trustRootFromJSON } from '../../../src/sigstore/verify/trust-roots.js';
import { INTOTO_PAYLOAD_TYPE, sampleStatement, signDsse, startOidcServer, startSigstoreStack, type OidcServer, type SigstoreStack } from '../../support/index.js';
import { keySigner } from '../../support/tamper.js';

const SAN = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const DIGEST = 'c'.repeat(64);
const statement = sampleStatement('app.tgz', DIGEST) as Statement;
const identity: IdentityPolicy = { issuer: exactMatcher(GITHUB_ACTIONS_ISSUER), subjectAlternativeName: exactMatcher(SAN), repository: 'octo-org/octo-repo' };
const request: VerificationRequest = { artifact: { sha256: DIGEST }, identity, predicateType: 'https://slsa.dev/provenance/v1' };
const network = { timeoutMs: 10_000, retries: 0, minBackoffMs: 10 };

function failureCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChainmailError);
    return (error as ChainmailError).code;
  }
  throw new Error('expected verification to fail');
}

describe('verifying bundles signed on a local Sigstore', () => {
  let stack: SigstoreStack;
  let oidc: OidcServer;
  let stackVerifier: BundleVerifier;
  const identityProvider = { getToken: async () => oidc.mintToken('sigstore') };
  const signWith = (endpoints: { rekorURL?: string; tsaURL?: string }): Promise<SerializedBundle> =>
    createKeylessSigner({ endpoints: { instance: 'custom', fulcioURL: stack.fulcioURL, ...endpoints }, identityProvider, network }).sign(statement);

  beforeAll(async () => {
    [stack, oidc] = await Promise.all([startSigstoreStack(), startOidcServer()]);
    stackVerifier = new BundleVerifier([trustRootFromJSON(stack.trustedRoot, 'the local stack')]);
  });
  afterAll(async () => {
    await Promise.all([stack.close(), oidc.close()]);
  });

  it('verifies a public-good style bundle (Fulcio + Rekor dsse entry) from our signer with its signer identity', async () => {
    const bundle = await signWith({ rekorURL: stack.rekorURL });
    expect(bundle.verificationMaterial.tlogEntries[0]?.kindVersion?.kind).toBe('dsse');
    const verified = stackVerifier.verify(bundle, request);
    expect(verified.instance).toBe(new URL(stack.fulcioURL).host);
    expect(verified.signer).toMatchObject({ subjectAlternativeName: SAN, issuer: GITHUB_ACTIONS_ISSUER, sourceRepositoryURI: 'https://github.com/octo-org/octo-repo' });
    expect(verified.statement).toEqual(statement);
  });

  it('verifies a GitHub-instance style bundle (Fulcio + RFC 3161 timestamp, no log entry)', async () => {
    const bundle = await signWith({ tsaURL: stack.tsaURL });
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    // The stack runs a log, so its root demands an entry; GitHub's root has none and demands only the timestamp.
    expect(failureCode(() => stackVerifier.verify(bundle, request))).toBe('TLOG_INVALID');
    const withoutLog = new BundleVerifier([trustRootFromJSON({ ...stack.trustedRoot, tlogs: [] }, 'the stack without its log')]);
    expect(withoutLog.verify(bundle, request).signer).toMatchObject({ subjectAlternativeName: SAN });
  });

  it('verifies an intoto log entry', async () => {
    const bundle = await signDsse(stack, Buffer.from(JSON.stringify(statement)), { token: () => oidc.mintToken('sigstore'), entryType: 'intoto' });
    expect(bundle.verificationMaterial.tlogEntries[0]?.kindVersion).toEqual({ kind: 'intoto', version: '0.0.2' });
    expect(stackVerifier.verify(bundle, request).statement?.predicateType).toBe('https://slsa.dev/provenance/v1');
  });

  it('refuses bundles of the local stack against the embedded public-good root as an untrusted instance', async () => {
    const publicGood = new BundleVerifier(defaultTrustRoots());
    for (const bundle of [await signWith({ rekorURL: stack.rekorURL }), await signWith({ tsaURL: stack.tsaURL })]) {
      expect(failureCode(() => publicGood.verify(bundle, request))).toBe('UNTRUSTED_INSTANCE');
    }
  });

  it('verifies with a JSON Lines file of two roots, public-good and the local stack', async () => {
    const jsonl = [embeddedPublicGoodRoot(), stack.trustedRoot].map((r) => JSON.stringify(r)).join('\n');
    const roots = parseTrustRoots(jsonl, 'roots.jsonl');
    expect(roots).toHaveLength(2);
    const verified = new BundleVerifier(roots).verify(await signWith({ rekorURL: stack.rekorURL }), request);
    expect(verified.instance).toBe(new URL(stack.fulcioURL).host);
  });

  it('verifies with two roots whose CAs have the same name, whichever of them signed', async () => {
    // @sigstore/mock names every CA "CN=sigstore,O=sigstore.mock": the issuer name alone cannot pick the root.
    const other = await startSigstoreStack();
    try {
      const roots = [other.trustedRoot, stack.trustedRoot].map((r, i) => trustRootFromJSON(r, `root ${i + 1}`));
      expect(new BundleVerifier(roots).verify(await signWith({ rekorURL: stack.rekorURL }), request).signer).toMatchObject({ subjectAlternativeName: SAN });
    } finally {
      await other.close();
    }
  });

  describe('a bundle signed with a plain key', () => {
    const keys = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    let bundle: SerializedBundle;

    beforeAll(async () => {
      const builder = new DSSEBundleBuilder({
        signer: keySigner(keys.privateKey, keys.publicKey),
        witnesses: [new RekorWitness({ rekorBaseURL: stack.rekorURL, entryType: 'dsse', retry: 0 })],
      });
      bundle = bundleToJSON(await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: INTOTO_PAYLOAD_TYPE }));
    });

    it('verifies with that public key, whatever the identity policy', () => {
      expect(bundle.verificationMaterial.publicKey?.hint).toBe('release-key');
      const verifier = new BundleVerifier([trustRootFromJSON(stack.trustedRoot, 'the local stack')], keys.publicKey);
      const verified = verifier.verify(bundle, request);
      expect(verified.signer).toEqual({ key: 'the given public key' });
      expect(verified.statement).toEqual(statement);
    });

    it('refuses it without a key (untrusted instance) and with another key (the signature does not verify)', () => {
      expect(failureCode(() => stackVerifier.verify(bundle, request))).toBe('UNTRUSTED_INSTANCE');
      const otherKey = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
      const verifier = new BundleVerifier([trustRootFromJSON(stack.trustedRoot, 'the local stack')], otherKey);
      expect(failureCode(() => verifier.verify(bundle, request))).toBe('SIGNATURE_INVALID');
    });
  });
});
