// Precise edits of a serialized Sigstore bundle, for tests that check a verifier refuses each kind of forgery.
// Every helper returns a new bundle and leaves its input untouched.
import crypto from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import type { Signer } from '@sigstore/sign';

export const BUNDLE_V01 = 'application/vnd.dev.sigstore.bundle+json;version=0.1';

type TLogEntry = SerializedBundle['verificationMaterial']['tlogEntries'][number];
type InclusionProof = NonNullable<TLogEntry['inclusionProof']>;

const b64 = (s: string): Buffer => Buffer.from(s, 'base64');

/** A deep copy to edit. */
export function copy(bundle: SerializedBundle): SerializedBundle {
  return structuredClone(bundle);
}

/** The DSSE pre-authentication encoding: the bytes a DSSE signature covers. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

function envelopeOf(bundle: SerializedBundle): NonNullable<SerializedBundle['dsseEnvelope']> {
  if (!bundle.dsseEnvelope) throw new Error('tamper: not a DSSE bundle');
  return bundle.dsseEnvelope;
}

function firstEntry(bundle: SerializedBundle): TLogEntry {
  const entry = bundle.verificationMaterial.tlogEntries[0];
  if (!entry) throw new Error('tamper: the bundle has no tlog entry');
  return entry;
}

function proofOf(bundle: SerializedBundle): InclusionProof {
  const proof = firstEntry(bundle).inclusionProof;
  if (!proof) throw new Error('tamper: the tlog entry has no inclusion proof');
  return proof;
}

/** The DSSE payload with the bits of one byte flipped (by default the byte in the middle). */
export function flipPayloadByte(bundle: SerializedBundle, offset?: number): SerializedBundle {
  const out = copy(bundle);
  const envelope = envelopeOf(out);
  const payload = b64(envelope.payload);
  const at = offset ?? Math.floor(payload.length / 2);
  payload.writeUInt8((payload[at] ?? 0) ^ 0xff, at);
  envelope.payload = payload.toString('base64');
  return out;
}

/** The DSSE envelope re-signed with another private key; certificate and witnesses are kept as they were. */
export function resignEnvelope(bundle: SerializedBundle, privateKey: crypto.KeyObject): SerializedBundle {
  const out = copy(bundle);
  const envelope = envelopeOf(out);
  const signature = crypto.sign('sha256', pae(envelope.payloadType, b64(envelope.payload)), privateKey);
  envelope.signatures = [{ sig: signature.toString('base64'), keyid: '' }];
  return out;
}

/** `target` with the signing certificate of `donor` (a key-based `target` becomes a certificate bundle). */
export function withCertificateOf(target: SerializedBundle, donor: SerializedBundle): SerializedBundle {
  const certificate = donor.verificationMaterial.certificate;
  if (!certificate) throw new Error('tamper: the donor has no certificate');
  const { tlogEntries, timestampVerificationData } = target.verificationMaterial;
  const out = { ...target, verificationMaterial: { certificate, tlogEntries, timestampVerificationData } };
  return JSON.parse(JSON.stringify(out)) as SerializedBundle;
}

/** `target` carrying the transparency log entries of `donor` (which logged another envelope). */
export function withTlogEntriesOf(target: SerializedBundle, donor: SerializedBundle): SerializedBundle {
  const out = copy(target);
  out.verificationMaterial.tlogEntries = structuredClone(donor.verificationMaterial.tlogEntries);
  return out;
}

/** An inclusion proof with one more sibling hash than the path from the leaf to the checkpoint's root. */
export function withExtraProofHash(bundle: SerializedBundle): SerializedBundle {
  const out = copy(bundle);
  const proof = proofOf(out);
  proof.hashes = [...(proof.hashes ?? []), crypto.createHash('sha256').update('not a sibling').digest('base64')];
  return out;
}

