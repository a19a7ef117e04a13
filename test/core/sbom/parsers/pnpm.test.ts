import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Component, ParsedLockfile } from '../../../../src/core/sbom/model.js';
import { parseNpmLockfile } from '../../../../src/core/sbom/parsers/npm.js';
import { parsePnpmLockfile } from '../../../../src/core/sbom/parsers/pnpm.js';

// The shop project (a workspace, a scoped package, an alias, dev and optional dependencies) locked from the
// registry by pnpm 7.33 (lockfileVersion 5.4), 8.15 (6.0), 9.15 (9.0) and 11.28 with a config dependency (9.0 in
// two YAML documents), and by npm (npm-v3) for comparison.
const SHOP = join(import.meta.dirname, '../../../fixtures/sbom/js/shop');
const read = (path: string) => readFileSync(join(SHOP, path), 'utf8');
const SRI = `sha512-${Buffer.alloc(64, 3).toString('base64')}`;

const label = (c: Component) => `${c.namespace ? `${c.namespace}/` : ''}${c.name}@${c.version}`;
const byLabel = (parsed: ParsedLockfile, name: string) => parsed.components.find((c) => label(c) === name);
const edgesFrom = (parsed: ParsedLockfile, purl: string) => parsed.edges.filter((e) => e.from === purl).map((e) => e.to).sort();
const facts = (parsed: ParsedLockfile) => parsed.components.map((c) => `${label(c)} ${c.scope}${c.direct ? ' direct' : ''} ${c.source} ${c.hashes.length}`).sort();
const parse = (dir: string) => parsePnpmLockfile(read(`${dir}/pnpm-lock.yaml`), 'pnpm-lock.yaml', read(`${dir}/package.json`));
const npm = parseNpmLockfile(read('npm-v3/package-lock.json'), 'package-lock.json', read('npm-v3/package.json'));

describe('parsePnpmLockfile on lockfiles pnpm wrote', () => {
  const v9 = parse('pnpm-v9');

  it('lists the packages npm lists for the same project, with the same scopes, direct flags and hashes', () => {
    const npmFacts = facts(npm).map((f) => f.replace('@shop/utils@1.0.0', '@shop/utils@'));
    expect(facts(v9)).toEqual(npmFacts);
    expect(v9.root).toEqual({ name: 'shop', version: '1.0.0', purl: 'pkg:npm/shop@1.0.0' });
    expect(v9.warnings).toEqual([]);
  });

  it('draws the edges npm draws (the workspace has no version in pnpm-lock.yaml)', () => {
    const rename = (e: string) => e.replace('%40shop/utils@1.0.0', '%40shop/utils');
    const edges = (p: ParsedLockfile) => p.edges.map((e) => rename(`${e.from} -> ${e.to}`)).sort();
    expect(edges(v9)).toEqual(edges(npm));
  });

  it.each(['pnpm-v5.4', 'pnpm-v6', 'pnpm-v9-env'])('reads %s as it reads 9.0', (dir) => {
    const other = parse(dir);
    expect(facts(other)).toEqual(facts(v9));
    expect(other.warnings).toEqual([]);
  });

  it('uses the lockfile document of a two-document lockfile, not the config dependencies', () => {
    const env = parse('pnpm-v9-env');
    expect(read('pnpm-v9-env/pnpm-lock.yaml').startsWith('---\n')).toBe(true);
    // is-number is both a config dependency and the workspace's dev dependency: listed once, for the workspace
    expect(byLabel(env, 'is-number@7.0.0')).toMatchObject({ scope: 'excluded', direct: true });
    // pnpm 11 resolved debug's optional peer supports-color, which pnpm 9 left out: the lockfile says so
    expect(edgesFrom(env, 'pkg:npm/debug@4.4.3')).toEqual(['pkg:npm/ms@2.1.3', 'pkg:npm/supports-color@7.2.0']);
    expect(edgesFrom(v9, 'pkg:npm/debug@4.4.3')).toEqual(['pkg:npm/ms@2.1.3']);
  });
});

