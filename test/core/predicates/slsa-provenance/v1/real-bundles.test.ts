// Our builder against provenance GitHub and npm really signed: fed the claims in each signing certificate, it
// must write the same predicate (the current format exactly; the older format modulo its three known changes).
import { describe, expect, it } from '@jest/globals';
import { parseStatement } from '../../../../../src/core/intoto/statement.js';
import { PAYLOAD_TYPE_INTOTO } from '../../../../../src/core/intoto/types.js';
import { buildGitHubProvenance } from '../../../../../src/core/predicates/slsa-provenance/v1/github.js';
import {
  type GitHubProvenance,
  SLSA_GITHUB_WORKFLOW_BUILD_TYPE,
  SLSA_PROVENANCE_V1_TYPE,
} from '../../../../../src/core/predicates/slsa-provenance/v1/types.js';
import { claimsFromCertificate, readBundle, statementOf } from './real-bundles.js';

function realAndOurs(file: string): { real: unknown; ours: GitHubProvenance } {
  const bundle = readBundle(file);
  expect(bundle.dsseEnvelope.payloadType).toBe(PAYLOAD_TYPE_INTOTO);
  const statement = parseStatement(statementOf(bundle));
  expect(statement.predicateType).toBe(SLSA_PROVENANCE_V1_TYPE);
  const { claims, serverUrl } = claimsFromCertificate(bundle);
  return { real: statement.predicate, ours: buildGitHubProvenance(claims, { serverUrl }) };
}

describe('buildGitHubProvenance against real GitHub provenance', () => {
  it('equals actions/attest-build-provenance output exactly (2024, actions.github.io buildType)', () => {
    const { real, ours } = realAndOurs('custom-issuer.sigstore.json');
    expect(ours).toStrictEqual(real);
  });

  // Before mid-2024 GitHub wrote the SLSA-community buildType URI, a fixed builder id and no runner_environment.
  it.each([
    'reusable-workflow-attestation.sigstore.json',
    'sigstore-js-2.1.0-bundle.json',
    'github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl',
  ])('matches the older format in every other field: %s', (file) => {
    const { real, ours } = realAndOurs(file);
    const { runner_environment: _runner, ...github } = ours.buildDefinition.internalParameters!.github;
    const older = {
      buildDefinition: {
        ...ours.buildDefinition,
        buildType: SLSA_GITHUB_WORKFLOW_BUILD_TYPE,
        internalParameters: { github },
      },
      runDetails: { ...ours.runDetails, builder: { id: 'https://github.com/actions/runner/github-hosted' } },
    };
    expect(older).toStrictEqual(real);
  });

  it('names the reusable workflow that signed as the builder, and the caller as the workflow', () => {
    const { ours } = realAndOurs('reusable-workflow-attestation.sigstore.json');
    expect(ours.runDetails.builder.id).toBe(
      'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d',
    );
    expect(ours.buildDefinition.externalParameters.workflow.path).toBe('.github/workflows/shared.yml');
  });
});
