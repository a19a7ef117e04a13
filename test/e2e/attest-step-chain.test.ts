import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeTree } from '../support/temp-tree.js';
import { runActionProcess } from './support/action-process.js';
import { runCli } from './support/cli-process.js';
import { REPOSITORY, stackInputs, startFakeRunner, type FakeRunner } from './support/fake-runner.js';

let runner: FakeRunner;
let trustedRoot: string;
beforeAll(async () => {
  runner = await startFakeRunner();
  trustedRoot = await runner.stack.writeTrustedRoot((await runner.newJob()).runnerTemp);
});
afterAll(async () => {
  await runner.close();
});

const LINK = 'https://in-toto.io/attestation/link/v0.3';

/**
 * Chaining across jobs without copying files: a build job attests its step, and a later job, with its own
 * checkout and runner, finds that attestation in the attestations API by the digest of the file it received.
 */
describe('attest-step evidence, found by a later job', () => {
  it('is fetched from the attestations API by the product digest and verifies; a tampered product finds nothing', async () => {
    const build = await runner.newJob();
    await writeTree(build.workspace, { 'src/main.c': 'int main(void) { return 0; }\n' });
    const attested = await runActionProcess('attest-step', {
      inputs: { ...stackInputs(runner.stack, 'public-good'), name: 'build', materials: 'src/**', products: 'dist/**', command: 'sh -c "mkdir -p dist && cp src/main.c dist/app"' },
      env: build.env,
      githubToken: runner.api.token,
    });
    expect(attested.errors).toEqual([]);

    // The later job received dist/app (as a workflow artifact would hand it over) and nothing else.
    const deploy = await runner.newJob();
    const received = join(deploy.workspace, 'app');
    await writeFile(received, await readFile(join(build.workspace, 'dist', 'app')));
    const common = ['--repo', REPOSITORY, '--predicate-type', LINK, '--api-url', runner.api.url, '--trusted-root', trustedRoot, '--format', 'json'];
    const verified = await runCli(['verify', received, ...common], { env: { GITHUB_TOKEN: runner.api.token } });
    expect(verified.exitCode).toBe(0);
    const report = JSON.parse(verified.stdout) as { verified: boolean; attestations: { statement?: { predicate?: { name?: string; materials?: { name: string }[] } } }[] };
    expect(report.verified).toBe(true);
    expect(report.attestations[0]?.statement?.predicate?.name).toBe('build');
    expect(report.attestations[0]?.statement?.predicate?.materials?.map((m) => m.name)).toEqual(['src/main.c']);

    await writeFile(received, 'int main(void) { return 1; }\n');
    const tampered = await runCli(['verify', received, ...common], { env: { GITHUB_TOKEN: runner.api.token } });
    expect(tampered.exitCode).toBe(1);
    expect((JSON.parse(tampered.stdout) as { error?: { code: string } }).error?.code).toBe('NO_ATTESTATION');
  });
});
