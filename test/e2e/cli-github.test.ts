import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { writeTree } from '../support/temp-tree.js';
import { runActionProcess } from './support/action-process.js';
import { runCli } from './support/cli-process.js';
import { REPOSITORY, stackInputs, startFakeRunner, type FakeRunner, type Job } from './support/fake-runner.js';

const WORKFLOW = `https://github.com/${REPOSITORY}/.github/workflows/release.yml@refs/heads/main`;

let runner: FakeRunner;
let job: Job;
let trustedRoot: string;
beforeAll(async () => {
  runner = await startFakeRunner();
  job = await runner.newJob();
  trustedRoot = await runner.stack.writeTrustedRoot(job.runnerTemp);
  runner.api.addRelease(REPOSITORY, 'v1.0.0');
  await writeTree(job.workspace, { 'dist/app-1.0.0.tgz': 'the app', 'dist/other.tgz': 'not signed' });
  // Signed on the local Sigstore by sign-artifact itself: stored in the attestations API and on the release.
  const signed = await runActionProcess('sign-artifact', {
    inputs: { 'subject-path': 'dist/app-1.0.0.tgz', ...stackInputs(runner.stack, 'public-good'), 'release-tag': 'v1.0.0' },
    env: job.env,
    githubToken: runner.api.token,
  });
  if (signed.exitCode !== 0) throw new Error(`sign-artifact failed: ${signed.stdout}`);
});
afterAll(async () => runner.close());

const api = () => ['--api-url', runner.api.url, '--trusted-root', trustedRoot];
const artifact = () => join(job.workspace, 'dist/app-1.0.0.tgz');

describe('chainmail verify against the GitHub API (a fake one on loopback) and a self-hosted Sigstore root', () => {
  it('fetches the attestation by digest with the token from GITHUB_TOKEN and verifies it', async () => {
    const run = await runCli(['verify', artifact(), '--repo', REPOSITORY, ...api()], { env: { GITHUB_TOKEN: runner.api.token } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`from the attestations API of ${REPOSITORY} satisfied the policy`);
    expect(run.stdout).toContain(`  attestations API (${REPOSITORY}) #1\n    signer:    ${WORKFLOW}`);
    expect(run.stdout).not.toContain(runner.api.token);
  });

  it('fetches the bundles of a release (--release) and verifies them', async () => {
    const run = await runCli(['verify', artifact(), '--repo', REPOSITORY, '--release', 'v1.0.0', '--token', runner.api.token, ...api(), '--format', 'json']);
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(run.stdout) as { attestations: { source: string }[] };
    expect(report.attestations.map((a) => a.source)).toEqual(['release v1.0.0 asset app-1.0.0.tgz.sigstore.json']);
  });

  it('fails with NO_ATTESTATION for an artifact nobody attested (the API answers 404)', async () => {
    const run = await runCli(['verify', join(job.workspace, 'dist/other.tgz'), '--repo', REPOSITORY, '--token', runner.api.token, ...api()]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/no bundle found in the attestations API of octo-org\/octo-repo \[NO_ATTESTATION\]/);
  });

  it('fails the source with FETCH_FAILED on a bad token, without printing it', async () => {
    const run = await runCli(['verify', artifact(), '--repo', REPOSITORY, '--token', 'ghp_WRONG_TOKEN_1', ...api()]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/^chainmail: the attestations API of octo-org\/octo-repo refused the listing: HTTP 401 .*\[FETCH_FAILED\]\n$/);
    expect(run.stderr + run.stdout).not.toContain('ghp_WRONG_TOKEN_1');
  });

  it('refuses the same attestation against the public-good root: an untrusted instance', async () => {
    const run = await runCli(['verify', artifact(), '--repo', REPOSITORY, '--api-url', runner.api.url, '--token', runner.api.token]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('[UNTRUSTED_INSTANCE]');
  });
});