describe('parsePnpmLockfile details', () => {
  const lock = `lockfileVersion: '9.0'

importers:
  .:
    dependencies:
      alias:
        specifier: npm:real@^1
        version: real@1.0.0
      a:
        specifier: ^1
        version: 1.0.0(p@2.0.0)
      fork:
        specifier: github:o/fork
        version: https://codeload.github.com/o/fork/tar.gz/0123456789abcdef0123456789abcdef01234567
      g:
        specifier: git+https://git.example.com/g.git
        version: git+https://git.example.com/g.git#0123456789abcdef0123456789abcdef01234567
      lib:
        specifier: file:../lib
        version: file:../lib
    devDependencies:
      p:
        specifier: ^2
        version: 2.0.0

packages:
  real@1.0.0:
    resolution: {integrity: ${SRI}}
  a@1.0.0:
    resolution: {integrity: ${SRI}}
    peerDependencies:
      p: ^2
  p@2.0.0:
    resolution: {integrity: ${SRI}}
  fork@https://codeload.github.com/o/fork/tar.gz/0123456789abcdef0123456789abcdef01234567:
    resolution: {tarball: https://codeload.github.com/o/fork/tar.gz/0123456789abcdef0123456789abcdef01234567}
    version: 3.0.0
  g@git+https://git.example.com/g.git#0123456789abcdef0123456789abcdef01234567:
    resolution: {type: git, repo: https://git.example.com/g.git, commit: 0123456789abcdef0123456789abcdef01234567}
    version: 4.0.0
  lib@file:../lib:
    resolution: {directory: ../lib, type: directory}
    version: 0.1.0

snapshots:
  real@1.0.0: {}
  a@1.0.0(p@2.0.0):
    dependencies:
      p: 2.0.0
  p@2.0.0: {}
  fork@https://codeload.github.com/o/fork/tar.gz/0123456789abcdef0123456789abcdef01234567: {}
  g@git+https://git.example.com/g.git#0123456789abcdef0123456789abcdef01234567: {}
  lib@file:../lib: {}
`;
  const parsed = parsePnpmLockfile(lock, 'pnpm-lock.yaml', JSON.stringify({ name: 'app', version: '2.0.0', dependencies: { alias: 'npm:real@^1', a: '^1', fork: 'github:o/fork', g: 'git+https://git.example.com/g.git', lib: 'file:../lib' }, devDependencies: { p: '^2' } }));

  it('resolves aliases and peer variants to the package they are', () => {
    expect(byLabel(parsed, 'real@1.0.0')).toMatchObject({ direct: true, hashes: [{ algorithm: 'SHA-512', hex: '03'.repeat(64) }] });
    expect(edgesFrom(parsed, 'pkg:npm/a@1.0.0')).toEqual(['pkg:npm/p@2.0.0']);
    // p is a dev dependency of the root, and also what production's a needs: required
    expect(byLabel(parsed, 'p@2.0.0')?.scope).toBe('required');
  });

  it('says where non-registry packages came from', () => {
    expect(byLabel(parsed, 'fork@3.0.0')).toMatchObject({ source: 'tarball', direct: true });
    expect(byLabel(parsed, 'g@4.0.0')).toMatchObject({ source: 'git', resolved: 'https://git.example.com/g.git#0123456789abcdef0123456789abcdef01234567' });
    expect(byLabel(parsed, 'lib@0.1.0')).toMatchObject({ source: 'path', resolved: '../lib' });
    expect(edgesFrom(parsed, 'pkg:npm/app@2.0.0')).toHaveLength(6);
  });

  it('warns where package.json and the lockfile disagree, and keeps every package', () => {
    const warned = parsePnpmLockfile(lock, 'pnpm-lock.yaml', JSON.stringify({ name: 'app', dependencies: { a: '^1.5', b: '^1' } }));
    expect(warned.components).toHaveLength(parsed.components.length);
    expect(warned.warnings.map((w) => w.message)).toEqual(expect.arrayContaining([
      'package.json has a@^1.5, pnpm-lock.yaml was written for a@^1: run pnpm install',
      'package.json has b@^1, which pnpm-lock.yaml does not list: run pnpm install',
      'pnpm-lock.yaml lists p, which package.json no longer declares: run pnpm install',
    ]));
  });

  it('reads pnpm 5-8 dev and optional flags', () => {
    const v6 = parsePnpmLockfile(`lockfileVersion: '6.0'
dependencies:
  a:
    specifier: ^1
    version: 1.0.0
packages:
  /a@1.0.0:
    resolution: {integrity: ${SRI}}
    dependencies:
      b: 1.0.0
    dev: false
  /b@1.0.0:
    resolution: {integrity: ${SRI}}
    dev: false
    optional: true
  /c@1.0.0:
    resolution: {integrity: ${SRI}}
    dev: true
`, 'pnpm-lock.yaml');
    expect(facts(v6)).toEqual(['a@1.0.0 required direct registry 1', 'b@1.0.0 optional registry 1', 'c@1.0.0 excluded registry 1']);
  });
});

describe('parsePnpmLockfile refuses what it cannot read', () => {
  it.each([["'10.0'"], ['5.2'], ['']])('says which versions it reads for lockfileVersion %s', (version) => {
    expect(() => parsePnpmLockfile(`lockfileVersion: ${version}\npackages: {}\n`, 'pnpm-lock.yaml')).toThrow(expect.objectContaining({
      code: 'LOCKFILE_UNSUPPORTED', message: expect.stringContaining('5.3, 5.4, 6.0, 6.1, 7.0, 9.0'),
    }));
  });

  it('names the line of malformed YAML, and the path of a malformed entry', () => {
    expect(() => parsePnpmLockfile("lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {integrity: x\n", 'pnpm-lock.yaml')).toThrow(
      expect.objectContaining({ code: 'LOCKFILE_INVALID', message: expect.stringMatching(/^pnpm-lock\.yaml line \d+: not valid YAML/) }));
    expect(() => parsePnpmLockfile("lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      a: [1]\n", 'pnpm-lock.yaml')).toThrow(
      expect.objectContaining({ code: 'LOCKFILE_INVALID', message: expect.stringContaining('importers["."].dependencies.a: expected a version') }));
    expect(() => parsePnpmLockfile('- a\n- b\n', 'pnpm-lock.yaml')).toThrow(expect.objectContaining({ code: 'LOCKFILE_INVALID' }));
  });
});
