import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scanProject, LOCKFILE_LIMIT } from '../../src/sbom/scan.js';
import { makeTempDir, removeDir, writeTree } from '../support/temp-tree.js';

const SHA = (c: string) => c.repeat(64);
const pinned = (name: string, version: string, hash: string) => `${name}==${version} \\\n    --hash=sha256:${SHA(hash)}\n`;

describe('scanProject: every lockfile of a repository, read and merged', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('chainmail-scan-');
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('finds lockfiles at any depth, but never in node_modules, .git, vendor, target or a virtualenv', async () => {
    await writeTree(dir, {
      'requirements.txt': pinned('requests', '2.31.0', 'a'),
      'services/worker/requirements-dev.txt': pinned('pytest', '8.0.0', 'b'),
      'node_modules/pkg/requirements.txt': pinned('hidden', '1.0.0', 'c'),
      '.git/requirements.txt': pinned('hidden', '1.0.0', 'c'),
      'vendor/requirements.txt': pinned('hidden', '1.0.0', 'c'),
      'target/requirements.txt': pinned('hidden', '1.0.0', 'c'),
      '.venv/lib/requirements.txt': pinned('hidden', '1.0.0', 'c'),
      'docs/notes.txt': 'requests==1.0.0\n',
    });
    const scan = await scanProject(dir);
    expect(scan.parsed.map((p) => p.lockfile)).toEqual(['requirements.txt', 'services/worker/requirements-dev.txt']);
    expect(scan.graph.components.map((c) => c.purl)).toEqual(['pkg:pypi/pytest@8.0.0', 'pkg:pypi/requests@2.31.0']);
    expect(scan.graph.components.find((c) => c.name === 'pytest')?.lockfile).toBe('services/worker/requirements-dev.txt');
    expect(scan.graph.root.name).toBe(dir.split('/').pop());
  });

  it('does not follow symbolic links out of the repository', async () => {
    const outside = await makeTempDir('chainmail-outside-');
    try {
      await writeTree(outside, { 'requirements.txt': pinned('outside', '1.0.0', 'd') });
      await writeTree(dir, { 'requirements.txt': pinned('requests', '2.31.0', 'a') });
      await symlink(outside, join(dir, 'linked'));
      await symlink(join(outside, 'requirements.txt'), join(dir, 'requirements-linked.txt'));
      expect((await scanProject(dir)).parsed.map((p) => p.lockfile)).toEqual(['requirements.txt']);
      await expect(scanProject(dir, { lockfiles: ['requirements-linked.txt'] })).rejects.toMatchObject({ code: 'PATH_OUTSIDE_WORKSPACE' });
    } finally {
      await removeDir(outside);
    }
  });

  it('reads only the lockfiles it is given, relative to the directory or absolute', async () => {
    await writeTree(dir, { 'requirements.txt': pinned('requests', '2.31.0', 'a'), 'api/requirements.txt': pinned('flask', '3.0.0', 'b') });
    const scan = await scanProject(dir, { lockfiles: [join(dir, 'api/requirements.txt')] });
    expect(scan.parsed.map((p) => p.lockfile)).toEqual(['api/requirements.txt']);
    expect(scan.manifestsWithoutLockfile).toEqual([]);
    await expect(scanProject(dir, { lockfiles: ['missing/requirements.txt'] })).rejects.toMatchObject({ code: 'PATH_NOT_FOUND' });
    await writeFile(join(dir, 'README.md'), '# hi\n');
    await expect(scanProject(dir, { lockfiles: ['README.md'] })).rejects.toMatchObject({ code: 'INPUT_INVALID', message: expect.stringContaining('README.md is not a lockfile') });
    await expect(scanProject(dir, { lockfiles: ['../elsewhere/requirements.txt'] })).rejects.toMatchObject({ code: expect.stringMatching(/^PATH_(NOT_FOUND|OUTSIDE_WORKSPACE)$/) });
  });

  it('fails on a malformed lockfile with its file and line', async () => {
    await writeTree(dir, { 'requirements.txt': pinned('requests', '2.31.0', 'a'), 'api/requirements.txt': 'flask==3.0.0 --hash=sha256:zz\n' });
    await expect(scanProject(dir)).rejects.toMatchObject({ code: 'LOCKFILE_INVALID', message: expect.stringMatching(/^api\/requirements\.txt line 1: /) });
  });

  it('refuses a lockfile over the size limit before reading it', async () => {
    await writeTree(dir, { 'requirements.txt': '' });
    await truncate(join(dir, 'requirements.txt'), LOCKFILE_LIMIT + 1); // sparse: no disk used
    await expect(scanProject(dir)).rejects.toMatchObject({ code: 'LOCKFILE_INVALID', message: expect.stringContaining(`the limit is ${LOCKFILE_LIMIT} bytes`) });
  });

  it('lists manifests that declare dependencies but have no lockfile of their ecosystem beside or above them', async () => {
    await writeTree(dir, {
      'pyproject.toml': '[project]\nname = "app"\nversion = "1.0.0"\ndependencies = ["requests>=2"]\n',
      'tools/pyproject.toml': '[tool.ruff]\nline-length = 100\n', // configures a tool: pins nothing
      'svc/go.mod': 'module example.com/svc\n\ngo 1.22\n\nrequire github.com/pkg/errors v0.9.1\n',
      'lib/go.mod': 'module example.com/lib\n\ngo 1.22\n',
      'crate/Cargo.toml': '[package]\nname = "c"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1"\n',
      'web/package.json': '{"name": "web", "dependencies": {"react": "^18"}}',
      'scripts/package.json': '{"name": "scripts", "scripts": {"x": "echo"}}',
      'broken/Pipfile': '[[[not toml',
    });
    expect((await scanProject(dir)).manifestsWithoutLockfile).toEqual(['broken/Pipfile', 'crate/Cargo.toml', 'pyproject.toml', 'svc/go.mod', 'web/package.json']);
    await writeTree(dir, { 'requirements.txt': pinned('requests', '2.31.0', 'a') });
    // A lockfile of the ecosystem above a manifest covers it (a workspace member shares its root's lockfile).
    expect((await scanProject(dir)).manifestsWithoutLockfile).toEqual(['crate/Cargo.toml', 'svc/go.mod', 'web/package.json']);
  });

  it('fills in npm licenses from node_modules: only for the very version the lockfile names', async () => {
    const lock = (deps: Record<string, string>) => JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 1, requires: true,
      dependencies: Object.fromEntries(Object.entries(deps).map(([name, version]) => [name, { version, resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz` }])) });
    await writeTree(dir, {
      'package-lock.json': lock({ '@scope/a': '1.0.0', b: '2.0.0', c: '3.0.0', d: '4.0.0' }),
      'package.json': JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { '@scope/a': '1.0.0', b: '2.0.0', c: '3.0.0', d: '4.0.0' } }),
      'node_modules/@scope/a/package.json': JSON.stringify({ name: '@scope/a', version: '1.0.0', license: 'MIT' }),
      'node_modules/b/package.json': JSON.stringify({ name: 'b', version: '2.0.0', licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] }),
      'node_modules/c/package.json': JSON.stringify({ name: 'c', version: '3.0.1', license: 'ISC' }), // another version
      'node_modules/d/package.json': JSON.stringify({ name: 'd', version: '4.0.0', license: 'SEE LICENSE IN LICENSE.md' }),
    });
    const licenses = (scan: Awaited<ReturnType<typeof scanProject>>) => Object.fromEntries(scan.graph.components.map((c) => [c.name, c.license]));
    expect(licenses(await scanProject(dir))).toEqual({ a: 'MIT', b: 'MIT OR Apache-2.0', c: undefined, d: undefined });
    expect(licenses(await scanProject(dir, { includeLicenses: false }))).toEqual({ a: undefined, b: undefined, c: undefined, d: undefined });
    expect((await scanProject(dir)).graph.root).toEqual({ name: 'app', version: '1.0.0', purl: 'pkg:npm/app@1.0.0' });
  });

  it('reads npm-shrinkwrap.json and not the package-lock.json beside it, as npm does', async () => {
    const lock = (name: string) => JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true,
      packages: { '': { name: 'app', version: '1.0.0', dependencies: { [name]: '1.0.0' } }, [`node_modules/${name}`]: { version: '1.0.0', resolved: `https://registry.npmjs.org/${name}/-/${name}-1.0.0.tgz` } } });
    await writeTree(dir, { 'npm-shrinkwrap.json': lock('from-shrinkwrap'), 'package-lock.json': lock('from-package-lock'), 'sub/package-lock.json': lock('sub-dep') });
    const scan = await scanProject(dir);
    expect(scan.parsed.map((p) => p.lockfile)).toEqual(['npm-shrinkwrap.json', 'sub/package-lock.json']);
    expect(scan.graph.components.map((c) => c.name)).toEqual(['from-shrinkwrap', 'sub-dep']);
  });

  it('reads the repository\'s workflows and its action.yml files, not the workflows of a nested project', async () => {
    const workflow = (uses: string) => `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${uses}\n`;
    await writeTree(dir, {
      '.github/workflows/ci.yml': workflow('actions/checkout@v4'),
      '.github/workflows/release.yaml': workflow(`actions/setup-node@${'a'.repeat(40)}`),
      'actions/build/action.yml': 'name: build\nruns:\n  using: composite\n  steps:\n    - uses: actions/cache@v4\n',
      'examples/demo/.github/workflows/ci.yml': workflow('evil/action@main'),
    });
    const scan = await scanProject(dir);
    expect(scan.workflows).toEqual(['.github/workflows/ci.yml', '.github/workflows/release.yaml', 'actions/build/action.yml']);
    expect(scan.graph.components.map((c) => c.purl)).toEqual([
      'pkg:githubactions/actions/cache@v4', 'pkg:githubactions/actions/checkout@v4', `pkg:githubactions/actions/setup-node@${'a'.repeat(40)}`,
    ]);
    const named = await scanProject(dir, { lockfiles: ['examples/demo/.github/workflows/ci.yml'] });
    expect(named.graph.components.map((c) => c.purl)).toEqual(['pkg:githubactions/evil/action@main']);
  });
});
