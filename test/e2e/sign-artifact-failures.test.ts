import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runActionProcess, type ActionRun } from './support/action-process.js';
import { stackInputs, startFakeRunner, type FakeRunner, type Job } from './support/fake-runner.js';

let runner: FakeRunner;
beforeAll(async () => {
  runner = await startFakeRunner();
});
afterAll(async () => {
  await runner.close();
});
afterEach(() => {
  for (const faults of [runner.stack.faults, runner.api.faults]) faults.clear();
});

interface Failure {
  readonly code: string;
  /** What the one line must name: the input, the path, or the service. */
  readonly names: RegExp;
}

/** One ::error:: line ending in the code, a non-zero exit, and no bundle file (nor a temp file) anywhere. */
async function expectFailure(job: Job, run: ActionRun, { code, names }: Failure): Promise<void> {
  expect(run.exitCode).not.toBe(0);
  expect(run.errors).toHaveLength(1);
  const [line] = run.errors as [string];
  expect(line).not.toContain('\n');
  expect(line.endsWith(`[${code}]`)).toBe(true);
  expect(line).toMatch(names);
  expect(run.outputs['bundle-path']).toBeUndefined();
  const left = await readdir(join(job.runnerTemp, 'chainmail')).catch(() => []);
  expect(left).toEqual([]);
}

async function sign(job: Job, inputs: Record<string, string>, env: Record<string, string> = job.env): Promise<ActionRun> {
  return runActionProcess('sign-artifact', {
    inputs: { ...stackInputs(runner.stack, 'public-good'), ...inputs },
    env,
    githubToken: runner.api.token,
  });
}

describe('sign-artifact refuses bad input with one line and writes nothing', () => {
  it('a subject-path that matches no file', async () => {
    const job = await runner.newJob();
    await expectFailure(job, await sign(job, { 'subject-path': 'dist/*.tgz' }), { code: 'PATH_NOT_FOUND', names: /subject-path.*dist\/\*\.tgz/ });
  });

  it('a file that cannot be read', async () => {
    const job = await runner.newJob();
    await mkdir(join(job.workspace, 'SHA256SUMS'));
    await expectFailure(job, await sign(job, { 'subject-checksums': 'SHA256SUMS' }), { code: 'PATH_UNREADABLE', names: /SHA256SUMS/ });
    await writeFile(join(job.workspace, 'app.tgz'), 'x');
    await mkdir(join(job.workspace, 'predicate.json'));
    await expectFailure(job, await sign(job, { 'subject-path': 'app.tgz', 'predicate-type': 'https://example.com/p', 'predicate-path': 'predicate.json' }), { code: 'PATH_UNREADABLE', names: /predicate-path.*predicate\.json/ });
  });

  it('a path outside the workspace', async () => {
    const job = await runner.newJob();
    await writeFile(join(job.workspace, '..', 'secret.txt'), 'secret');
    await expectFailure(job, await sign(job, { 'subject-path': '../secret.txt' }), { code: 'PATH_OUTSIDE_WORKSPACE', names: /secret\.txt/ });
    await expectFailure(job, await sign(job, { 'subject-path': '/etc/hostname' }), { code: 'PATH_OUTSIDE_WORKSPACE', names: /\/etc\/hostname/ });
  });

  it('a symlink that leaves the workspace', async () => {
    const job = await runner.newJob();
    await symlink('/etc/passwd', join(job.workspace, 'passwd'));
    await expectFailure(job, await sign(job, { 'subject-path': 'passwd' }), { code: 'PATH_OUTSIDE_WORKSPACE', names: /passwd/ });
  });

  it('a malformed digest', async () => {
    const job = await runner.newJob();
    await expectFailure(job, await sign(job, { 'subject-digest': 'sha256:xyz', 'subject-name': 'app' }), { code: 'DIGEST_INVALID', names: /subject-digest.*sha256:xyz/ });
  });

  it('a malformed checksums line', async () => {
    const job = await runner.newJob();
    const lines = `${'a'.repeat(64)}  good.tgz\nnot a checksum line\n`;
    await expectFailure(job, await sign(job, { 'subject-checksums': lines }), { code: 'CHECKSUMS_INVALID', names: /subject-checksums line 2/ });
  });

  it('a predicate that is not JSON, and one over 16 MiB', async () => {
    const job = await runner.newJob();
    await writeFile(join(job.workspace, 'app.tgz'), 'x');
    await expectFailure(job, await sign(job, { 'subject-path': 'app.tgz', 'predicate-type': 'https://example.com/p', predicate: '{"a": 1,}' }), { code: 'PREDICATE_INVALID', names: /predicate is not JSON/ });
    await writeFile(join(job.workspace, 'big.json'), `{"pad":"${'x'.repeat(16 * 1024 * 1024)}"}`);
    await expectFailure(job, await sign(job, { 'subject-path': 'app.tgz', 'predicate-type': 'https://example.com/p', 'predicate-path': 'big.json' }), { code: 'PREDICATE_INVALID', names: /predicate-path.*big\.json.*16777216/ });
  });

  it('no id-token permission (as on a pull request from a fork)', async () => {
    const job = await runner.newJob();
    await writeFile(join(job.workspace, 'app.tgz'), 'x');
    const { ACTIONS_ID_TOKEN_REQUEST_URL: _url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: _token, ...env } = job.env;
    await expectFailure(job, await sign(job, { 'subject-path': 'app.tgz' }, env), { code: 'OIDC_UNAVAILABLE', names: /permissions: id-token: write/ });
  });

  it.each([
    ['Fulcio', 'fulcio', 'public-good', /Fulcio \(http:\/\/127\.0\.0\.1:\d+\).*503/],
    ['Rekor', 'rekor', 'public-good', /Rekor \(http:\/\/127\.0\.0\.1:\d+\).*500/],
    ['the timestamp authority', 'tsa', 'github', /timestamp authority \(http:\/\/127\.0\.0\.1:\d+\).*502/],
  ] as const)('%s still failing after retries', async (_name, endpoint, instance, names) => {
    const job = await runner.newJob();
    await writeFile(join(job.workspace, 'app.tgz'), 'x');
    const status = endpoint === 'fulcio' ? 503 : endpoint === 'rekor' ? 500 : 502;
    runner.stack.faults.always(endpoint, { kind: 'status', status });
    runner.stack.requests.clear();
    const run = await runActionProcess('sign-artifact', {
      inputs: { 'subject-path': 'app.tgz', ...stackInputs(runner.stack, instance), 'network-retries': '2' },
      env: job.env,
      githubToken: runner.api.token,
    });
    await expectFailure(job, run, { code: 'SIGNING_FAILED', names });
    expect(runner.stack.requests.count(endpoint)).toBe(3);
  });

  it('the attestations API still failing after retries', async () => {
    const job = await runner.newJob();
    await writeFile(join(job.workspace, 'app.tgz'), 'x');
    runner.api.faults.always('create-attestation', { kind: 'status', status: 502 });
    const run = await sign(job, { 'subject-path': 'app.tgz', 'network-retries': '1' });
    await expectFailure(job, run, { code: 'UPLOAD_FAILED', names: /attestations API.*2 attempts.*HTTP 502/ });
  });

  it('every bad input at once, each named', async () => {
    const job = await runner.newJob();
    const run = await sign(job, { 'subject-path': '', 'max-subjects-per-attestation': 'lots', sigstore: 'somewhere' });
    await expectFailure(job, run, { code: 'INPUT_INVALID', names: /subject-path.*max-subjects-per-attestation.*sigstore/ });
  });
});
