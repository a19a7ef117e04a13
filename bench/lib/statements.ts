// The statements the signing benchmark signs: one subject each, with the SLSA provenance predicate chainmail
// builds for a GitHub run (src/core), so payloads are the size real ones are.
import { createHash } from 'node:crypto';
import { requireGitHubClaims } from '../../src/core/github-context.js';
import { makeStatement, type Statement } from '../../src/core/intoto/index.js';
import { buildGitHubProvenance, PROVENANCE_REQUIRED_CLAIMS } from '../../src/core/predicates/slsa-provenance/v1/index.js';
import { githubClaims } from '../../test/support/oidc.js';

const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/** `count` one-subject statements, the same on every call (parent and child build them independently). */
export function benchStatements(count: number): Statement[] {
  const claims = requireGitHubClaims(githubClaims({ jti: 'bench' }, new Date(0)), PROVENANCE_REQUIRED_CLAIMS);
  const predicate = buildGitHubProvenance(claims, { serverUrl: 'https://github.com' });
  return Array.from({ length: count }, (_, i) => {
    const name = `artifact-${String(i).padStart(3, '0')}.tgz`;
    return makeStatement([{ name, digest: { sha256: createHash('sha256').update(name).digest('hex') } }], SLSA_PROVENANCE_V1, predicate);
  });
}
