import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Component, ParsedLockfile } from '../../../../src/core/sbom/model.js';
import { parseNpmLockfile } from '../../../../src/core/sbom/parsers/npm.js';
import { parseYarnLockfile } from '../../../../src/core/sbom/parsers/yarn.js';

// The shop fixtures are one project (a workspace, a scoped package, an alias, dev and optional dependencies)
// locked by yarn 1.22.22 (yarn-v1) and yarn 4.18.1 (yarn-berry) and by npm (npm-v3), all from the registry.
const SHOP = join(import.meta.dirname, '../../../fixtures/sbom/js/shop');
const read = (path: string) => readFileSync(join(SHOP, path), 'utf8');
const SRI = `sha512-${Buffer.alloc(64, 9).toString('base64')}`;

const label = (c: Component) => `${c.namespace ? `${c.namespace}/` : ''}${c.name}@${c.version}`;
const byLabel = (parsed: ParsedLockfile, name: string) => parsed.components.find((c) => label(c) === name);
const edgesFrom = (parsed: ParsedLockfile, purl: string) => parsed.edges.filter((e) => e.from === purl).map((e) => e.to).sort();
const registryLabels = (parsed: ParsedLockfile) => parsed.components.filter((c) => c.source === 'registry').map(label).sort();
const npm = parseNpmLockfile(read('npm-v3/package-lock.json'), 'package-lock.json', read('npm-v3/package.json'));

