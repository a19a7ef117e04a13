import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keyIdOf, securesystemslibPublicKey } from '../../src/core/predicates/link/classic.js';
import { BundleVerifier } from '../../src/sigstore/verify/bundle-verifier.js';
import { trustRootFromJSON } from '../../src/sigstore/verify/trust-roots.js';
import { verifyBundle } from '../support/index.js';
import { writeTree } from '../support/temp-tree.js';
import { runActionProcess } from './support/action-process.js';
import { readBundles, sha256, statementOf } from './support/bundles.js';
import { REPOSITORY, stackInputs, startFakeRunner, type FakeRunner, type Job } from './support/fake-runner.js';
import { runMain, runPost } from './support/post-step.js';

let runner: FakeRunner;
beforeAll(async () => {
  runner = await startFakeRunner();
});
afterAll(async () => {
  await runner.close();
});

const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);
const options = (job: Job, inputs: Record<string, string>) => ({
  inputs: { ...stackInputs(runner.stack, 'public-good'), ...inputs }, env: job.env, githubToken: runner.api.token,
});

describe('attest-step wrap mode: phase: start, the job\'s own steps, then the post step', () => {
  it('records the materials at start and, in the post step, the products the steps in between made, and signs', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'src/main.go': 'package main\n', 'go.mod': 'module x\n' });
    const stored = runner.api.attestations(REPOSITORY).length;
    const inputs = { name: 'build', phase: 'start', materials: 'src/**\ngo.mod', products: 'bin/**' };

    const start = await runMain('attest-step', options(job, inputs));
    expect(start.errors).toEqual([]);
    expect(start.outputs['material-count']).toBe('2');
    expect(start.state['is-post']).toBe('true');
    expect(JSON.parse(start.state['phase-started'] ?? '{}')).toMatchObject({ recordPath: expect.stringContaining(job.runnerTemp) });
    expect(runner.api.attestations(REPOSITORY)).toHaveLength(stored); // nothing signed yet

    // What a `run:` step does in between: changes a material after it was recorded, and builds.
    await writeTree(job.workspace, { 'bin/app': 'the binary', 'src/main.go': 'package main // edited\n' });

    const post = await runPost('attest-step', options(job, inputs), start.state);
    expect(post.errors).toEqual([]);
    expect(post.exitCode).toBe(0);
    const [bundle] = await readBundles(post.outputs['bundle-path'] as string);
    if (!bundle) throw new Error('no bundle');
    verifyBundle(bundle, runner.stack.trustedRoot);
    const statement = statementOf(bundle);
    expect(statement.subject).toEqual([{ name: 'bin/app', digest: { sha256: sha256('the binary') } }]);
    // The materials are as they were at the start, not as the step left them.
    expect(statement.predicate.materials).toEqual([
      { name: 'go.mod', digest: { sha256: sha256('module x\n') } },
      { name: 'src/main.go', digest: { sha256: sha256('package main\n') } },
    ]);
    expect(statement.predicate.command).toEqual([]);
    expect(statement.predicate.byproducts).toEqual({});
    expect(runner.api.attestations(REPOSITORY)).toHaveLength(stored + 1);
    expect(await exists(join(job.runnerTemp, 'chainmail', 'chain', 'build.sigstore.json'))).toBe(true);
  });

  it('signs at an explicit phase: end, and the start\'s post step then has nothing left to do', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'in.txt': 'input' });
    const start = await runMain('attest-step', options(job, { name: 'pack', phase: 'start', materials: 'in.txt', 'upload-attestations': 'false' }));
    expect(start.errors).toEqual([]);
    await writeTree(job.workspace, { 'out/pack.tgz': 'packed' });

    const end = await runMain('attest-step', options(job, { name: 'pack', phase: 'end', products: 'out/*', 'upload-attestations': 'false' }));
    expect(end.errors).toEqual([]);
    const statement = statementOf((await readBundles(end.outputs['bundle-path'] as string))[0]!);
    expect(statement.subject).toEqual([{ name: 'out/pack.tgz', digest: { sha256: sha256('packed') } }]);
    expect(statement.predicate.materials).toEqual([{ name: 'in.txt', digest: { sha256: sha256('input') } }]);

    runner.stack.requests.clear();
    const post = await runPost('attest-step', options(job, { name: 'pack', phase: 'start', materials: 'in.txt', 'upload-attestations': 'false' }), start.state);
    expect(post.errors).toEqual([]);
    expect(post.exitCode).toBe(0);
    expect(runner.stack.requests.count('fulcio')).toBe(0);
  });

  it('the post step of a command-mode use does nothing and says nothing, even after main failed', async () => {
    const job = await runner.newJob();
    const main = await runMain('attest-step', options(job, { name: 'bad name' , command: 'true' }));
    expect(main.exitCode).toBe(1);
    const post = await runPost('attest-step', options(job, { name: 'bad name', command: 'true' }), main.state);
    expect(post.exitCode).toBe(0);
    expect(post.errors).toEqual([]);
    expect(post.stdout).not.toContain('[command]');
  });

  it('refuses a start record changed between start and post', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'in.txt': 'input' });
    const start = await runMain('attest-step', options(job, { name: 'guarded', phase: 'start', materials: 'in.txt', 'upload-attestations': 'false' }));
    const recordPath = (JSON.parse(start.state['phase-started'] ?? '{}') as { recordPath: string }).recordPath;
    const record = JSON.parse(await readFile(recordPath, 'utf8')) as { materials: { digest: { sha256: string } }[] };
    record.materials[0]!.digest.sha256 = sha256('something else');
    await writeFile(recordPath, JSON.stringify(record));
    const post = await runPost('attest-step', options(job, { name: 'guarded', phase: 'start', materials: 'in.txt', 'upload-attestations': 'false' }), start.state);
    expect(post.exitCode).toBe(1);
    expect(post.errors).toEqual([`the start record ${recordPath} was changed after phase: start recorded it; the materials can no longer be trusted [INPUT_INVALID]`]);
    expect(await exists(join(job.runnerTemp, 'chainmail', 'steps'))).toBe(false);
  });

  it('phase: end without a start', async () => {
    const job = await runner.newJob();
    const run = await runActionProcess('attest-step', options(job, { name: 'orphan', phase: 'end', 'upload-attestations': 'false' }));
    expect(run.errors).toEqual(['phase: end: no phase: start for a step named orphan ran before it in this job [INPUT_INVALID]']);
  });
});

