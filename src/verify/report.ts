import type { ChainmailErrorCode } from '../core/errors.js';
import type { Statement } from '../core/intoto/index.js';
import type { SignerIdentity } from '../core/verify/signer-identity.js';
import type { CandidatesVerified, Rejection } from '../sigstore/verify/candidates.js';

/** One bundle that verified: where it came from, who signed it (and on which instance), and what it states. */
export interface VerifiedAttestation {
  readonly source: string;
  readonly instance: string;
  readonly mediaType: string;
  /** The certificate's identity, or `{ key }` for a bundle signed with the given public key. */
  readonly signer: SignerIdentity | { readonly key: string };
  /** The statement's predicate type; absent for a message signature. */
  readonly predicateType?: string;
  /** The verified in-toto statement; absent for a message signature. */
  readonly statement?: Statement;
}

/**
 * The outcome of verifying one artifact: the shape of `chainmail verify --format json` and of the
 * verify-chain action's report file. `verified` is true only when at least one bundle satisfied the policy;
 * `rejected` lists every other bundle with its code and reason; `error` says why verification failed.
 */
export interface VerificationReport {
  readonly verified: boolean;
  readonly artifact: { readonly name: string; readonly digest: Readonly<Record<string, string>> };
  readonly source: string;
  readonly attestations: readonly VerifiedAttestation[];
  readonly rejected: readonly Rejection[];
  readonly error?: { readonly code: ChainmailErrorCode; readonly message: string };
}

export function verifiedAttestations(result: CandidatesVerified): VerifiedAttestation[] {
  return result.verified.map((v) => ({
    source: v.source,
    instance: v.instance,
    mediaType: v.mediaType,
    signer: v.signer,
    ...(v.statement ? { predicateType: v.statement.predicateType, statement: v.statement } : {}),
  }));
}

/** The signer of a verified attestation in one line: its SAN (the workflow), or the key. */
export function signerName(signer: VerifiedAttestation['signer']): string {
  if ('key' in signer) return signer.key;
  return signer.buildSignerURI ?? signer.subjectAlternativeName ?? '(no identity)';
}
