import { describe, expect, it } from '@jest/globals';
import {
  buildGitHubProvenance,
  PROVENANCE_REQUIRED_CLAIMS,
} from '../../../../../src/core/predicates/slsa-provenance/v1/github.js';
import type { GitHubProvenance } from '../../../../../src/core/predicates/slsa-provenance/v1/types.js';
import { paths, validationErrorBy } from '../../../intoto/helpers.js';
import { releaseClaims } from './claims.js';

// Written by hand from @actions/attest's buildSLSAProvenancePredicate and the actions/buildtypes workflow/v1 spec.
const expected: GitHubProvenance = {
  buildDefinition: {
    buildType: 'https://actions.github.io/buildtypes/workflow/v1',
    externalParameters: {
      workflow: {
        ref: 'refs/tags/v1.4.0',
        repository: 'https://github.com/octo-org/octo-app',
        path: '.github/workflows/release.yml',
      },
    },
    internalParameters: {
      github: {
        event_name: 'push',
        repository_id: '712345678',
        repository_owner_id: '98765432',
        runner_environment: 'github-hosted',
      },
    },
    resolvedDependencies: [
      {
        uri: 'git+https://github.com/octo-org/octo-app@refs/tags/v1.4.0',
        digest: { gitCommit: 'c27d339ee6075c1f744c5d4b200f7901aad2c369' },
      },
    ],
  },
  runDetails: {
    builder: { id: 'https://github.com/octo-org/builders/.github/workflows/build.yml@refs/tags/v2.0.1' },
    metadata: { invocationId: 'https://github.com/octo-org/octo-app/actions/runs/9228858953/attempts/2' },
  },
};

describe('buildGitHubProvenance', () => {
  it('builds the predicate @actions/attest builds for the same claims', () => {
    expect(buildGitHubProvenance(releaseClaims(), { serverUrl: 'https://github.com' })).toStrictEqual(expected);
  });

  it('uses the server URL for every link (GHES, ghe.com), ignoring a trailing slash', () => {
    const p = buildGitHubProvenance(releaseClaims(), { serverUrl: 'https://octocorp.ghe.com/' });
    expect(p.buildDefinition.externalParameters.workflow.repository).toBe('https://octocorp.ghe.com/octo-org/octo-app');
    expect(p.runDetails.builder.id).toBe('https://octocorp.ghe.com/octo-org/builders/.github/workflows/build.yml@refs/tags/v2.0.1');
  });

  it('records workflow_dispatch inputs, omitting empty ones, and the start time', () => {
    const claims = releaseClaims({ event_name: 'workflow_dispatch', ref: 'refs/heads/main',
      workflow_ref: 'octo-org/octo-app/.github/workflows/release.yml@refs/heads/main' });
    const p = buildGitHubProvenance(claims, {
      serverUrl: 'https://github.com',
      workflowInputs: { environment: 'prod', dry_run: false, build_id: 12, notes: '', skip: null },
      startedOn: '2024-05-24T10:00:05Z',
    });
    expect(p.buildDefinition.externalParameters).toStrictEqual({
      workflow: { ref: 'refs/heads/main', repository: 'https://github.com/octo-org/octo-app', path: '.github/workflows/release.yml' },
      inputs: { environment: 'prod', dry_run: false, build_id: 12 },
    });
    expect(p.runDetails.metadata).toStrictEqual({
      invocationId: 'https://github.com/octo-org/octo-app/actions/runs/9228858953/attempts/2',
      startedOn: '2024-05-24T10:00:05Z',
    });
  });

  it('leaves inputs unset when all are empty, and for other events', () => {
    const dispatch = releaseClaims({ event_name: 'workflow_dispatch' });
    const none = buildGitHubProvenance(dispatch, { serverUrl: 'https://github.com', workflowInputs: { a: '' } });
    expect(none.buildDefinition.externalParameters).not.toHaveProperty('inputs');
    const push = buildGitHubProvenance(releaseClaims(), { serverUrl: 'https://github.com', workflowInputs: { a: 'x' } });
    expect(push.buildDefinition.externalParameters).not.toHaveProperty('inputs');
  });

  it('writes startedOn from a Date in RFC 3339 UTC', () => {
    const p = buildGitHubProvenance(releaseClaims(), { serverUrl: 'https://github.com', startedOn: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) });
    expect(p.runDetails.metadata?.startedOn).toBe('2024-01-02T03:04:05Z');
  });

  it('keeps an @ in the ref (changesets tags) as @actions/attest does', () => {
    const claims = releaseClaims({ ref: 'refs/tags/@scope/pkg@1.0.0',
      workflow_ref: 'octo-org/octo-app/.github/workflows/release.yml@refs/tags/@scope/pkg@1.0.0' });
    const { workflow } = buildGitHubProvenance(claims, { serverUrl: 'https://github.com' }).buildDefinition.externalParameters;
    expect(workflow).toMatchObject({ path: '.github/workflows/release.yml', ref: 'refs/tags/@scope/pkg@1.0.0' });
  });

  it('names every missing claim at once', () => {
    const claims = releaseClaims();
    for (const name of ['sha', 'run_id', 'runner_environment', 'job_workflow_ref'] as const) delete claims[name];
    claims.repository_id = '';
    const error = validationErrorBy(() => buildGitHubProvenance(claims, { serverUrl: 'https://github.com' }));
    expect(error.code).toBe('GITHUB_CONTEXT_INVALID');
    expect(paths(error.problems).sort()).toEqual(['job_workflow_ref', 'repository_id', 'run_id', 'runner_environment', 'sha']);
    expect(error.message).toMatch(/^OIDC token claims: /);
  });

  it('names all required claims for an empty claim set', () => {
    const error = validationErrorBy(() => buildGitHubProvenance({} as never, { serverUrl: 'https://github.com' }));
    expect(paths(error.problems)).toEqual([...PROVENANCE_REQUIRED_CLAIMS]);
  });

  it('rejects a workflow_ref outside the repository', () => {
    const claims = releaseClaims({ workflow_ref: 'someone/else/.github/workflows/x.yml@refs/heads/main' });
    const error = validationErrorBy(() => buildGitHubProvenance(claims, { serverUrl: 'https://github.com' }));
    expect(error.code).toBe('GITHUB_CONTEXT_INVALID');
    expect(paths(error.problems)).toEqual(['workflow_ref']);
  });

  it('rejects a bad server URL, start time and inputs together', () => {
    const claims = releaseClaims({ event_name: 'workflow_dispatch' });
    const error = validationErrorBy(() => buildGitHubProvenance(claims, {
      serverUrl: 'github.com', startedOn: 'yesterday', workflowInputs: ['x'] as never,
    }));
    expect(error.code).toBe('GITHUB_CONTEXT_INVALID');
    expect(paths(error.problems)).toEqual(['serverUrl', 'startedOn', 'workflowInputs']);
  });
});
