import { ChainmailError } from '../core/errors.js';
import type { NetworkPolicy } from '../core/network-policy.js';
import { attestationBundles } from '../github/attestations-list.js';
import { releaseBundles } from '../github/release-bundles.js';
import { bundlesAtPath } from '../io/bundle-files.js';
import type { Candidate } from '../sigstore/verify/candidates.js';
import type { Artifact } from './artifact.js';

/** Where the bundles to try come from. */
export type BundleSource =
  | { readonly kind: 'path'; readonly path: string; readonly label?: string }
  | { readonly kind: 'attestations'; readonly repository: string }
  | { readonly kind: 'release'; readonly repository: string; readonly tag: string };

export interface GitHubAccess {
  readonly apiUrl: string;
  readonly token: string;
  readonly network: NetworkPolicy;
}

/** Every candidate bundle the source holds for the artifact (the attestations API is asked by sha256). */
export async function gatherCandidates(source: BundleSource, artifact: Artifact, github: GitHubAccess): Promise<Candidate[]> {
  switch (source.kind) {
    case 'path':
      return bundlesAtPath(source.path, source.label ?? source.path);
    case 'release':
      return releaseBundles({ ...github, repository: source.repository }, source.tag);
    case 'attestations': {
      const sha256 = artifact.digests.sha256;
      if (sha256 === undefined) {
        throw new ChainmailError('INPUT_INVALID', `the attestations API is searched by sha256 digest; ${artifact.name} is not one (give the file, or its sha256: digest)`);
      }
      return attestationBundles({ ...github, repository: source.repository }, `sha256:${sha256}`);
    }
  }
}

/** How a source is named in reports. */
export function describeSource(source: BundleSource): string {
  if (source.kind === 'path') return source.label ?? source.path;
  if (source.kind === 'release') return `release ${source.tag} of ${source.repository}`;
  return `the attestations API of ${source.repository}`;
}
