import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyBundle } from '../support/index.js';
import { writeTree } from '../support/temp-tree.js';
import { runActionProcess } from './support/action-process.js';
import { readBundles, sha256, statementOf } from './support/bundles.js';
import { REPOSITORY, stackInputs, startFakeRunner, type FakeRunner, type Job } from './support/fake-runner.js';

let runner: FakeRunner;
beforeAll(async () => {
  runner = await startFakeRunner();
});
afterAll(async () => {
  await runner.close();
});

const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);

function attest(job: Job, inputs: Record<string, string>) {
  return runActionProcess('attest-step', { inputs: { ...stackInputs(runner.stack, 'public-good'), ...inputs }, env: job.env, githubToken: runner.api.token });
}

describe('attest-step command mode, run as a runner runs it', () => {
  it('hashes materials before and products after the command, records its argv, exit code and stream digests, and signs', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'src/a.c': 'int a;\n', 'src/b.c': 'int b;\n', '.git/HEAD': 'ref: refs/heads/main\n' });
    runner.stack.requests.clear();
    const stored = runner.api.attestations(REPOSITORY).length;

    const run = await attest(job, {
      name: 'build',
      materials: 'src/**\n.git/**',
      products: 'dist/**',
      command: `sh -c "mkdir -p dist && cat src/a.c src/b.c > dist/app && echo built && echo 'a warning' >&2"`,
      'allow-empty': 'true',
    });

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('built'); // the command's output still reaches the log
    expect(run.outputs['return-value']).toBe('0');
    expect(run.outputs['bundle-path']).toBe(join(job.runnerTemp, 'chainmail', 'steps', 'build.sigstore.json'));
    const [bundle] = await readBundles(run.outputs['bundle-path'] as string);
    if (!bundle) throw new Error('no bundle');
    const signer = verifyBundle(bundle, runner.stack.trustedRoot);
    expect(signer.identity?.subjectAlternativeName).toBe(`https://github.com/${REPOSITORY}/.github/workflows/release.yml@refs/heads/main`);

    const statement = statementOf(bundle);
    expect(statement.predicateType).toBe('https://in-toto.io/attestation/link/v0.3');
    expect(statement.subject).toEqual([{ name: 'dist/app', digest: { sha256: sha256('int a;\nint b;\n') } }]);
    expect(statement.predicate.name).toBe('build');
    expect(statement.predicate.command).toEqual(['sh', '-c', `mkdir -p dist && cat src/a.c src/b.c > dist/app && echo built && echo 'a warning' >&2`]);
    // .git/** is excluded even when a pattern names it.
    expect(statement.predicate.materials).toEqual([
      { name: 'src/a.c', digest: { sha256: sha256('int a;\n') } },
      { name: 'src/b.c', digest: { sha256: sha256('int b;\n') } },
    ]);
    expect(statement.predicate.byproducts).toEqual({
      'return-value': 0,
      'stdout-digest': { sha256: sha256('built\n') },
      'stderr-digest': { sha256: sha256('a warning\n') },
    });
    expect(statement.predicate.environment).toEqual({
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_SHA: job.env.GITHUB_SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_WORKFLOW_REF: job.env.GITHUB_WORKFLOW_REF,
      GITHUB_RUN_ID: '9876543210',
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_OS: 'Linux',
    });

    // The same bundle is in the chain directory and in the attestations API, found by the product's digest.
    const chainCopy = join(job.runnerTemp, 'chainmail', 'chain', 'build.sigstore.json');
    expect(run.outputs['chain-bundle-path']).toBe(chainCopy);
    expect(await readFile(chainCopy, 'utf8')).toBe(await readFile(run.outputs['bundle-path'] as string, 'utf8'));
    const all = runner.api.attestations(REPOSITORY);
    expect(all).toHaveLength(stored + 1);
    expect(all.at(-1)?.subjectDigests).toEqual([`sha256:${sha256('int a;\nint b;\n')}`]);
    expect(run.outputs['attestation-id']).toBe(String(all.at(-1)?.id));
    expect(runner.stack.requests.count('fulcio')).toBe(1);
    expect(run.summary).toContain('| dist/app |');
  });

  it('gives the command no INPUT_ variables: the token and other inputs stay with the action', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'in.txt': 'x' });
    const run = await attest(job, { name: 'env-dump', materials: 'in.txt', products: 'env.txt', command: 'sh -c "env > env.txt"', 'upload-attestations': 'false' });
    expect(run.errors).toEqual([]);
    const env = await readFile(join(job.workspace, 'env.txt'), 'utf8');
    expect(env).toContain('GITHUB_SHA=');
    expect(env).not.toMatch(/^INPUT_/m);
    expect(env).not.toContain(runner.api.token);
  });

  it('records and signs a failing command, then fails the step; allow-failure lets it pass', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'tests/t.sh': 'exit 3' });
    const run = await attest(job, { name: 'test', materials: 'tests/**', command: 'sh -c "echo oops; exit 3"', 'upload-attestations': 'false' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['command exited with 3; the attestation records it (allow-failure: true lets the step pass) [COMMAND_FAILED]']);
    expect(run.outputs['return-value']).toBe('3');
    const [bundle] = await readBundles(run.outputs['bundle-path'] as string);
    if (!bundle) throw new Error('no bundle');
    verifyBundle(bundle, runner.stack.trustedRoot);
    const statement = statementOf(bundle);
    expect(statement.predicate.byproducts['return-value']).toBe(3);
    expect(statement.predicate.byproducts['stdout-digest']).toEqual({ sha256: sha256('oops\n') });
    // No products: the subjects are the materials, recorded again after the command.
    expect(statement.subject).toEqual([{ name: 'tests/t.sh', digest: { sha256: sha256('exit 3') } }]);

    const tolerated = await attest(job, { name: 'test-2', materials: 'tests/**', command: 'sh -c "exit 3"', 'allow-failure': 'true', 'upload-attestations': 'false' });
    expect(tolerated.errors).toEqual([]);
    expect(tolerated.exitCode).toBe(0);
    expect(tolerated.outputs['return-value']).toBe('3');
  });

  it('runs a bash script only when asked (shell: bash), with pipefail', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'in.txt': 'one\n' });
    const run = await attest(job, { name: 'upper', materials: 'in.txt', products: 'out.txt', shell: 'bash', command: 'tr a-z A-Z < in.txt | cat > out.txt', 'upload-attestations': 'false' });
    expect(run.errors).toEqual([]);
    const statement = statementOf((await readBundles(run.outputs['bundle-path'] as string))[0]!);
    expect(statement.subject).toEqual([{ name: 'out.txt', digest: { sha256: sha256('ONE\n') } }]);
    expect(statement.predicate.command).toEqual(['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', 'tr a-z A-Z < in.txt | cat > out.txt']);
  });
});

