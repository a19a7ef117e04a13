import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import crypto from 'node:crypto';
import { canonicalizeEntry, RekorEntryError } from './rekor-canonical.js';

// Bundles signed on real GitHub runners and logged by the real Rekor (dsse 0.0.1, intoto 0.0.2).
const CORPUS = '/work/shared/corpus/sigstore/real';
const REAL_DSSE = `${CORPUS}/reusable-workflow-attestation.sigstore.json`;
const REAL_INTOTO = `${CORPUS}/sigstore-js-2.1.0-bundle.json`;

interface RealBundle {
  dsseEnvelope: { payload: string; payloadType: string; signatures: Array<{ sig: string; keyid?: string }> };
  verificationMaterial: { certificate: { rawBytes: string }; tlogEntries: Array<{ canonicalizedBody: string }> };
}

const load = async (file: string): Promise<RealBundle> => JSON.parse(await readFile(file, 'utf8')) as RealBundle;
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const certPem = (b: RealBundle): string =>
  new crypto.X509Certificate(Buffer.from(b.verificationMaterial.certificate.rawBytes, 'base64')).toString();
const loggedBody = (b: RealBundle): { spec: { content: { hash: unknown } } } =>
  JSON.parse(Buffer.from(b.verificationMaterial.tlogEntries[0]?.canonicalizedBody ?? '', 'base64').toString('utf8')) as never;

/**
 * The dsse entry sigstore-js proposes (witness/tlog/entry.js). The envelope hash covers the client's exact
 * JSON: the 2024 client that signed this bundle wrote `keyid: ""` (today's protobuf-specs omits it).
 */
function proposedDsse(bundle: RealBundle): object {
  const env = bundle.dsseEnvelope;
  const envelope = JSON.stringify({ ...env, signatures: env.signatures.map((sg) => ({ sig: sg.sig, keyid: '' })) });
  return { apiVersion: '0.0.1', kind: 'dsse', spec: { proposedContent: { envelope, verifiers: [b64(certPem(bundle))] } } };
}

/**
 * The intoto entry sigstore-js proposes: payload and sig base64 twice. Rekor keeps the client's envelope hash
 * and PEM as sent (this client's PEM had no final newline).
 */
function proposedIntoto(bundle: RealBundle): object {
  const env = bundle.dsseEnvelope;
  return {
    apiVersion: '0.0.2', kind: 'intoto',
    spec: {
      content: {
        envelope: {
          payloadType: env.payloadType, payload: b64(env.payload),
          signatures: env.signatures.map((sg) => ({ sig: b64(sg.sig), publicKey: b64(certPem(bundle).trimEnd()) })),
        },
        hash: loggedBody(bundle).spec.content.hash,
        payloadHash: { algorithm: 'sha256', value: 'recomputed by Rekor' },
      },
    },
  };
}

describe('Rekor canonicalization', () => {
  it('reproduces the body real Rekor logged for a dsse entry', async () => {
    const bundle = await load(REAL_DSSE);
    expect(canonicalizeEntry(proposedDsse(bundle))).toEqual(loggedBody(bundle));
  });

  it('reproduces the body real Rekor logged for an intoto entry', async () => {
    const bundle = await load(REAL_INTOTO);
    expect(canonicalizeEntry(proposedIntoto(bundle))).toEqual(loggedBody(bundle));
  });

  it('refuses an envelope whose signature does not verify', async () => {
    const bundle = await load(REAL_DSSE);
    const sig = bundle.dsseEnvelope.signatures[0];
    if (sig) sig.sig = b64('tampered');
    expect(() => canonicalizeEntry(proposedDsse(bundle))).toThrow(RekorEntryError);
  });

  it('refuses a dsse entry without proposed content', () => {
    expect(() => canonicalizeEntry({ apiVersion: '0.0.1', kind: 'dsse', spec: {} })).toThrow(RekorEntryError);
  });
});
