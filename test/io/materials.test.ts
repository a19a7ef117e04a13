import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ChainmailError } from '../../src/core/errors.js';
import { digestFileNormalized, updateNormalized } from '../../src/io/line-endings.js';
import { recordArtifacts } from '../../src/io/materials.js';
import { makeTempDir, removeDir, writeTree } from '../support/temp-tree.js';
import { referencePython } from '../interop/support/in-toto.js';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

let ws: string;
beforeEach(async () => {
  ws = await makeTempDir('cm-materials-');
});
afterEach(async () => {
  await removeDir(ws);
});

async function failure(p: Promise<unknown>): Promise<ChainmailError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ChainmailError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('recordArtifacts: a step\'s files as named, hashed descriptors', () => {
  it('names files by workspace-relative path, in path order, hashed with sha256, leaving out .git and excludes', async () => {
    await writeTree(ws, { 'src/b.c': 'b', 'src/a.c': 'a', 'src/.git/config': 'x', '.git/HEAD': 'h', 'src/x.log': 'log' });
    const recorded = await recordArtifacts({ workspace: ws, patterns: ['src/**', '.git/**', 'src/.git/**'], excludes: ['**/*.log'], inputName: 'materials', allowEmpty: true });
    expect(recorded).toEqual([{ name: 'src/a.c', digest: { sha256: sha256('a') } }, { name: 'src/b.c', digest: { sha256: sha256('b') } }]);
  });

  it('records nothing for no patterns, and fails on a pattern that matches nothing unless allowed', async () => {
    expect(await recordArtifacts({ workspace: ws, patterns: [], inputName: 'products' })).toEqual([]);
    const e = await failure(recordArtifacts({ workspace: ws, patterns: ['dist/**'], inputName: 'products' }));
    expect(e.code).toBe('PATH_NOT_FOUND');
    expect(e.message).toBe('products: dist/** matched no file');
    expect(await recordArtifacts({ workspace: ws, patterns: ['dist/**'], inputName: 'products', allowEmpty: true })).toEqual([]);
  });

  it('applies lstrip-paths and refuses collisions', async () => {
    await writeTree(ws, { 'co/src/a.c': 'a', 'co/b.c': 'b' });
    expect((await recordArtifacts({ workspace: ws, patterns: ['co/**'], inputName: 'materials', lstripPaths: ['co/src/', 'co/x/'] })).map((m) => m.name)).toEqual(['co/b.c', 'a.c']);
    await writeTree(ws, { 'co/src/b.c': 'b2' });
    expect((await failure(recordArtifacts({ workspace: ws, patterns: ['co/**'], inputName: 'materials', lstripPaths: ['co/src/', 'co/'] }))).code).toBe('INPUT_INVALID');
  });

  it('refuses a symlink out of the workspace, naming it', async () => {
    const outside = await makeTempDir('cm-outside-');
    try {
      await writeFile(join(outside, 'secret'), 's');
      await symlink(join(outside, 'secret'), join(ws, 'link'));
      const e = await failure(recordArtifacts({ workspace: ws, patterns: ['link'], inputName: 'materials' }));
      expect(e.code).toBe('PATH_OUTSIDE_WORKSPACE');
      expect(e.message).toMatch(/^materials: .*link resolves to .*secret, outside the workspace/);
    } finally {
      await removeDir(outside);
    }
  });

  it('hashes with normalized line endings when asked, binary files included (as in-toto does)', async () => {
    await writeTree(ws, { 'a.txt': 'x\r\ny\r\n', 'b.txt': 'x\ry\r', 'c.bin': Buffer.from([0, 13, 10, 13]) });
    const recorded = await recordArtifacts({ workspace: ws, patterns: ['*'], inputName: 'materials', normalizeLineEndings: true });
    expect(recorded.map((r) => r.digest.sha256)).toEqual([sha256('x\ny\n'), sha256('x\ny\n'), sha256(Buffer.from([0, 10, 10]))]);
  });
});

describe('line-ending normalization, as in-toto\'s (CRLF to LF, then CR to LF)', () => {
  const normalize = (chunks: readonly (string | Buffer)[]): string => {
    const parts: Buffer[] = [];
    const collector = { update: (b: Uint8Array) => parts.push(Buffer.from(b)) } as unknown as Hash;
    let afterCR = false;
    for (const c of chunks) afterCR = updateNormalized([collector], Buffer.from(c), afterCR);
    return Buffer.concat(parts).toString('latin1');
  };

  it('turns CRLF and lone CR into LF and leaves LF alone', () => {
    expect(normalize(['a\r\nb\rc\nd\r\r\n'])).toBe('a\nb\nc\nd\n\n');
  });

  it('treats a CRLF split across two reads as one line ending', () => {
    expect(normalize(['a\r', '\nb'])).toBe('a\nb');
    expect(normalize(['a\r', '', '\nb'])).toBe('a\nb');
    expect(normalize(['a\r', 'b\r', '\r\n'])).toBe('a\nb\n\n');
  });

  it('agrees with securesystemslib (in-toto\'s hashing) on a large mixed file', async () => {
    const text = Array.from({ length: 300_000 }, (_, i) => `line ${i}${['\r\n', '\n', '\r', '\r\r\n'][i % 4]}`).join('');
    const path = join(ws, 'mixed.txt');
    await writeFile(path, text);
    const expected = sha256(text.replace(/\r\n/g, '\n').replace(/\r/g, '\n'));
    expect((await digestFileNormalized(path)).sha256).toBe(expected);
    const python = referencePython();
    if (python === undefined) {
      console.warn('Debian in-toto is not installed (.ci/run installs it): the cross-check with securesystemslib is skipped');
      return;
    }
    const reference = execFileSync(python, ['-c', 'import sys; from securesystemslib.hash import digest_filename; print(digest_filename(sys.argv[1], "sha256", normalize_line_endings=True).hexdigest())', path], { encoding: 'utf8' });
    expect(reference.trim()).toBe(expected);
  });
});