describe('attest-step names, excludes and line endings', () => {
  it('strips lstrip-paths prefixes, leaves out excludes, and normalizes line endings as in-toto does', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'checkout/src/main.c': 'int main() {\r\n  return 0;\r\n}\r\n', 'checkout/src/old.c': 'a\rb\r', 'checkout/src/build.log': 'noise', 'checkout/README': 'hi\r\n' });
    const run = await attest(job, {
      name: 'lint',
      materials: 'checkout/**',
      command: 'true',
      excludes: '**/*.log',
      'lstrip-paths': 'checkout/src/\ncheckout/R',
      'normalize-line-endings': 'true',
      'upload-attestations': 'false',
    });
    expect(run.errors).toEqual([]);
    const statement = statementOf((await readBundles(run.outputs['bundle-path'] as string))[0]!);
    expect(statement.predicate.materials).toEqual([
      { name: 'EADME', digest: { sha256: sha256('hi\n') } },
      { name: 'main.c', digest: { sha256: sha256('int main() {\n  return 0;\n}\n') } },
      { name: 'old.c', digest: { sha256: sha256('a\nb\n') } },
    ]);
  });

  it('refuses two files that lstrip-paths gives the same name, naming both', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'a/x.txt': '1', 'b/x.txt': '2' });
    const run = await attest(job, { name: 'clash', materials: 'a/**\nb/**', command: 'true', 'lstrip-paths': 'a/\nb/', 'upload-attestations': 'false' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['lstrip-paths: a/x.txt and b/x.txt (materials) are both named "x.txt" after stripping; names in a link must be unique [INPUT_INVALID]']);
    expect(await exists(join(job.runnerTemp, 'chainmail'))).toBe(false);
  });
});

