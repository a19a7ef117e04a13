import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Component, ParsedLockfile } from '../../../../src/core/sbom/model.js';
import { parseNpmLockfile } from '../../../../src/core/sbom/parsers/npm.js';

const SHOP = join(import.meta.dirname, '../../../fixtures/sbom/js/shop');
const read = (path: string) => readFileSync(join(SHOP, path), 'utf8');
const SRI = `sha512-${Buffer.alloc(64, 7).toString('base64')}`;
const HEX = '07'.repeat(64);

const label = (c: Component) => `${c.namespace ? `${c.namespace}/` : ''}${c.name}@${c.version}`;
const byLabel = (parsed: ParsedLockfile, name: string) => parsed.components.find((c) => label(c) === name);
const edgesFrom = (parsed: ParsedLockfile, purl: string) => parsed.edges.filter((e) => e.from === purl).map((e) => e.to).sort();
const lock = (packages: Record<string, unknown>, lockfileVersion = 3) => JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion, requires: true, packages });

describe('parseNpmLockfile on lockfiles npm wrote (a workspace project)', () => {
  const v3 = parseNpmLockfile(read('npm-v3/package-lock.json'), 'package-lock.json', read('npm-v3/package.json'));

  it('names the root and lists every installed package once, with its purl, hash and license', () => {
    expect(v3.root).toEqual({ name: 'shop', version: '1.0.0', purl: 'pkg:npm/shop@1.0.0' });
    expect(v3.ecosystem).toBe('npm');
    expect(byLabel(v3, '@sindresorhus/is@4.6.0')).toMatchObject({
      purl: 'pkg:npm/%40sindresorhus/is@4.6.0', namespace: '@sindresorhus', name: 'is', source: 'registry', license: 'MIT',
      scope: 'required', direct: true, lockfile: 'package-lock.json',
      resolved: 'https://registry.npmjs.org/@sindresorhus/is/-/is-4.6.0.tgz',
      hashes: [{ algorithm: 'SHA-512', hex: expect.stringMatching(/^[0-9a-f]{128}$/) }],
    });
    expect(new Set(v3.components.map((c) => c.purl)).size).toBe(v3.components.length);
    expect(v3.warnings).toEqual([]);
  });

  it('marks dev-only packages excluded, optional ones optional, and the rest required', () => {
    expect(byLabel(v3, 'typescript@5.9.3')).toMatchObject({ scope: 'excluded', direct: true });
    expect(byLabel(v3, '@types/node@26.6.6')).toMatchObject({ scope: 'excluded', direct: false });
    expect(byLabel(v3, 'fsevents@2.3.3')).toMatchObject({ scope: 'optional', direct: true });
    expect(byLabel(v3, 'express@4.22.3')).toMatchObject({ scope: 'required', direct: true });
  });

  it('installs an alias under its real name', () => {
    expect(byLabel(v3, 'string-width@4.2.3')).toMatchObject({ direct: true, purl: 'pkg:npm/string-width@4.2.3' });
    expect(v3.components.some((c) => c.name === 'string-width-cjs')).toBe(false);
  });

  it('makes a workspace a component the root depends on, whose own dependencies are direct', () => {
    const utils = byLabel(v3, '@shop/utils@1.0.0');
    expect(utils).toMatchObject({ source: 'workspace', resolved: 'packages/utils', direct: true, scope: 'required' });
    expect(edgesFrom(v3, 'pkg:npm/shop@1.0.0')).toContain(utils?.purl);
    // the workspace's debug@2 is its own copy (packages/utils/node_modules/debug), not the root's debug@4
    expect(edgesFrom(v3, utils?.purl as string)).toEqual(['pkg:npm/debug@2.6.9', 'pkg:npm/is-number@7.0.0', 'pkg:npm/ms@2.1.3']);
    expect(byLabel(v3, 'is-number@7.0.0')).toMatchObject({ scope: 'excluded', direct: true });
  });

  it('resolves each dependency to the copy node_modules resolution finds', () => {
    expect(edgesFrom(v3, 'pkg:npm/debug@4.4.3')).toEqual(['pkg:npm/ms@2.1.3']);
    expect(edgesFrom(v3, 'pkg:npm/debug@2.6.9')).toEqual(['pkg:npm/ms@2.0.0']);
  });

  it('reads lockfileVersion 2 the same as 3, and npm-shrinkwrap.json as package-lock.json', () => {
    const v2 = parseNpmLockfile(read('npm-v2/package-lock.json'), 'package-lock.json', read('npm-v2/package.json'));
    expect(v2.components.map(label).sort()).toEqual(v3.components.map(label).sort());
    expect(v2.edges.length).toBe(v3.edges.length);
    const shrinkwrap = parseNpmLockfile(read('npm-v3/package-lock.json'), 'npm-shrinkwrap.json');
    expect(shrinkwrap.components.map(label).sort()).toEqual(v3.components.map(label).sort());
    expect(shrinkwrap.components.every((c) => c.lockfile === 'npm-shrinkwrap.json')).toBe(true);
  });

  it('reads lockfileVersion 1 (npm 6), taking the root dependencies from package.json', () => {
    const v1 = parseNpmLockfile(read('npm-v1/package-lock.json'), 'package-lock.json', read('npm-v1/package.json'));
    expect(byLabel(v1, 'express@4.22.3')).toMatchObject({ scope: 'required', direct: true, source: 'registry' });
    expect(byLabel(v1, 'typescript@5.9.3')).toMatchObject({ scope: 'excluded', direct: true });
    expect(byLabel(v1, 'string-width@4.2.3')).toMatchObject({ direct: true });
    expect(edgesFrom(v1, 'pkg:npm/shop@1.0.0')).toHaveLength(10);
    // without package.json, the top-level packages nothing requires stand for the root's dependencies
    const bare = parseNpmLockfile(read('npm-v1/package-lock.json'), 'package-lock.json');
    expect(bare.components.map(label).sort()).toEqual(v1.components.map(label).sort());
    expect(byLabel(bare, 'express@4.22.3')?.direct).toBe(true);
  });
});