/** The checkpoint's signature line with one byte of the signature flipped (the key hint is kept). */
export function corruptCheckpointSignature(bundle: SerializedBundle): SerializedBundle {
  const out = copy(bundle);
  const proof = proofOf(out);
  const lines = proof.checkpoint.envelope.split('\n');
  const at = lines.findIndex((l) => l.startsWith('\u2014 '));
  const [dash, name, hintAndSig] = (lines[at] ?? '').split(' ');
  if (at === -1 || !name || !hintAndSig) throw new Error('tamper: no signature line in the checkpoint');
  const bytes = b64(hintAndSig);
  bytes.writeUInt8((bytes.at(-1) ?? 0) ^ 0x01, bytes.length - 1);
  lines[at] = `${dash} ${name} ${bytes.toString('base64')}`;
  proof.checkpoint.envelope = lines.join('\n');
  return out;
}

/** The signed entry timestamp with one byte flipped. */
export function corruptSignedEntryTimestamp(bundle: SerializedBundle): SerializedBundle {
  const out = copy(bundle);
  const promise = firstEntry(out).inclusionPromise;
  if (!promise) throw new Error('tamper: the tlog entry has no inclusion promise');
  const set = b64(promise.signedEntryTimestamp);
  set.writeUInt8((set.at(-1) ?? 0) ^ 0x01, set.length - 1);
  promise.signedEntryTimestamp = set.toString('base64');
  return out;
}

/** The log entry without its inclusion promise (SET): only the checkpoint and proof vouch for it. */
export function withoutInclusionPromise(bundle: SerializedBundle): SerializedBundle {
  const out = copy(bundle);
  firstEntry(out).inclusionPromise = undefined;
  return JSON.parse(JSON.stringify(out)) as SerializedBundle;
}

/** The log entry's canonicalized body replaced (re-encoded from `edit` of the decoded JSON). */
export function editCanonicalizedBody(bundle: SerializedBundle, edit: (body: Record<string, unknown>) => Record<string, unknown>): SerializedBundle {
  const out = copy(bundle);
  const entry = firstEntry(out);
  const body = JSON.parse(b64(entry.canonicalizedBody).toString('utf8')) as Record<string, unknown>;
  entry.canonicalizedBody = Buffer.from(JSON.stringify(edit(body))).toString('base64');
  return out;
}

export function withMediaType(bundle: SerializedBundle, mediaType: string): SerializedBundle {
  return { ...copy(bundle), mediaType };
}

/**
 * The same evidence as a v0.1 bundle: the certificate as an X.509 chain (followed by `extraChain`, DER base64),
 * tlog entries with their SET only, as v0.1 bundles were written before inclusion proofs.
 */
export function toV01(bundle: SerializedBundle, extraChain: readonly string[] = []): SerializedBundle {
  const certificate = bundle.verificationMaterial.certificate;
  if (!certificate) throw new Error('tamper: a v0.1 bundle needs a certificate');
  const tlogEntries = bundle.verificationMaterial.tlogEntries.map((e) => ({ ...structuredClone(e), inclusionProof: undefined }));
  const out = {
    ...copy(bundle),
    mediaType: BUNDLE_V01,
    verificationMaterial: {
      x509CertificateChain: { certificates: [certificate.rawBytes, ...extraChain].map((rawBytes) => ({ rawBytes })) },
      tlogEntries,
      timestampVerificationData: structuredClone(bundle.verificationMaterial.timestampVerificationData),
    },
  };
  return JSON.parse(JSON.stringify(out)) as SerializedBundle;
}

/** A Signer over a plain EC key: key-based bundles (as cosign makes with --key), and an attacker's own signatures. */
export function keySigner(privateKey: crypto.KeyObject, publicKey: crypto.KeyObject, hint = 'release-key'): Signer {
  const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  return { sign: async (data) => ({ signature: crypto.sign('sha256', data, privateKey), key: { $case: 'publicKey', publicKey: pem, hint } }) };
}

/** The signing certificate with one byte of its DER flipped (by default the first: the SEQUENCE tag). */
export function flipCertificateByte(bundle: SerializedBundle, offset = 0): SerializedBundle {
  const out = copy(bundle);
  const certificate = out.verificationMaterial.certificate;
  if (!certificate) throw new Error('tamper: the bundle has no certificate');
  const der = b64(certificate.rawBytes);
  der.writeUInt8((der[offset] ?? 0) ^ 0xff, offset);
  certificate.rawBytes = der.toString('base64');
  return out;
}
