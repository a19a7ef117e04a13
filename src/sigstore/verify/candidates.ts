import { ChainmailError, isChainmailError, type ChainmailErrorCode } from '../../core/errors.js';
import type { BundleVerifier, VerificationRequest, VerifiedBundle } from './bundle-verifier.js';

/** A bundle found somewhere (a file and line, an API page, a release asset), or why it could not be read. */
export type Candidate =
  | { readonly source: string; readonly json: unknown }
  | { readonly source: string; readonly unreadable: ChainmailError };

export interface Rejection {
  readonly source: string;
  readonly code: ChainmailErrorCode;
  readonly reason: string;
}

export interface CandidatesVerified {
  readonly verified: readonly (VerifiedBundle & { readonly source: string })[];
  readonly rejected: readonly Rejection[];
}

/** None of the candidates verified: the error lists each one's reason. */
export class VerificationFailure extends ChainmailError {
  readonly rejected: readonly Rejection[];

  constructor(rejected: readonly Rejection[]) {
    const summary = rejected.map((r) => `${r.source}: ${r.reason} [${r.code}]`).join('; ');
    super(rejected.length === 0 ? 'NO_ATTESTATION' : 'VERIFICATION_FAILED',
      rejected.length === 0 ? 'no bundle was found for the artifact' : `none of ${rejected.length} bundle(s) verified: ${summary}`);
    this.name = 'VerificationFailure';
    this.rejected = rejected;
  }
}

/**
 * Verifies every candidate. Passes when at least one satisfies the policy; the others are reported with why
 * they did not. Throws VerificationFailure (NO_ATTESTATION or VERIFICATION_FAILED) when none does.
 */
export function verifyCandidates(verifier: BundleVerifier, candidates: readonly Candidate[], request: VerificationRequest): CandidatesVerified {
  const verified: (VerifiedBundle & { source: string })[] = [];
  const rejected: Rejection[] = [];
  for (const candidate of candidates) {
    if ('unreadable' in candidate) {
      rejected.push({ source: candidate.source, code: candidate.unreadable.code, reason: candidate.unreadable.message });
      continue;
    }
    try {
      verified.push({ ...verifier.verify(candidate.json, request), source: candidate.source });
    } catch (error) {
      // Only our own failures are verdicts; a bug must not be reported as "this bundle did not verify".
      if (!isChainmailError(error)) throw error;
      rejected.push({ source: candidate.source, code: error.code, reason: error.message });
    }
  }
  if (verified.length === 0) throw new VerificationFailure(rejected);
  return { verified, rejected };
}
