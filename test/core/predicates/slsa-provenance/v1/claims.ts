// A realistic GitHub Actions OIDC claim set (a release workflow calling a reusable build workflow).
import type { GitHubOidcClaims } from '../../../../../src/core/github-context.js';

export function releaseClaims(overrides: Partial<GitHubOidcClaims> = {}): GitHubOidcClaims {
  return {
    jti: '6a8c4c3e-6c0b-4b8e-9a43-0d7b1c2f9e11',
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'sigstore',
    sub: 'repo:octo-org/octo-app:ref:refs/tags/v1.4.0',
    repository: 'octo-org/octo-app',
    repository_owner: 'octo-org',
    repository_id: '712345678',
    repository_owner_id: '98765432',
    repository_visibility: 'public',
    ref: 'refs/tags/v1.4.0',
    ref_type: 'tag',
    ref_protected: 'false',
    sha: 'c27d339ee6075c1f744c5d4b200f7901aad2c369',
    workflow: 'release',
    workflow_ref: 'octo-org/octo-app/.github/workflows/release.yml@refs/tags/v1.4.0',
    workflow_sha: 'c27d339ee6075c1f744c5d4b200f7901aad2c369',
    job_workflow_ref: 'octo-org/builders/.github/workflows/build.yml@refs/tags/v2.0.1',
    job_workflow_sha: '0b7f8e2d3c4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c',
    event_name: 'push',
    run_id: '9228858953',
    run_number: '57',
    run_attempt: '2',
    runner_environment: 'github-hosted',
    actor: 'octocat',
    actor_id: '583231',
    head_ref: '',
    base_ref: '',
    nbf: 1716544805,
    exp: 1716545705,
    iat: 1716545405,
    ...overrides,
  };
}