describe('parseNpmLockfile scopes and sources', () => {
  const parsed = parseNpmLockfile(lock({
    '': { name: 'app', version: '1.0.0', dependencies: { a: '^1', fork: 'github:o/fork', local: 'file:../local', tar: 'https://cdn.example.com/tar-1.0.0.tgz', priv: '^2' }, devDependencies: { d: '^1' } },
    'node_modules/a': { version: '1.0.0', resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz', integrity: SRI, license: { type: 'MIT' }, dependencies: { b: '^1' }, optionalDependencies: { c: '^1' } },
    'node_modules/b': { version: '1.0.0', resolved: 'https://registry.npmjs.org/b/-/b-1.0.0.tgz', license: 'SEE LICENSE IN LICENSE' },
    'node_modules/c': { version: '1.0.0', optional: true, devOptional: true },
    'node_modules/d': { version: '1.0.0', dev: true, dependencies: { e: '^1' } },
    'node_modules/e': { version: '1.0.0', dev: true, optional: true },
    'node_modules/fork': { version: '2.0.0', resolved: 'git+ssh://git@github.com/o/fork.git#0123456789abcdef0123456789abcdef01234567' },
    'node_modules/local': { resolved: '../local', link: true },
    '../local': { name: 'local', version: '0.1.0', devDependencies: { a: '^1' } },
    'node_modules/tar': { version: '1.0.0', resolved: 'https://cdn.example.com/tar-1.0.0.tgz' },
    'node_modules/priv': { version: '2.0.0', resolved: 'https://npm.corp.example/api/npm/priv/-/priv-2.0.0.tgz', integrity: SRI },
  }), 'package-lock.json');

  it('maps npm flags: dev excluded (even when also optional), optional and devOptional optional', () => {
    expect(byLabel(parsed, 'c@1.0.0')?.scope).toBe('optional');
    expect(byLabel(parsed, 'd@1.0.0')?.scope).toBe('excluded');
    expect(byLabel(parsed, 'e@1.0.0')?.scope).toBe('excluded');
    expect(byLabel(parsed, 'a@1.0.0')?.scope).toBe('required');
  });

  it('says where each came from: registry (public or private layout), git, tarball, path', () => {
    expect(byLabel(parsed, 'a@1.0.0')).toMatchObject({ source: 'registry', hashes: [{ algorithm: 'SHA-512', hex: HEX }], license: 'MIT' });
    expect(byLabel(parsed, 'priv@2.0.0')).toMatchObject({ source: 'registry', purl: 'pkg:npm/priv@2.0.0' });
    expect(byLabel(parsed, 'fork@2.0.0')).toMatchObject({ source: 'git', resolved: expect.stringContaining('#0123456789') });
    expect(byLabel(parsed, 'fork@2.0.0')?.purl).toMatch(/^pkg:npm\/fork@2\.0\.0\?vcs_url=git%2Bssh/);
    expect(byLabel(parsed, 'tar@1.0.0')).toMatchObject({ source: 'tarball', purl: expect.stringContaining('download_url=') });
    expect(byLabel(parsed, 'local@0.1.0')).toMatchObject({ source: 'path', resolved: '../local', direct: true });
  });

  it('warns about a license that is not SPDX and leaves it out', () => {
    expect(byLabel(parsed, 'b@1.0.0')?.license).toBeUndefined();
    expect(parsed.warnings).toEqual([{ lockfile: 'package-lock.json', message: expect.stringContaining('b@1.0.0: license "SEE LICENSE IN LICENSE"') }]);
  });

  it('draws edges to installed dependencies only, devDependencies from tree tops only', () => {
    expect(edgesFrom(parsed, 'pkg:npm/a@1.0.0')).toEqual(['pkg:npm/b@1.0.0', 'pkg:npm/c@1.0.0']);
    // a linked folder outside the project resolves only in its own node_modules (as npm's arborist has it)
    expect(edgesFrom(parsed, 'pkg:npm/local@0.1.0')).toEqual([]);
    expect(edgesFrom(parsed, 'pkg:npm/app@1.0.0')).toHaveLength(6);
  });
});

describe('parseNpmLockfile resolution through node_modules', () => {
  it('finds the nearest copy walking up nested node_modules and workspace folders', () => {
    const parsed = parseNpmLockfile(lock({
      '': { name: 'app', version: '1.0.0', workspaces: ['apps/*'], dependencies: { x: '*' } },
      'node_modules/x': { version: '1.0.0', dependencies: { y: '*', z: '*' } },
      'node_modules/x/node_modules/y': { version: '2.0.0', dependencies: { z: '*' } },
      'node_modules/y': { version: '1.0.0' },
      'node_modules/z': { version: '1.0.0' },
      'node_modules/web': { resolved: 'apps/web', link: true },
      'apps/web': { name: 'web', version: '0.0.1', dependencies: { y: '*', x: '*' }, devDependencies: { z: '*' } },
      'apps/web/node_modules/y': { version: '3.0.0' },
    }), 'package-lock.json');
    expect(edgesFrom(parsed, 'pkg:npm/x@1.0.0')).toEqual(['pkg:npm/y@2.0.0', 'pkg:npm/z@1.0.0']);
    expect(edgesFrom(parsed, 'pkg:npm/y@2.0.0')).toEqual(['pkg:npm/z@1.0.0']);
    // a workspace is a tree top: its devDependencies are edges too
    expect(edgesFrom(parsed, 'pkg:npm/web@0.0.1')).toEqual(['pkg:npm/x@1.0.0', 'pkg:npm/y@3.0.0', 'pkg:npm/z@1.0.0']);
    expect(edgesFrom(parsed, 'pkg:npm/app@1.0.0')).toEqual(['pkg:npm/web@0.0.1', 'pkg:npm/x@1.0.0']);
    expect(byLabel(parsed, 'y@1.0.0')?.direct).toBe(false);
    expect(byLabel(parsed, 'y@3.0.0')?.direct).toBe(true);
  });

  it('parses a generated 50,000-entry lockfile, nested two deep, with every edge', () => {
    const packages: Record<string, unknown> = { '': { name: 'big', version: '1.0.0', dependencies: {} } };
    const rootDeps = (packages[''] as { dependencies: Record<string, string> }).dependencies;
    for (let i = 0; i < 25_000; i++) {
      rootDeps[`p${i}`] = '^1';
      packages[`node_modules/p${i}`] = { version: '1.0.0', integrity: SRI, dependencies: { [`q${i}`]: '^2', shared: '^1' } };
      packages[`node_modules/p${i}/node_modules/q${i}`] = { version: '2.0.0', dependencies: { shared: '^1' } };
    }
    packages['node_modules/shared'] = { version: '1.0.0' };
    const parsed = parseNpmLockfile(lock(packages), 'package-lock.json');
    expect(parsed.components).toHaveLength(50_001);
    expect(parsed.edges).toHaveLength(25_000 + 25_000 * 2 + 25_000);
    expect(parsed.components.filter((c) => c.direct)).toHaveLength(25_000);
  });
});

describe('parseNpmLockfile and package.json', () => {
  const manifest = (deps: Record<string, string>, dev: Record<string, string> = {}) => JSON.stringify({ name: 'app', dependencies: deps, devDependencies: dev });
  const base = lock({ '': { name: 'app', version: '1.0.0', dependencies: { a: '^1' } }, 'node_modules/a': { version: '1.0.0' } });

  it('warns, and keeps every component, when the lockfile and package.json disagree', () => {
    const parsed = parseNpmLockfile(base, 'web/package-lock.json', manifest({ a: '^2', b: '^1' }, { c: '^1' }));
    expect(parsed.components.map(label)).toEqual(['a@1.0.0']);
    expect(parsed.warnings.map((w) => w.message)).toEqual([
      'package.json dependencies has a@^2, the lockfile was written for a@^1: run npm install',
      'package.json dependencies has b@^1, which the lockfile does not list: run npm install',
      'package.json devDependencies has c@^1, which the lockfile does not list: run npm install',
    ]);
    expect(parsed.warnings.every((w) => w.lockfile === 'web/package-lock.json')).toBe(true);
  });

  it('warns when the lockfile lists a dependency package.json dropped', () => {
    expect(parseNpmLockfile(base, 'package-lock.json', manifest({})).warnings.map((w) => w.message))
      .toEqual(['the lockfile lists a in dependencies, which package.json no longer declares: run npm install']);
  });

  it('refuses a malformed package.json naming it', () => {
    expect(() => parseNpmLockfile(base, 'web/package-lock.json', '{"dependencies": [}')).toThrow(
      expect.objectContaining({ code: 'LOCKFILE_INVALID', message: expect.stringContaining('web/package.json line 1 column 19') }));
  });
});

describe('parseNpmLockfile refuses what it cannot read', () => {
  it('names the line and column of a JSON syntax error', () => {
    expect(() => parseNpmLockfile('{\n  "lockfileVersion": 3,\n  "packages": {,}\n}', 'package-lock.json')).toThrow(
      expect.objectContaining({ code: 'LOCKFILE_INVALID', message: 'package-lock.json line 3 column 16: not valid JSON' }));
  });

  it('names the JSON path of a field of the wrong type', () => {
    expect(() => parseNpmLockfile(lock({ '': {}, 'node_modules/x': { version: 1 } }), 'package-lock.json')).toThrow(
      expect.objectContaining({ code: 'LOCKFILE_INVALID', message: 'package-lock.json: packages["node_modules/x"].version: expected a string, found a number' }));
    expect(() => parseNpmLockfile(lock({ '': {}, 'node_modules/x': { dependencies: { y: true } } }), 'package-lock.json')).toThrow(
      expect.objectContaining({ code: 'LOCKFILE_INVALID', message: expect.stringContaining('packages["node_modules/x"].dependencies.y: expected a string') }));
    expect(() => parseNpmLockfile('[]', 'package-lock.json')).toThrow(expect.objectContaining({ code: 'LOCKFILE_INVALID' }));
  });

  it.each([4, '3', undefined])('says which versions it reads when lockfileVersion is %p', (version) => {
    expect(() => parseNpmLockfile(JSON.stringify({ lockfileVersion: version, packages: {} }), 'package-lock.json')).toThrow(
      expect.objectContaining({ code: 'LOCKFILE_UNSUPPORTED', message: expect.stringContaining('understood versions: 1, 2, 3') }));
  });
});