describe('attest-step bad input: one line each, nothing written', () => {
  const nothingWritten = async (job: Job): Promise<void> => {
    expect(await exists(join(job.runnerTemp, 'chainmail'))).toBe(false);
  };

  it('reports every bad input at once, before anything runs', async () => {
    const job = await runner.newJob();
    const run = await attest(job, { name: 'bad/name', command: 'make && make test', environment: 'GITHUB_TOKEN\nMY_VAR', 'allow-failure': 'maybe' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    const [line] = run.errors;
    expect(line).toMatch(/^invalid inputs: name: "bad\/name" is not a step name/);
    expect(line).toContain('command: "&" at character 6 is shell syntax');
    expect(line).toContain('environment: GITHUB_TOKEN looks like a secret');
    expect(line).toContain('allow-failure: "maybe" is not a boolean');
    expect(line).toMatch(/\[INPUT_INVALID\]$/);
    await nothingWritten(job);
  });

  it('a command that cannot be found', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'in.txt': 'x' });
    const run = await attest(job, { name: 'missing', materials: 'in.txt', command: 'no-such-tool --flag', 'upload-attestations': 'false' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['command: no-such-tool not found (not on PATH, or not an executable file) [COMMAND_FAILED]']);
    await nothingWritten(job);
  });

  it('a glob that matches nothing, unless allow-empty', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'in.txt': 'x' });
    const run = await attest(job, { name: 'empty', materials: 'src/**', products: 'in.txt', command: 'true', 'upload-attestations': 'false' });
    expect(run.errors).toEqual(['materials: src/** matched no file [PATH_NOT_FOUND]']);
    await nothingWritten(job);
    const allowed = await attest(job, { name: 'empty', materials: 'src/**', products: 'in.txt', command: 'true', 'allow-empty': 'true', 'upload-attestations': 'false' });
    expect(allowed.errors).toEqual([]);
    expect(statementOf((await readBundles(allowed.outputs['bundle-path'] as string))[0]!).predicate.materials).toEqual([]);
  });

  it('products that come out empty: no subject, no attestation', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'in.txt': 'x' });
    const run = await attest(job, { name: 'noout', materials: 'in.txt', products: 'dist/**', command: 'true', 'allow-empty': 'true', 'upload-attestations': 'false' });
    expect(run.errors).toEqual(['products: matched no file, and an attestation needs at least one subject (its products, or with no products its materials) [PATH_NOT_FOUND]']);
    await nothingWritten(job);
  });

  it('a symlink out of the workspace, and a path leaving it', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'in.txt': 'x' });
    await writeFile(join(job.runnerTemp, 'outside.txt'), 'secret');
    const { symlink } = await import('node:fs/promises');
    await symlink(join(job.runnerTemp, 'outside.txt'), join(job.workspace, 'link.txt'));
    const viaLink = await attest(job, { name: 'escape', materials: 'link.txt', command: 'true', 'upload-attestations': 'false' });
    expect(viaLink.errors).toHaveLength(1);
    expect(viaLink.errors[0]).toMatch(/^materials: .*link\.txt resolves to .*outside\.txt, outside the workspace .* \[PATH_OUTSIDE_WORKSPACE\]$/);
    const viaDots = await attest(job, { name: 'escape', materials: '../temp/outside.txt', command: 'true', 'upload-attestations': 'false' });
    expect(viaDots.errors).toHaveLength(1);
    expect(viaDots.errors[0]).toMatch(/outside\.txt.*outside the workspace .*\[PATH_OUTSIDE_WORKSPACE\]$/);
    expect(await exists(join(job.runnerTemp, 'chainmail'))).toBe(false);
  });

  it('a step name the job already attested', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'in.txt': 'x' });
    const first = await attest(job, { name: 'twice', materials: 'in.txt', command: 'true', 'upload-attestations': 'false' });
    expect(first.errors).toEqual([]);
    const second = await attest(job, { name: 'twice', materials: 'in.txt', command: 'touch ran-again', 'upload-attestations': 'false' });
    expect(second.errors[0]).toMatch(/^name: a step named twice was already attested in this job .*\[INPUT_INVALID\]$/);
    expect(await exists(join(job.workspace, 'ran-again'))).toBe(false);
  });

  it('no OIDC token (no id-token permission): fails before the command runs', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'in.txt': 'x' });
    const env = Object.fromEntries(Object.entries(job.env).filter(([k]) => !k.startsWith('ACTIONS_ID_TOKEN')));
    const run = await runActionProcess('attest-step', {
      inputs: { ...stackInputs(runner.stack, 'public-good'), name: 'noid', materials: 'in.txt', command: 'touch ran', 'upload-attestations': 'false' },
      env,
    });
    expect(run.errors[0]).toMatch(/^no OIDC token: add `permissions: id-token: write`.*\[OIDC_UNAVAILABLE\]$/);
    expect(await exists(join(job.workspace, 'ran'))).toBe(false);
    expect(await exists(join(job.runnerTemp, 'chainmail'))).toBe(false);
  });

  it('upload-chain-artifact on a runner without the artifact service: signed, then UPLOAD_FAILED naming the artifact', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'in.txt': 'x' });
    const run = await attest(job, { name: 'upload', materials: 'in.txt', command: 'true', 'upload-attestations': 'false', 'upload-chain-artifact': 'true' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^upload-chain-artifact: the artifact chainmail-chain-\S+-upload could not be uploaded: .*ACTIONS_RUNTIME_TOKEN.*\[UPLOAD_FAILED\]$/)]);
    expect(await exists(join(job.runnerTemp, 'chainmail', 'steps', 'upload.sigstore.json'))).toBe(true);
  });
});
