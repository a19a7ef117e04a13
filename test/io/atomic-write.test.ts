import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { makeTempDir, removeDir } from '../support/temp-tree.js';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => removeDir(dir));

describe('writeFileAtomic', () => {
  it('writes text and bytes, creating missing parent directories', async () => {
    const path = join(dir, 'a/b/c/bundle.json');
    await writeFileAtomic(path, '{"ok":true}');
    expect(await readFile(path, 'utf8')).toBe('{"ok":true}');
    await writeFileAtomic(join(dir, 'bytes.bin'), new Uint8Array([0, 1, 2, 255]));
    expect([...(await readFile(join(dir, 'bytes.bin')))]).toEqual([0, 1, 2, 255]);
  });

  it('replaces an existing file and leaves no temporary file behind', async () => {
    const sub = join(dir, 'replace');
    await mkdir(sub);
    await writeFile(join(sub, 'out.txt'), 'old content that is longer');
    await writeFileAtomic(join(sub, 'out.txt'), 'new');
    expect(await readFile(join(sub, 'out.txt'), 'utf8')).toBe('new');
    expect(await readdir(sub)).toEqual(['out.txt']);
  });

  it('creates files readable by others (0644 under the usual umask 022)', async () => {
    const path = join(dir, 'mode.txt');
    await writeFileAtomic(path, 'x');
    expect((await stat(path)).mode & 0o644).toBe(0o644);
  });

  it('fails with WRITE_FAILED when the parent is a file', async () => {
    await writeFile(join(dir, 'plain'), 'x');
    await expect(writeFileAtomic(join(dir, 'plain/out.json'), 'x')).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringContaining(join(dir, 'plain/out.json')),
    });
  });

  it('fails with WRITE_FAILED when the target is a directory, and removes its temporary file', async () => {
    const sub = join(dir, 'target-is-dir');
    await mkdir(join(sub, 'out.json'), { recursive: true });
    await expect(writeFileAtomic(join(sub, 'out.json'), 'x')).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    expect(await readdir(sub)).toEqual(['out.json']);
  });
});
