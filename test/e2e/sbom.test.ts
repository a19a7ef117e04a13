import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyBundle } from '../support/index.js';
import { writeTree } from '../support/temp-tree.js';
import { runActionProcess, type ActionRun } from './support/action-process.js';
import { readBundles, sha256, statementOf } from './support/bundles.js';
import { REPOSITORY, stackInputs, startFakeRunner, type FakeRunner } from './support/fake-runner.js';

const LEFT_PAD_COMMIT = '5dc5c1ed4b8efe8ed37a7a1d9d8b2b6d9b6d4bb5';
const MS = { version: '2.1.3', resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz', integrity: 'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==', license: 'MIT' };
const UI = { version: '1.2.0', resolved: 'https://registry.npmjs.org/@octo-org/ui/-/ui-1.2.0.tgz', integrity: `sha512-${Buffer.alloc(64, 7).toString('base64')}`, license: 'MIT' };
const LEFT_PAD = { version: '1.3.0', resolved: `git+ssh://git@github.com/stevemao/left-pad.git#${LEFT_PAD_COMMIT}`, license: 'WTFPL' };

/** A package.json and its package-lock.json (v3) for the given dependencies. */
function project(deps: Record<string, { spec: string; entry: object }>): Record<string, string> {
  const dependencies = Object.fromEntries(Object.entries(deps).map(([name, d]) => [name, d.spec]));
  const manifest = { name: 'app', version: '1.0.0', dependencies };
  const lock = {
    name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true,
    packages: { '': manifest, ...Object.fromEntries(Object.entries(deps).map(([name, d]) => [`node_modules/${name}`, d.entry])) },
  };
  return { 'package.json': `${JSON.stringify(manifest, null, 2)}\n`, 'package-lock.json': `${JSON.stringify(lock, null, 2)}\n` };
}

const WORKFLOW = ['name: ci', 'on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: npm ci', ''].join('\n');
const ms = { spec: '^2.1.3', entry: MS };

let runner: FakeRunner;
beforeAll(async () => {
  runner = await startFakeRunner();
});
afterAll(async () => {
  await runner.close();
});

/** The annotations a run printed, decoded: `::warning file=...,line=...::message`. */
function annotations(run: ActionRun, level: 'error' | 'warning' | 'notice'): { file?: string; line?: string; title?: string; message: string }[] {
  const prefix = `::${level} `;
  return run.stdout.split('\n').filter((l) => l.startsWith(prefix)).map((l) => {
    const end = l.indexOf('::', prefix.length);
    const props = Object.fromEntries(l.slice(prefix.length, end).split(',').map((p) => p.split('=').map(decode) as [string, string]));
    return { ...props, message: decode(l.slice(end + 2)) };
  });
}

/** @actions/core's escaping of command data and properties. */
function decode(text: string): string {
  return text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

describe('sbom, run as a runner runs it', () => {
  it('writes a CycloneDX SBOM, audits the intake and attests it to the lockfiles: a verifiable, stored attestation', async () => {
    const job = await runner.newJob({ visibility: 'public' });
    const files: Record<string, string> = { ...project({ ms, '@octo-org/ui': { spec: '^1.2.0', entry: UI } }), '.github/workflows/ci.yml': WORKFLOW };
    await writeTree(job.workspace, files);
    const stored = runner.api.attestations(REPOSITORY).length;

    const run = await runActionProcess('sbom', { inputs: { ...stackInputs(runner.stack, 'public-good') }, env: job.env, githubToken: runner.api.token });

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const out = join(job.runnerTemp, 'chainmail', 'sbom');
    expect(run.outputs['cyclonedx-path']).toBe(join(out, 'sbom.cdx.json'));
    expect(run.outputs['cyclonedx-bundle-path']).toBe(join(out, 'sbom.cdx.json.sigstore.json'));
    const sbom = JSON.parse(await readFile(join(out, 'sbom.cdx.json'), 'utf8'));
    expect(sbom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    const purls = (sbom.components as { purl: string }[]).map((c) => c.purl).sort();
    expect(purls).toEqual(['pkg:githubactions/actions/checkout@v4', 'pkg:npm/%40octo-org/ui@1.2.0', 'pkg:npm/ms@2.1.3']);
    expect(run.outputs['component-count']).toBe('3');

    // The bundle verifies with the real @sigstore/verify, and its statement is the SBOM over the lockfiles.
    const [bundle] = await readBundles(run.outputs['cyclonedx-bundle-path'] as string);
    if (!bundle) throw new Error('no bundle');
    const signer = verifyBundle(bundle, runner.stack.trustedRoot);
    expect(signer.identity?.subjectAlternativeName).toBe(`https://github.com/${REPOSITORY}/.github/workflows/release.yml@refs/heads/main`);
    const statement = statementOf(bundle);
    expect(statement.predicateType).toBe('https://cyclonedx.org/bom');
    expect(statement.predicate).toEqual(sbom);
    expect(statement.subject).toEqual([
      { name: '.github/workflows/ci.yml', digest: { sha256: sha256(WORKFLOW) } },
      { name: 'package-lock.json', digest: { sha256: sha256(files['package-lock.json'] ?? '') } },
    ]);
    expect(runner.api.attestations(REPOSITORY)).toHaveLength(stored + 1);
    expect(run.outputs['attestation-url']).toBe(`https://github.com/${REPOSITORY}/attestations/${run.outputs['attestation-id']}`);

    // The audit: the tag-pinned action and the internal-looking scope from the public registry, on their lines.
    expect(run.outputs['finding-count']).toBe('2');
    const warnings = annotations(run, 'warning');
    expect(warnings).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: '.github/workflows/ci.yml', line: '7', title: 'chainmail sbom: unpinned-action' }),
      expect.objectContaining({ file: 'package-lock.json', title: 'chainmail sbom: dependency-confusion', message: expect.stringContaining('@octo-org/ui 1.2.0 is in @octo-org') }),
    ]));
    const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'));
    expect(report.findings.map((f: { rule: string }) => f.rule).sort()).toEqual(['dependency-confusion', 'unpinned-action']);
    expect(report.diff).toBeNull();
    expect(run.summary).toContain('| npm | 2 | 0 | 0 | 2 |');
    expect(run.summary).toContain('`MIT` 2');
    expect(run.summary).toContain('`unpinned-action` 1');
  });

  it('attests both formats to the build artifact on GitHub\'s instance, keeping the bundles only', async () => {
    const job = await runner.newJob({ visibility: 'private' });
    await writeTree(job.workspace, { ...project({ ms }), 'dist/app-1.0.0.tgz': 'the app' });
    const run = await runActionProcess('sbom', {
      inputs: { format: 'both', 'subject-path': 'dist/*.tgz', reproducible: 'true', 'upload-attestations': 'false', ...stackInputs(runner.stack, 'github') },
      env: job.env,
      githubToken: runner.api.token,
    });
    expect(run.errors).toEqual([]);
    const types: string[] = [];
    for (const output of ['cyclonedx-bundle-path', 'spdx-bundle-path']) {
      const [bundle] = await readBundles(run.outputs[output] as string);
      if (!bundle) throw new Error(`no ${output}`);
      verifyBundle(bundle, runner.stack.trustedRoot, { tlog: 0, timestamps: 1 });
      const statement = statementOf(bundle);
      expect(statement.subject).toEqual([{ name: 'app-1.0.0.tgz', digest: { sha256: sha256('the app') } }]);
      types.push(statement.predicateType);
    }
    expect(types).toEqual(['https://cyclonedx.org/bom', 'https://spdx.dev/Document/v2.3']);
    const spdx = JSON.parse(await readFile(run.outputs['spdx-path'] as string, 'utf8'));
    expect(spdx.spdxVersion).toBe('SPDX-2.3');
    expect(JSON.parse(await readFile(run.outputs['cyclonedx-path'] as string, 'utf8')).metadata.timestamp).toBeUndefined();
    expect(run.outputs['attestation-id']).toBe('');
  });

  it('fails on a malformed lockfile, naming the file, and writes nothing', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'package.json': '{"name":"app"}', 'package-lock.json': '{"lockfileVersion": 3, "packages": {\n' });
    const run = await runActionProcess('sbom', { inputs: { attest: 'false' }, env: job.env });
    expect(run.exitCode).not.toBe(0);
    expect(run.errors).toEqual([expect.stringMatching(/package-lock\.json.*\[LOCKFILE_INVALID\]$/)]);
    expect(run.outputs['cyclonedx-path']).toBeUndefined();
  });
});

