import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdir, readFile, symlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkoutBaseInputs, chooseBase, isScanInput } from '../../../src/actions/sbom/base.js';
import { gitIn, parseCatFileBatch } from '../../../src/actions/sbom/git.js';
import { isChainmailError } from '../../../src/core/errors.js';
import { LOCKFILE_PARSERS } from '../../../src/core/sbom/parsers/index.js';
import { makeTempDir, removeDir, writeTree } from '../../support/temp-tree.js';

describe('chooseBase', () => {
  const sha = 'a'.repeat(40);
  it('takes base-ref first, then a pull request\'s base commit, else none', () => {
    expect(chooseBase({ baseRef: 'main' }, { eventName: 'pull_request', event: { pull_request: { base: { sha } } } })).toEqual({ rev: 'main', from: 'base-ref' });
    expect(chooseBase({}, { eventName: 'pull_request', event: { pull_request: { base: { sha } } } })).toEqual({ rev: sha, from: 'pull request' });
    expect(chooseBase({}, { eventName: 'pull_request_target', event: { pull_request: { base: { sha } } } })).toEqual({ rev: sha, from: 'pull request' });
    expect(chooseBase({}, { eventName: 'push', event: { pull_request: { base: { sha } } } })).toBeUndefined();
    expect(chooseBase({}, { eventName: 'pull_request', event: { pull_request: { base: { sha: '--evil' } } } })).toBeUndefined();
  });
});

describe('isScanInput', () => {
  it('keeps lockfiles, manifests, npm configuration and workflows; leaves the rest (and node_modules) in git', () => {
    const kept = ['package.json', 'web/package.json', '.npmrc', 'a/.yarnrc.yml', 'poetry.lock', 'uv.lock', 'pyproject.toml',
      'requirements.txt', 'requirements-dev.txt', 'requirements/base.txt', 'Pipfile.lock', 'go.mod', 'Cargo.toml',
      '.github/workflows/ci.yml', 'action.yml', 'actions/sbom/action.yml', ...Object.keys(LOCKFILE_PARSERS).map((name) => `sub/${name}`)];
    const left = ['src/index.ts', 'README.md', 'node_modules/x/package.json', 'vendor/y/go.mod', '.github/dependabot.yml', 'notes.txt', 'docs/requirements.md'];
    expect(kept.filter((p) => !isScanInput(p))).toEqual([]);
    expect(left.filter(isScanInput)).toEqual([]);
  });
});

describe('parseCatFileBatch', () => {
  it('splits blobs byte-exactly and reports missing names', () => {
    const body = Buffer.from('a\nb\u00e9');
    const output = Buffer.concat([Buffer.from(`${'1'.repeat(40)} blob ${body.length}\n`), body, Buffer.from('\nHEAD:gone missing\n')]);
    expect(parseCatFileBatch(output, ['HEAD:x', 'HEAD:gone'])).toEqual([{ name: 'HEAD:x', content: body }, { name: 'HEAD:gone' }]);
  });
});

describe('checkoutBaseInputs, against a real repository', () => {
  let repo: string;
  let out: string;
  let baseSha: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

  beforeAll(async () => {
    repo = await makeTempDir('cm-sbom-git-');
    out = await makeTempDir('cm-sbom-base-');
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    await writeTree(repo, { 'web/package.json': '{"name":"web"}', 'web/package-lock.json': '{"lockfileVersion":3}', 'web/src/app.ts': 'x', 'web/.github/workflows/ci.yml': 'on: push', 'other/go.mod': 'module x' });
    await symlink('../other/go.mod', join(repo, 'web', 'go.mod')); // a link: the head's scan skips it, so does the base's
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    baseSha = git('rev-parse', 'HEAD');
    await writeTree(repo, { 'web/package-lock.json': '{"lockfileVersion":3,"packages":{}}', 'web/yarn.lock': '' });
    git('add', '-A');
    git('commit', '-q', '-m', 'head');
  });
  afterAll(async () => {
    await removeDir(repo);
    await removeDir(out);
  });

  it('writes the base commit\'s scan inputs of the scanned directory, as they were', async () => {
    const result = await checkoutBaseInputs(gitIn(join(repo, 'web')), { rev: 'HEAD~1', from: 'base-ref' }, out);
    expect(result).toEqual({ sha: baseSha, files: 3 });
    const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => relative(out, join(d.parentPath, d.name))).sort();
    expect(files).toEqual(['.github/workflows/ci.yml', 'package-lock.json', 'package.json']);
    expect(await readFile(join(out, 'package-lock.json'), 'utf8')).toBe('{"lockfileVersion":3}');
  });

  it('fails with BASE_UNAVAILABLE when the commit is neither present nor fetchable', async () => {
    const error = await checkoutBaseInputs(gitIn(repo), { rev: 'b'.repeat(40), from: 'pull request' }, out).catch((e: unknown) => e);
    expect(isChainmailError(error) && error.code).toBe('BASE_UNAVAILABLE');
    expect((error as Error).message).toMatch(/^the pull request's base commit b{40} is not in the checkout and could not be fetched .*fetch-depth: 0/);
  });
});