describe('parseYarnLockfile, yarn v1', () => {
  const v1 = parseYarnLockfile(read('yarn-v1/yarn.lock'), 'yarn.lock', read('yarn-v1/package.json'));

  it('finds the packages npm finds for the same project, with hashes from integrity', () => {
    expect(registryLabels(v1)).toEqual(registryLabels(npm));
    expect(byLabel(v1, 'express@4.22.3')).toMatchObject({
      purl: 'pkg:npm/express@4.22.3', source: 'registry', direct: true, scope: 'required', lockfile: 'yarn.lock',
      resolved: expect.stringMatching(/^https:\/\/registry\.yarnpkg\.com\/express\/-\/express-4\.22\.3\.tgz#[0-9a-f]{40}$/),
    });
    expect(byLabel(v1, 'express@4.22.3')?.hashes.map((h) => h.algorithm)).toEqual(['SHA-512', 'SHA-1']);
    expect(v1.root).toEqual({ name: 'shop', version: '1.0.0', purl: 'pkg:npm/shop@1.0.0' });
    expect(v1.warnings).toEqual([]);
  });

  it('takes scopes from package.json: dev-only excluded, optional-only optional', () => {
    expect(byLabel(v1, 'typescript@5.9.3')).toMatchObject({ scope: 'excluded', direct: true });
    expect(byLabel(v1, '@types/node@26.6.6')).toMatchObject({ scope: 'excluded', direct: false });
    expect(byLabel(v1, 'fsevents@2.3.3')).toMatchObject({ scope: 'optional', direct: true });
    expect(byLabel(v1, 'string-width@4.2.3')).toMatchObject({ scope: 'required', direct: true });
  });

  it('draws the edges npm draws between the same packages', () => {
    for (const purl of ['pkg:npm/express@4.22.3', 'pkg:npm/debug@2.6.9', 'pkg:npm/%40types/express@4.17.25']) {
      expect(edgesFrom(v1, purl)).toEqual(edgesFrom(npm, purl));
    }
    expect(edgesFrom(v1, 'pkg:npm/shop@1.0.0')).toHaveLength(10);
  });

  it('without package.json, keeps every package required and calls what nothing depends on direct', () => {
    const bare = parseYarnLockfile(read('yarn-v1/yarn.lock'), 'yarn.lock');
    expect(bare.root).toBeUndefined();
    expect(bare.components.every((c) => c.scope === 'required')).toBe(true);
    expect(byLabel(bare, 'typescript@5.9.3')?.direct).toBe(true);
    expect(byLabel(bare, 'ms@2.0.0')?.direct).toBe(false);
  });

  it('reads aliases, git, tarball and path sources, and optional dependencies of packages', () => {
    const parsed = parseYarnLockfile(`# yarn lockfile v1


"alias@npm:real@^1":
  version "1.0.0"
  resolved "https://registry.yarnpkg.com/real/-/real-1.0.0.tgz#${'ab'.repeat(20)}"
  optionalDependencies:
    opt "^1"

opt@^1:
  version "1.2.0"
  resolved "https://registry.yarnpkg.com/opt/-/opt-1.2.0.tgz"
  integrity ${SRI}

"fork@github:o/fork#main":
  version "2.0.0"
  resolved "git+https://github.com/o/fork.git#0123456789abcdef0123456789abcdef01234567"

"tar@https://cdn.example.com/tar-1.0.0.tgz":
  version "1.0.0"
  resolved "https://cdn.example.com/tar-1.0.0.tgz#${'cd'.repeat(20)}"

"lib@file:../lib":
  version "0.1.0"
`, 'yarn.lock', JSON.stringify({ name: 'app', dependencies: { alias: 'npm:real@^1', fork: 'github:o/fork#main', tar: 'https://cdn.example.com/tar-1.0.0.tgz', lib: 'file:../lib' } }));
    expect(byLabel(parsed, 'real@1.0.0')).toMatchObject({ source: 'registry', hashes: [{ algorithm: 'SHA-1', hex: 'ab'.repeat(20) }], direct: true });
    expect(byLabel(parsed, 'opt@1.2.0')).toMatchObject({ scope: 'optional', direct: false });
    expect(byLabel(parsed, 'fork@2.0.0')).toMatchObject({ source: 'git', hashes: [] });
    expect(byLabel(parsed, 'fork@2.0.0')?.purl).toContain('vcs_url=git%2Bhttps');
    expect(byLabel(parsed, 'tar@1.0.0')).toMatchObject({ source: 'tarball', hashes: [{ algorithm: 'SHA-1', hex: 'cd'.repeat(20) }] });
    expect(byLabel(parsed, 'lib@0.1.0')).toMatchObject({ source: 'path', resolved: 'file:../lib' });
  });

  it('warns when package.json asks for what yarn.lock does not resolve', () => {
    const parsed = parseYarnLockfile(read('yarn-v1/yarn.lock'), 'yarn.lock', JSON.stringify({ name: 'shop', dependencies: { express: '^5.0.0', chalk: '^4.1.2' } }));
    expect(parsed.warnings.map((w) => w.message)).toEqual(['package.json dependencies has express@^5.0.0, which yarn.lock does not resolve: run yarn install']);
    expect(byLabel(parsed, 'express@4.22.3')).toBeDefined();
  });

  it.each([
    ['# yarn lockfile v1\n\na@^1:\n   version "1.0.0"\n', 4, 'indentation'],
    ['# yarn lockfile v1\n\na@^1:\n  version "1.0.0\n', 4, 'not closed'],
    ['# yarn lockfile v1\n\na@^1:\n  version "1.0.0"\n    extra "x"\n', 5, 'deeper'],
    ['# yarn lockfile v1\n\nversion "1.0.0"\n', 3, 'expected an entry'],
    ['# yarn lockfile v1\n\na@^1:\n  resolved "x"\n', 3, 'version is missing'],
  ])('names the line of a malformed yarn v1 lockfile (%#)', (text, line, what) => {
    expect(() => parseYarnLockfile(text, 'yarn.lock')).toThrow(expect.objectContaining({
      code: 'LOCKFILE_INVALID', message: expect.stringMatching(new RegExp(`^yarn\\.lock line ${line}: .*${what}`)),
    }));
  });
});

describe('parseYarnLockfile, berry', () => {
  const berry = parseYarnLockfile(read('yarn-berry/yarn.lock'), 'yarn.lock', read('yarn-berry/package.json'));

  it('finds the packages npm finds, plus node-gyp, which berry adds for packages with install scripts', () => {
    const extra = registryLabels(berry).filter((l) => !registryLabels(npm).includes(l));
    expect(registryLabels(npm).filter((l) => !registryLabels(berry).includes(l))).toEqual([]);
    expect(extra).toContain('node-gyp@13.1.0');
    expect(byLabel(berry, 'node-gyp@13.1.0')).toMatchObject({ scope: 'optional', direct: false }); // fsevents' only
  });

  it('keeps berry\'s checksum (of yarn\'s zip, not of the tarball) as a property, never as a hash', () => {
    const express = byLabel(berry, 'express@4.22.3');
    expect(express?.hashes).toEqual([]);
    expect(express?.properties).toEqual([{ name: 'chainmail:yarn:checksum', value: expect.stringMatching(/^10c0\/[0-9a-f]{128}$/) }]);
  });

  it('makes workspaces components the root depends on, and folds patched packages into the package', () => {
    const utils = berry.components.find((c) => c.name === 'utils');
    expect(utils).toMatchObject({ namespace: '@shop', version: '', source: 'workspace', direct: true, purl: 'pkg:npm/%40shop/utils' });
    expect(edgesFrom(berry, 'pkg:npm/shop@1.0.0')).toContain('pkg:npm/%40shop/utils');
    expect(edgesFrom(berry, 'pkg:npm/%40shop/utils')).toEqual(['pkg:npm/debug@2.6.9', 'pkg:npm/is-number@7.0.0', 'pkg:npm/ms@2.1.3']);
    expect(berry.components.filter((c) => c.name === 'typescript')).toHaveLength(1);
    expect(byLabel(berry, 'typescript@5.9.3')).toMatchObject({ scope: 'excluded', direct: true });
    expect(byLabel(berry, 'fsevents@2.3.3')).toMatchObject({ scope: 'optional', direct: true });
  });

  it('reads git, tarball and portal resolutions', () => {
    const parsed = parseYarnLockfile(`__metadata:
  version: 8
  cacheKey: 10c0

"app@workspace:.":
  version: 0.0.0-use.local
  resolution: "app@workspace:."
  dependencies:
    fork: "https://github.com/o/fork.git#main"
    tar: "https://cdn.example.com/tar-1.0.0.tgz"
    lib: "portal:../lib"
  languageName: unknown
  linkType: soft

"fork@https://github.com/o/fork.git#main":
  version: 2.0.0
  resolution: "fork@https://github.com/o/fork.git#commit=0123456789abcdef0123456789abcdef01234567"
  languageName: node
  linkType: hard

"tar@https://cdn.example.com/tar-1.0.0.tgz":
  version: 1.0.0
  resolution: "tar@https://cdn.example.com/tar-1.0.0.tgz"
  languageName: node
  linkType: hard

"lib@portal:../lib::locator=app%40workspace%3A.":
  version: 0.0.0-use.local
  resolution: "lib@portal:../lib::locator=app%40workspace%3A."
  languageName: node
  linkType: soft
`, 'yarn.lock');
    expect(parsed.root).toEqual({ name: 'app', purl: 'pkg:npm/app' });
    expect(byLabel(parsed, 'fork@2.0.0')).toMatchObject({ source: 'git', direct: true, resolved: expect.stringContaining('#commit=0123') });
    expect(byLabel(parsed, 'tar@1.0.0')).toMatchObject({ source: 'tarball', direct: true });
    expect(parsed.components.find((c) => c.name === 'lib')).toMatchObject({ source: 'path' });
  });

  it('says which versions it reads for an unknown berry or yarn lockfile version', () => {
    expect(() => parseYarnLockfile('__metadata:\n  version: 99\n', 'yarn.lock')).toThrow(
      expect.objectContaining({ code: 'LOCKFILE_UNSUPPORTED', message: expect.stringContaining('berry __metadata.version 4, 5, 6, 7, 8, 9, 10') }));
    expect(() => parseYarnLockfile('# yarn lockfile v2\n', 'yarn.lock')).toThrow(expect.objectContaining({ code: 'LOCKFILE_UNSUPPORTED' }));
    expect(() => parseYarnLockfile('just: yaml\n', 'yarn.lock')).toThrow(expect.objectContaining({ code: 'LOCKFILE_UNSUPPORTED' }));
  });

  it('names the line of malformed YAML and of a malformed entry', () => {
    expect(() => parseYarnLockfile('__metadata:\n  version: 8\n\n"a@npm:^1":\n  version: [1\n', 'web/yarn.lock')).toThrow(
      expect.objectContaining({ code: 'LOCKFILE_INVALID', message: expect.stringMatching(/^web\/yarn\.lock line \d+: not valid YAML/) }));
    expect(() => parseYarnLockfile('__metadata:\n  version: 8\n\n"a@npm:^1":\n  version: 1.0.0\n', 'yarn.lock')).toThrow(
      expect.objectContaining({ code: 'LOCKFILE_INVALID', message: 'yarn.lock line 4: a@npm:^1: resolution must be a string' }));
  });
});
