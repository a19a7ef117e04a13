import { readFile } from 'node:fs/promises';
import type { IdentityPolicy } from '../core/verify/identity-policy.js';
import type { BundleVerifier } from '../sigstore/verify/bundle-verifier.js';
import { VerificationFailure, verifyCandidates, type Candidate } from '../sigstore/verify/candidates.js';
import type { Artifact } from './artifact.js';
import { verifiedAttestations, type VerificationReport } from './report.js';
import { describeSource, gatherCandidates, type BundleSource, type GitHubAccess } from './sources.js';

export interface VerifyArtifactRequest {
  readonly artifact: Artifact;
  readonly source: BundleSource;
  readonly identity: IdentityPolicy;
  /** The predicate type a statement must have; undefined accepts any (and message signatures). */
  readonly predicateType?: string;
  readonly verifier: BundleVerifier;
  readonly github: GitHubAccess;
}

/**
 * Gathers the source's bundles and verifies each against the policy. A verdict (verified, or none of the
 * bundles did) is a report; a source or input that fails (an unreadable path, an API that refuses) throws.
 */
export async function verifyArtifact(request: VerifyArtifactRequest): Promise<VerificationReport> {
  const { artifact } = request;
  const candidates = await gatherCandidates(request.source, artifact, request.github);
  const base = {
    artifact: { name: artifact.name, digest: Object.fromEntries(Object.entries(artifact.digests).filter((e): e is [string, string] => e[1] !== undefined)) },
    source: describeSource(request.source),
  };
  // A message signature signs the file's bytes; they are read only when such a bundle is among the candidates.
  const artifactBytes = artifact.path && candidates.some(isMessageSignature) ? await readFile(artifact.path) : undefined;
  try {
    const result = verifyCandidates(request.verifier, candidates, {
      artifact: artifact.digests,
      identity: request.identity,
      ...(artifactBytes ? { artifactBytes } : {}),
      ...(request.predicateType !== undefined ? { predicateType: request.predicateType } : {}),
    });
    return { verified: true, ...base, attestations: verifiedAttestations(result), rejected: result.rejected };
  } catch (error) {
    if (!(error instanceof VerificationFailure)) throw error;
    return { verified: false, ...base, attestations: [], rejected: error.rejected, error: { code: error.code, message: error.message } };
  }
}

function isMessageSignature(candidate: Candidate): boolean {
  return 'json' in candidate && typeof candidate.json === 'object' && candidate.json !== null && 'messageSignature' in candidate.json;
}
