import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { ParsedLockfile } from '../../../../src/core/sbom/model.js';
import { parseCargoLock } from '../../../../src/core/sbom/parsers/cargo.js';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/sbom/cargo/${name}`, import.meta.url), 'utf8');
const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
const H = 'ab'.repeat(32);
const byPurl = (parsed: ParsedLockfile, purl: string) => parsed.components.find((c) => c.purl === purl);

describe('parseCargoLock', () => {
  describe('a version 3 lock with its Cargo.toml', () => {
    const parsed = parseCargoLock(fixture('v3/Cargo.lock'), 'Cargo.lock', fixture('v3/Cargo.toml'));

    it('takes the package Cargo.toml names as the root and lists every other crate with its .crate checksum', () => {
      expect(parsed.root).toEqual({ name: 'logship', version: '0.2.0', purl: 'pkg:cargo/logship@0.2.0' });
      expect(parsed.components).toHaveLength(22);
      expect(byPurl(parsed, 'pkg:cargo/serde@1.0.193')).toMatchObject({
        ecosystem: 'cargo', name: 'serde', version: '1.0.193', source: 'registry', resolved: CRATES_IO, direct: true,
        hashes: [{ algorithm: 'SHA-256', hex: expect.stringMatching(/^[0-9a-f]{64}$/) }],
      });
    });

    it('excludes crates reachable only through the root [dev-dependencies]', () => {
      const excluded = parsed.components.filter((c) => c.scope === 'excluded').map((c) => `${c.name}@${c.version}`);
      expect(excluded).toEqual(['diff@0.1.13', 'pretty_assertions@1.4.0', 'proptest-derive@0.4.0', 'syn@1.0.109', 'yansi@0.5.1']);
      expect(byPurl(parsed, 'pkg:cargo/quote@1.0.33')?.scope).toBe('required'); // also a build dependency of serde_derive
    });

    it('resolves "name version" dependencies to the right one of two versions', () => {
      expect(parsed.edges).toContainEqual({ from: 'pkg:cargo/serde_derive@1.0.193', to: 'pkg:cargo/syn@2.0.39' });
      expect(parsed.edges).toContainEqual({ from: 'pkg:cargo/proptest-derive@0.4.0', to: 'pkg:cargo/syn@1.0.109' });
      expect(parsed.edges).toContainEqual({ from: 'pkg:cargo/logship@0.2.0', to: 'pkg:cargo/tokio@1.34.0' });
      expect(parsed.edges).toHaveLength(36);
    });

    it('marks everything required without Cargo.toml, finding the root as the local crate nothing depends on', () => {
      const bare = parseCargoLock(fixture('v3/Cargo.lock'), 'Cargo.lock');
      expect(bare.root?.name).toBe('logship');
      expect(new Set(bare.components.map((c) => c.scope))).toEqual(new Set(['required']));
    });
  });

  describe('a version 4 workspace lock', () => {
    const parsed = parseCargoLock(fixture('v4/Cargo.lock'), 'Cargo.lock', fixture('v4/Cargo.toml'));

    it('lists the members of a virtual workspace as workspace components, with no root', () => {
      expect(parsed.root).toBeUndefined();
      expect(parsed.components.filter((c) => c.source === 'workspace').map((c) => c.name)).toEqual(['gateway', 'shared', 'worker']);
    });

    it('qualifies git and private-registry crates in the purl; git crates carry no checksum', () => {
      expect(byPurl(parsed, 'pkg:cargo/axum@0.7.2?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Ftokio-rs%2Faxum%408e5c1c3a2b7d9f0e4a6c8b1d3f5e7a9c0b2d4f6e')).toMatchObject({
        source: 'git', hashes: [], resolved: 'git+https://github.com/tokio-rs/axum?branch=main#8e5c1c3a2b7d9f0e4a6c8b1d3f5e7a9c0b2d4f6e',
      });
      expect(parsed.components.find((c) => c.name === 'corp-config')).toMatchObject({
        source: 'registry', purl: 'pkg:cargo/corp-config@3.1.0?repository_url=https%3A%2F%2Fcargo.internal.example.com%2Findex%2F',
      });
    });

    it('counts the dependencies of every member as direct', () => {
      expect(parsed.components.filter((c) => c.direct).map((c) => c.name)).toEqual(['axum', 'corp-config', 'serde', 'shared', 'tokio']);
    });
  });

  it('reads a version 1 lock: checksums in [metadata], dependencies with their source', () => {
    const lock = `[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "itoa 0.4.8 (${CRATES_IO})",\n]\n\n[[package]]\nname = "itoa"\nversion = "0.4.8"\nsource = "${CRATES_IO}"\n\n[metadata]\n"checksum itoa 0.4.8 (${CRATES_IO})" = "${H}"\n`;
    const parsed = parseCargoLock(lock, 'Cargo.lock');
    expect(parsed.components).toEqual([expect.objectContaining({ purl: 'pkg:cargo/itoa@0.4.8', hashes: [{ algorithm: 'SHA-256', hex: H }], direct: true })]);
    expect(parsed.edges).toEqual([{ from: 'pkg:cargo/app@0.1.0', to: 'pkg:cargo/itoa@0.4.8' }]);
  });

  it('warns when Cargo.toml depends on a crate the lock lacks, and still lists the lock', () => {
    const parsed = parseCargoLock(fixture('v3/Cargo.lock'), 'Cargo.lock', `${fixture('v3/Cargo.toml')}\n[build-dependencies]\ncc = "1.0"\n`);
    expect(parsed.components).toHaveLength(22);
    expect(parsed.warnings).toEqual([{ lockfile: 'Cargo.lock', message: expect.stringContaining('Cargo.toml depends on cc but Cargo.lock has no entry') }]);
  });

  it('refuses an unknown version with LOCKFILE_UNSUPPORTED naming the understood ones', () => {
    expect(() => parseCargoLock('version = 5\n', 'Cargo.lock')).toThrow(expect.objectContaining({
      code: 'LOCKFILE_UNSUPPORTED', message: 'Cargo.lock has version 5, which chainmail does not read; understood versions: 1, 2, 3, 4',
    }));
  });

  it.each([
    ['a bad checksum', `version = 3\n\n[[package]]\nname = "a"\nversion = "1.0.0"\nsource = "${CRATES_IO}"\nchecksum = "abc"\n`, 'Cargo.lock line 3: package[0]: checksum "abc" is not a SHA-256 hex digest'],
    ['a dependency on nothing', 'version = 3\n\n[[package]]\nname = "a"\nversion = "1.0.0"\n\n[[package]]\nname = "b"\nversion = "1.0.0"\ndependencies = ["c"]\n', 'Cargo.lock line 7: package[1]: dependency "c" names no package in the lock'],
    ['broken TOML', 'version = 3\n[[package]\n', 'Cargo.lock line 2: not valid TOML'],
  ])('refuses %s with LOCKFILE_INVALID naming the line', (_, text, message) => {
    expect(() => parseCargoLock(text, 'Cargo.lock')).toThrow(expect.objectContaining({ code: 'LOCKFILE_INVALID', message: expect.stringContaining(message) }));
  });

  it('reads a 50,000-package lock in time and memory proportional to it', () => {
    const parts = ['version = 4\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = ["crate-0"]\n'];
    for (let i = 0; i < 50_000; i++) {
      const deps = i + 1 < 50_000 ? `dependencies = [\n "crate-${i + 1}",\n "serde",\n]\n` : '';
      parts.push(`\n[[package]]\nname = "crate-${i}"\nversion = "1.0.${i}"\nsource = "${CRATES_IO}"\nchecksum = "${H}"\n${deps}`);
    }
    parts.push(`\n[[package]]\nname = "serde"\nversion = "1.0.193"\nsource = "${CRATES_IO}"\nchecksum = "${H}"\n`);
    const parsed = parseCargoLock(parts.join(''), 'Cargo.lock');
    expect(parsed.components).toHaveLength(50_001);
    expect(parsed.edges).toHaveLength(1 + 2 * 49_999);
    expect(parsed.root?.name).toBe('app');
  });
});
