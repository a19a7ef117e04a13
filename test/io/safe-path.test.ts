import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, realpath, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isInside, resolveInWorkspace } from '../../src/io/safe-path.js';
import { makeTempDir, removeDir, writeTree } from '../support/temp-tree.js';

// Layout: <root>/ws (the workspace), <root>/ws-evil (shares the prefix), <root>/outside.
let root: string;
let ws: string;

beforeAll(async () => {
  root = await realpath(await makeTempDir());
  ws = join(root, 'ws');
  await writeTree(root, {
    'ws/dist/app.tgz': 'app',
    'ws-evil/secret': 'evil',
    'outside/secret': 'secret',
  });
  await symlink(join(root, 'outside', 'secret'), join(ws, 'link-out'));
  await symlink(join(root, 'outside'), join(ws, 'dir-out'));
  await symlink('dist/app.tgz', join(ws, 'link-in'));
  await symlink(join(root, 'outside', 'not-yet'), join(ws, 'dangling-out'));
  await symlink(ws, join(root, 'ws-alias'));
});
afterAll(() => removeDir(root));

describe('resolveInWorkspace', () => {
  it('resolves relative and absolute paths inside the workspace to real paths', async () => {
    expect(await resolveInWorkspace(ws, 'dist/app.tgz')).toBe(join(ws, 'dist/app.tgz'));
    expect(await resolveInWorkspace(ws, join(ws, 'dist/app.tgz'))).toBe(join(ws, 'dist/app.tgz'));
    expect(await resolveInWorkspace(ws, 'dist/../dist/app.tgz')).toBe(join(ws, 'dist/app.tgz'));
    expect(await resolveInWorkspace(ws, '.')).toBe(ws);
  });

  it('follows a symlink that stays inside', async () => {
    expect(await resolveInWorkspace(ws, 'link-in')).toBe(join(ws, 'dist/app.tgz'));
  });

  it('accepts a workspace given through a symlink', async () => {
    expect(await resolveInWorkspace(join(root, 'ws-alias'), 'dist/app.tgz')).toBe(join(ws, 'dist/app.tgz'));
  });

  it.each([
    ['.. out of the workspace', '../outside/secret'],
    ['an absolute path elsewhere', '/etc/hostname'],
    ['a sibling sharing the prefix (ws-evil)', '../ws-evil/secret'],
    ['a symlink to a file outside', 'link-out'],
    ['a path through a symlinked directory outside', 'dir-out/secret'],
  ])('refuses %s with PATH_OUTSIDE_WORKSPACE', async (_, path) => {
    await expect(resolveInWorkspace(ws, path)).rejects.toMatchObject({
      code: 'PATH_OUTSIDE_WORKSPACE',
      message: expect.stringMatching(new RegExp(`^${path.replace(/\./g, '\\.')} resolves to .*, outside the workspace ${ws}$`)),
    });
  });

  it('refuses a missing path with PATH_NOT_FOUND, and a missing workspace too', async () => {
    await expect(resolveInWorkspace(ws, 'nope.txt')).rejects.toMatchObject({ code: 'PATH_NOT_FOUND' });
    await expect(resolveInWorkspace(ws, 'dist/app.tgz/child')).rejects.toMatchObject({ code: 'PATH_NOT_FOUND' });
    await expect(resolveInWorkspace(join(root, 'no-ws'), 'x')).rejects.toMatchObject({ code: 'PATH_NOT_FOUND' });
  });

  describe('with allowMissing (output paths)', () => {
    it('confines a path that does not exist yet by its nearest existing ancestor', async () => {
      await mkdir(join(ws, 'out'), { recursive: true });
      expect(await resolveInWorkspace(ws, 'out/new/bundle.json', { allowMissing: true })).toBe(
        join(ws, 'out/new/bundle.json'),
      );
    });

    it('refuses a missing path under a symlink that leads out', async () => {
      await expect(resolveInWorkspace(ws, 'dir-out/new.json', { allowMissing: true })).rejects.toMatchObject({
        code: 'PATH_OUTSIDE_WORKSPACE',
      });
    });

    it('refuses a dangling symlink whose target is outside', async () => {
      await expect(resolveInWorkspace(ws, 'dangling-out', { allowMissing: true })).rejects.toMatchObject({
        code: 'PATH_OUTSIDE_WORKSPACE',
      });
    });
  });
});

describe('isInside', () => {
  it('compares whole path segments', () => {
    expect(isInside('/ws', '/ws')).toBe(true);
    expect(isInside('/ws', '/ws/a/b')).toBe(true);
    expect(isInside('/ws', '/ws/..hidden')).toBe(true);
    expect(isInside('/ws', '/ws-evil/a')).toBe(false);
    expect(isInside('/ws', '/w')).toBe(false);
    expect(isInside('/', '/anything')).toBe(true);
  });
});
