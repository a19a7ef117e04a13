import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { realpath, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { expandPatterns } from '../../src/io/glob.js';
import { makeTempDir, removeDir, writeTree } from '../support/temp-tree.js';

let root: string;
let ws: string;
const at = (...names: string[]): string[] => names.map((n) => join(ws, n));

beforeAll(async () => {
  root = await realpath(await makeTempDir());
  ws = join(root, 'ws');
  await writeTree(root, {
    'ws/dist/app-linux.tgz': 'linux',
    'ws/dist/app-darwin.tgz': 'darwin',
    'ws/dist/notes.txt': 'notes',
    'ws/dist/sub/nested.tgz': 'nested',
    'ws/dist/.hidden.tgz': 'hidden',
    'ws/README.md': 'readme',
    'ws-evil/secret.tgz': 'evil',
    'outside/secret.tgz': 'secret',
  });
});
afterAll(() => removeDir(root));

describe('expandPatterns', () => {
  it('returns absolute, sorted, deduplicated files for relative and absolute patterns', async () => {
    const files = await expandPatterns(ws, ['dist/*.tgz', join(ws, 'dist/app-linux.tgz'), 'dist/app-*.tgz']);
    expect(files).toEqual(at('dist/app-darwin.tgz', 'dist/app-linux.tgz'));
  });

  it('takes every file beneath a directory pattern and skips directories themselves', async () => {
    expect(await expandPatterns(ws, ['dist'])).toEqual(
      at('dist/app-darwin.tgz', 'dist/app-linux.tgz', 'dist/notes.txt', 'dist/sub/nested.tgz'),
    );
    expect(await expandPatterns(ws, ['dist/**/*.tgz'])).toEqual(
      at('dist/app-darwin.tgz', 'dist/app-linux.tgz', 'dist/sub/nested.tgz'),
    );
  });

  it('leaves dot-files to patterns that name them', async () => {
    expect(await expandPatterns(ws, ['dist/*'])).not.toContain(join(ws, 'dist/.hidden.tgz'));
    expect(await expandPatterns(ws, ['dist/.*'])).toEqual(at('dist/.hidden.tgz'));
  });

  it('drops matches of !patterns and of the excludes option, pruning excluded directories', async () => {
    expect(await expandPatterns(ws, ['dist/**/*.tgz', '!dist/sub'])).toEqual(at('dist/app-darwin.tgz', 'dist/app-linux.tgz'));
    expect(await expandPatterns(ws, ['dist/*.tgz'], { excludes: ['**/*darwin*'] })).toEqual(at('dist/app-linux.tgz'));
  });

  it('fails with PATH_NOT_FOUND naming the input and the pattern that matched nothing', async () => {
    await expect(expandPatterns(ws, ['dist/*.tgz', 'build/*.zip'], { inputName: 'subject-path' })).rejects.toMatchObject({
      code: 'PATH_NOT_FOUND',
      message: 'subject-path: build/*.zip matched no file',
    });
    // A directory alone, or a pattern whose only matches are excluded, matches no file either.
    await expect(expandPatterns(ws, ['dist/*.tgz', '!dist/*'])).rejects.toMatchObject({ code: 'PATH_NOT_FOUND' });
  });

  it('matches the patterns on one base in one listing, each counted on its own', async () => {
    expect(await expandPatterns(ws, ['dist/**/*.tgz', 'dist/**/.*', 'dist/**/notes.txt'])).toEqual(
      at('dist/.hidden.tgz', 'dist/app-darwin.tgz', 'dist/app-linux.tgz', 'dist/notes.txt', 'dist/sub/nested.tgz'),
    );
    await expect(expandPatterns(ws, ['dist/**/*.tgz', 'dist/**/*.zip', 'dist/**/notes.txt'])).rejects.toMatchObject({
      code: 'PATH_NOT_FOUND',
      message: 'paths: dist/**/*.zip matched no file',
    });
  });

  it('reports the problems of patterns in their order, whatever a later pattern\'s listing meets', async () => {
    // Root reads every directory: the one that cannot be listed here has a path too long to open.
    const deep = join(root, 'ws-deep');
    await writeTree(deep, { 'a/x.txt': 'x' });
    try {
      execFileSync('sh', ['-c', `mkdir "${deep}/deep" && cd "${deep}/deep" && for i in $(seq 250); do mkdir dddddddddddddddddddddddd && cd dddddddddddddddddddddddd 2>/dev/null || break; done`]);
      await expect(expandPatterns(deep, ['a/**/*.none', 'deep/**'])).rejects.toMatchObject({ code: 'PATH_NOT_FOUND', message: 'paths: a/**/*.none matched no file' });
      await expect(expandPatterns(deep, ['deep/**', 'a/**/*.none'])).rejects.toMatchObject({ code: 'PATH_UNREADABLE' });
    } finally {
      execFileSync('rm', ['-rf', deep]);
    }
  });

  it('returns [] for nothing matched when allowEmpty is set', async () => {
    expect(await expandPatterns(ws, ['nothing/**'], { allowEmpty: true })).toEqual([]);
  });

  describe('confinement', () => {
    let linked: string;
    beforeAll(async () => {
      linked = await realpath(await makeTempDir());
      await writeTree(linked, { 'dist/ok.tgz': 'ok' });
      await symlink(join(root, 'outside/secret.tgz'), join(linked, 'dist/leak.tgz'));
      await symlink(join(root, 'outside'), join(linked, 'outdir'));
      await symlink('ok.tgz', join(linked, 'dist/alias.tgz'));
      await symlink('missing.tgz', join(linked, 'dist/broken.tgz'));
    });
    afterAll(() => removeDir(linked));

    it('refuses a symlink pointing out of the workspace, naming it', async () => {
      await expect(expandPatterns(linked, ['dist/*.tgz'])).rejects.toMatchObject({
        code: 'PATH_OUTSIDE_WORKSPACE',
        message: `${join(linked, 'dist/leak.tgz')} resolves to ${join(root, 'outside/secret.tgz')}, outside the workspace ${linked}`,
      });
    });

    it.each([['outdir/*'], ['outdir/**'], ['outdir']])('refuses files reached through a symlinked directory that leads out (%s)', async (pattern) => {
      await expect(expandPatterns(linked, [pattern])).rejects.toMatchObject({
        code: 'PATH_OUTSIDE_WORKSPACE',
        message: `${join(linked, 'outdir/secret.tgz')} resolves to ${join(root, 'outside/secret.tgz')}, outside the workspace ${linked}`,
      });
    });

    it('keeps symlinks that stay inside (under their own name) and skips broken ones', async () => {
      expect(await expandPatterns(linked, ['dist/*.tgz', '!dist/leak.tgz'])).toEqual([
        join(linked, 'dist/alias.tgz'),
        join(linked, 'dist/ok.tgz'),
      ]);
    });

    it.each([
      ['a relative pattern climbing out', '../outside/*.tgz'],
      ['an absolute pattern elsewhere', '<root>/outside/secret.tgz'],
      ['a sibling directory sharing the prefix', '../ws-evil/*.tgz'],
    ])('refuses %s', async (_, pattern) => {
      await expect(expandPatterns(ws, [pattern.replace('<root>', root)])).rejects.toMatchObject({ code: 'PATH_OUTSIDE_WORKSPACE' });
    });
  });
});
