import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeTree } from '../support/temp-tree.js';
import { runActionProcess } from './support/action-process.js';
import { corpus } from './support/corpus.js';
import { REPOSITORY, stackInputs, startFakeRunner, type FakeRunner, type Job } from './support/fake-runner.js';

const WORKFLOW = `https://github.com/${REPOSITORY}/.github/workflows/release.yml@refs/heads/main`;

let runner: FakeRunner;
let job: Job;
beforeAll(async () => {
  runner = await startFakeRunner();
  job = await runner.newJob();
  await runner.stack.writeTrustedRoot(job.workspace, 'stack-root.json');
  await writeTree(job.workspace, { 'dist/app.tgz': 'the app' });
  const signed = await runActionProcess('sign-artifact', {
    inputs: { 'subject-path': 'dist/app.tgz', ...stackInputs(runner.stack, 'public-good') },
    env: job.env,
    githubToken: runner.api.token,
  });
  if (signed.exitCode !== 0) throw new Error(`sign-artifact failed: ${signed.stdout}`);
});
afterAll(async () => runner.close());

const verifyChain = (inputs: Record<string, string>) => runActionProcess('verify-chain', { inputs, env: job.env, githubToken: runner.api.token });

describe('verify-chain, run as a runner runs it', () => {
  it('verifies what sign-artifact stored in the attestations API of the current repository: outputs, summary, report', async () => {
    const run = await verifyChain({ 'subject-path': 'dist/app.tgz', 'trusted-root': 'stack-root.json' });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verified: 'true', signer: WORKFLOW, 'predicate-type': 'https://slsa.dev/provenance/v1', 'bundle-source': `attestations API (${REPOSITORY}) #1` });
    expect(run.summary).toContain('## chainmail verify-chain');
    expect(run.summary).toContain('| candidate | result | reason |');
    expect(run.summary).toContain(`| attestations API (${REPOSITORY}) #1 | verified | signed by \`${WORKFLOW}\``);
    const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8')) as { verified: boolean; artifact: { name: string } };
    expect(report).toMatchObject({ verified: true, artifact: { name: 'dist/app.tgz' } });
    expect(run.stdout.replace(`::add-mask::${runner.api.token}`, '')).not.toContain(runner.api.token);
  });

  it('verifies a real bundle from a path with the right signer, and fails with annotations and a table for a wrong one', async () => {
    await copyFile(corpus('sigstore-js-2.1.0.tgz'), join(job.workspace, 'sigstore.tgz'));
    await copyFile(corpus('sigstore-js-2.1.0_with_2_bundles.jsonl'), join(job.workspace, 'bundles.jsonl'));
    const good = await verifyChain({ 'subject-path': 'sigstore.tgz', 'bundle-path': 'bundles.jsonl', repo: 'sigstore/sigstore-js' });
    expect(good.exitCode).toBe(0);
    expect(good.outputs['bundle-source']).toBe('bundles.jsonl line 1');

    const bad = await verifyChain({ 'subject-path': 'sigstore.tgz', 'bundle-path': 'bundles.jsonl', 'signer-workflow': 'sigstore/sigstore-js/.github/workflows/ci.yml' });
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.verified).toBe('false');
    const annotations = bad.stdout.split('\n').filter((l) => l.startsWith('::error title='));
    expect(annotations).toHaveLength(2);
    expect(annotations.every((e) => e.includes('[IDENTITY_MISMATCH]'))).toBe(true);
    expect(bad.errors).toEqual(['sigstore.tgz is not verified: none of 2 bundle(s) from bundles.jsonl satisfied the policy (reasons above and in the job summary) [VERIFICATION_FAILED]']);
    expect(bad.stdout).toContain('::error title=bundles.jsonl line 1::');
    expect(bad.summary).toContain('**Not verified**');
    expect(bad.summary).toContain('| bundles.jsonl line 2 | rejected (IDENTITY_MISMATCH) |');
  });

  it('fails with NO_ATTESTATION for an artifact with no attestation', async () => {
    const run = await verifyChain({ 'subject-digest': `sha256:${'e'.repeat(64)}`, 'trusted-root': 'stack-root.json' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verified).toBe('false');
    expect(run.errors).toEqual([`sha256:${'e'.repeat(64)} is not verified: no bundle found in the attestations API of ${REPOSITORY} [NO_ATTESTATION]`]);
  });

  it('reports every bad input at once, each by name, before touching the network', async () => {
    runner.api.requests.clear();
    const run = await verifyChain({ 'subject-path': 'a', 'subject-digest': 'sha256:zz', 'tuf-refresh': 'maybe', 'cert-identity': 'x', 'cert-identity-regexp': 'y' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^invalid inputs: subject-digest: .*tuf-refresh: "maybe" is not a boolean.*cert-identity and cert-identity-regexp: give only one \[INPUT_INVALID\]$/);
    expect(runner.api.requests.count()).toBe(0);
  });
});