describe('sbom on a pull request', () => {
  it('diffs the head against the base commit in git, and fail-on fails on the new git dependency', async () => {
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
    const job0 = await runner.newJob();
    const repo = job0.workspace;
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'dev@example.com');
    git(repo, 'config', 'user.name', 'dev');
    await writeTree(repo, { ...project({ ms }), '.github/workflows/ci.yml': WORKFLOW });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    const baseSha = git(repo, 'rev-parse', 'HEAD');
    await writeTree(repo, project({ ms, 'left-pad': { spec: `github:stevemao/left-pad#${LEFT_PAD_COMMIT}`, entry: LEFT_PAD } }));
    git(repo, 'commit', '-q', '-am', 'add left-pad from git');

    const job = await runner.newJob({ eventName: 'pull_request', event: { pull_request: { number: 7, base: { sha: baseSha, ref: 'main' }, head: { sha: git(repo, 'rev-parse', 'HEAD') } } } });
    const run = await runActionProcess('sbom', {
      inputs: { attest: 'false', 'fail-on': 'new-non-registry-source, new-unpinned-action' },
      env: { ...job.env, GITHUB_WORKSPACE: repo },
    });

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['fail-on: new-non-registry-source matched 1 (pkg:npm/left-pad in package-lock.json) [POLICY_VIOLATION]']);
    expect(run.outputs['added-count']).toBe('1');
    expect(run.outputs['removed-count']).toBe('0');
    expect(run.summary).toContain(`### Changes against the base (\`${baseSha.slice(0, 12)}\`)`);
    expect(run.summary).toContain('1 added, 0 removed, 0 changed.');
    expect(run.summary).toContain('| `left-pad` | 1.3.0 | git | required |');
    expect(run.summary).toContain('**fail-on failed:** `new-non-registry-source` matched 1.');
    // The failing finding is an error annotation on the lockfile; the unpinned action, old news, stays a warning.
    expect(annotations(run, 'error')).toEqual([expect.objectContaining({ file: 'package-lock.json', title: 'chainmail sbom: non-registry-source' })]);
    expect(annotations(run, 'warning')).toEqual([expect.objectContaining({ file: '.github/workflows/ci.yml', title: 'chainmail sbom: unpinned-action' })]);
    const report = JSON.parse(await readFile(run.outputs['report-path'] as string, 'utf8'));
    expect(report.diff).toMatchObject({ base: { sha: baseSha }, added: [{ purl: expect.stringMatching(/^pkg:npm\/left-pad@1\.3\.0\?vcs_url=git%2Bssh/), source: 'git' }], removed: [], changed: [] });
    expect(report.failOn.violations).toEqual([{ rule: 'new-non-registry-source', count: 1, examples: ['pkg:npm/left-pad in package-lock.json'] }]);
  });
});
