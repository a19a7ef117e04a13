// What real Rekor v1 stores for a proposed entry. @sigstore/mock logs the proposed entry verbatim; real Rekor
// verifies the envelope against the given keys and logs a server-computed, reduced form, and verifiers
// (@sigstore/verify's TLOG_BODY checks) read that form. Sources: sigstore/rekor pkg/types/dsse/v0.0.1 and
// pkg/types/intoto/v0.0.2 entry.go (Unmarshal + Canonicalize).
import crypto from 'node:crypto';

export class RekorEntryError extends Error {}

const b64 = (s: string): Buffer => Buffer.from(s, 'base64');
const sha256hex = (data: Buffer | string): string => crypto.createHash('sha256').update(data).digest('hex');

/** DSSE pre-authentication encoding: the bytes a DSSE signature covers. */
function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

/** Rekor's canonical PEM (cert or SPKI key, 64-column lines) and the key inside, from a base64 of PEM. */
function canonicalKey(b64Pem: string): { pem: string; key: crypto.KeyObject } {
  const text = b64(b64Pem).toString('utf8');
  if (text.includes('CERTIFICATE')) {
    const cert = new crypto.X509Certificate(text);
    return { pem: cert.toString(), key: cert.publicKey };
  }
  const key = crypto.createPublicKey(text);
  return { pem: key.export({ type: 'spki', format: 'pem' }).toString(), key };
}

interface EnvelopeSig { sig: string; keyid?: string }
interface Envelope { payloadType: string; payload: string; signatures: EnvelopeSig[] }

/** Map each envelope signature (as written) to the canonical PEM of the key that verifies it, like Rekor. */
function verifyEnvelope(env: Envelope, b64Keys: readonly string[]): Map<string, string> {
  const payload = b64(env.payload);
  const keys = b64Keys.map(canonicalKey);
  const bySig = new Map<string, string>();
  for (const { sig } of env.signatures) {
    // Rekor loads verifiers with SHA-256, which an ed25519 verifier ignores (it hashes internally).
    const digest = (key: crypto.KeyObject): string | null => (key.asymmetricKeyType === 'ed25519' ? null : 'sha256');
    const match = keys.find(({ key }) => crypto.verify(digest(key), pae(env.payloadType, payload), key, b64(sig)));
    if (!match) throw new RekorEntryError('all signatures must have a key that verifies it');
    bySig.set(sig, match.pem);
  }
  return bySig;
}

interface ProposedEntry { apiVersion?: string; kind?: string; spec?: Record<string, unknown> }

/** dsse v0.0.1: {envelopeHash, payloadHash, signatures: [{signature, verifier}]}, no envelope. */
function canonicalDsse(spec: Record<string, unknown>): object {
  const proposed = spec['proposedContent'] as { envelope?: string; verifiers?: string[] } | undefined;
  if (typeof proposed?.envelope !== 'string' || !Array.isArray(proposed.verifiers)) {
    throw new RekorEntryError('dsse v0.0.1: proposedContent.envelope and verifiers are required');
  }
  const env = JSON.parse(proposed.envelope) as Envelope;
  const bySig = verifyEnvelope(env, proposed.verifiers);
  const signatures = [...bySig.keys()].sort().map((signature) => ({
    signature,
    verifier: Buffer.from(bySig.get(signature) ?? '').toString('base64'),
  }));
  return {
    apiVersion: '0.0.1', kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256hex(proposed.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256hex(b64(env.payload)) },
      signatures,
    },
  };
}

/** intoto v0.0.2: the envelope without its payload, the client's envelope hash, a recomputed payload hash. */
function canonicalIntoto(spec: Record<string, unknown>): object {
  const content = spec['content'] as { envelope?: Record<string, unknown>; hash?: unknown } | undefined;
  const envelope = content?.envelope as { payloadType: string; payload: string; signatures: Array<EnvelopeSig & { publicKey: string }> } | undefined;
  if (!envelope || !content?.hash || !Array.isArray(envelope.signatures) || envelope.signatures.length === 0) {
    throw new RekorEntryError('intoto v0.0.2: content.envelope, hash and signatures are required');
  }
  // Payload and signatures are double base64 in this entry type.
  const env: Envelope = {
    payloadType: envelope.payloadType,
    payload: b64(envelope.payload).toString('utf8'),
    signatures: envelope.signatures.map((s) => ({ sig: b64(s.sig).toString('utf8') })),
  };
  verifyEnvelope(env, envelope.signatures.map((s) => s.publicKey));
  return {
    apiVersion: '0.0.2', kind: 'intoto',
    spec: {
      content: {
        envelope: { payloadType: envelope.payloadType, signatures: envelope.signatures },
        hash: content.hash,
        payloadHash: { algorithm: 'sha256', value: sha256hex(b64(env.payload)) },
      },
    },
  };
}

/** The body real Rekor would log for a proposed entry; other kinds pass through unchanged. */
export function canonicalizeEntry(proposed: unknown): object {
  const entry = proposed as ProposedEntry;
  if (typeof entry !== 'object' || entry === null || typeof entry.spec !== 'object') {
    throw new RekorEntryError('proposed entry must be an object with kind, apiVersion and spec');
  }
  if (entry.kind === 'dsse' && entry.apiVersion === '0.0.1') return canonicalDsse(entry.spec);
  if (entry.kind === 'intoto' && entry.apiVersion === '0.0.2') return canonicalIntoto(entry.spec);
  return entry;
}