describe('attest-step with a private key', () => {
  it('signs a bundle with the key (logged in Rekor) and writes a classic in-toto link beside it', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'src/a.txt': 'a' });
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const env = Object.fromEntries(Object.entries(job.env).filter(([k]) => !k.startsWith('ACTIONS_ID_TOKEN'))); // no OIDC needed
    runner.stack.requests.clear();
    const run = await runActionProcess('attest-step', {
      inputs: { name: 'copy', materials: 'src/**', products: 'out/**', command: 'sh -c "mkdir -p out && cp src/a.txt out/a.txt"', 'private-key': pem, format: 'in-toto-link', 'rekor-url': runner.stack.rekorURL, 'upload-attestations': 'false' },
      env,
    });
    expect(run.errors).toEqual([]);
    // The key reaches the log only in the ::add-mask:: commands that tell the runner to hide it, line by line.
    const keyLines = pem.split('\n').filter((l) => l.length > 0);
    expect(run.stdout.split('\n').filter((l) => keyLines.some((k) => l.includes(k)) && !l.startsWith('::add-mask::'))).toEqual([]);
    for (const line of keyLines) expect(run.stdout).toContain(`::add-mask::${line}\n`);
    expect(runner.stack.requests.count('fulcio')).toBe(0);
    const keyId = keyIdOf(securesystemslibPublicKey(publicKey));
    const [bundle] = await readBundles(run.outputs['bundle-path'] as string);
    const verified = new BundleVerifier([trustRootFromJSON(runner.stack.trustedRoot, 'the local stack')], publicKey)
      .verify(bundle, { artifact: { sha256: sha256('a') }, identity: {}, predicateType: 'https://in-toto.io/attestation/link/v0.3' });
    expect(verified.statement?.subject).toEqual([{ name: 'out/a.txt', digest: { sha256: sha256('a') } }]);
    expect(run.outputs['link-path']).toBe(join(job.runnerTemp, 'chainmail', 'chain', `copy.${keyId.slice(0, 8)}.link`));
    const link = JSON.parse(await readFile(run.outputs['link-path'] as string, 'utf8')) as { signatures: { keyid: string }[]; signed: Record<string, unknown> };
    expect(link.signatures[0]?.keyid).toBe(keyId);
    expect(link.signed).toMatchObject({ _type: 'link', name: 'copy', materials: { 'src/a.txt': { sha256: sha256('a') } }, products: { 'out/a.txt': { sha256: sha256('a') } } });
  });

  it('a key that is not a key: one line, nothing run', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'in.txt': 'x' });
    const run = await runActionProcess('attest-step', options(job, { name: 'k', materials: 'in.txt', command: 'touch ran', 'private-key': 'not a key at all', 'upload-attestations': 'false' }));
    expect(run.errors).toEqual(['the signing key is not a PEM private key (no "-----BEGIN" line) [KEY_INVALID]']);
    expect(await exists(join(job.workspace, 'ran'))).toBe(false);
    expect(run.stdout.split('\n').filter((l) => l.includes('not a key at all') && !l.startsWith('::add-mask::'))).toEqual([]);
  });
});
