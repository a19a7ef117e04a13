import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic as writeAsync, writeFileAtomicSync } from '../../src/io/atomic-write.js';
import { makeTempDir, removeDir } from '../support/temp-tree.js';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => removeDir(dir));

// The blocking variant keeps every promise of the other: each case runs against both.
const writeSync = async (path: string, data: string | Uint8Array): Promise<void> => writeFileAtomicSync(path, data);

describe.each([
  ['writeFileAtomic', writeAsync],
  ['writeFileAtomicSync', writeSync],
])('%s', (variant, writeFileAtomic) => {
  const name = (file: string): string => `${variant}-${file}`;

  it('writes text and bytes, creating missing parent directories', async () => {
    const path = join(dir, name('a/b/c/bundle.json'));
    await writeFileAtomic(path, '{"ok":true}');
    expect(await readFile(path, 'utf8')).toBe('{"ok":true}');
    await writeFileAtomic(join(dir, name('bytes.bin')), new Uint8Array([0, 1, 2, 255]));
    expect([...(await readFile(join(dir, name('bytes.bin'))))]).toEqual([0, 1, 2, 255]);
  });

  it('replaces an existing file and leaves no temporary file behind', async () => {
    const sub = join(dir, name('replace'));
    await mkdir(sub);
    await writeFile(join(sub, 'out.txt'), 'old content that is longer');
    await writeFileAtomic(join(sub, 'out.txt'), 'new');
    expect(await readFile(join(sub, 'out.txt'), 'utf8')).toBe('new');
    expect(await readdir(sub)).toEqual(['out.txt']);
  });

  it('creates files readable by others (0644 under the usual umask 022)', async () => {
    const path = join(dir, name('mode.txt'));
    await writeFileAtomic(path, 'x');
    expect((await stat(path)).mode & 0o644).toBe(0o644);
  });

  it('fails with WRITE_FAILED when the parent is a file', async () => {
    await writeFile(join(dir, name('plain')), 'x');
    await expect(writeFileAtomic(join(dir, name('plain/out.json')), 'x')).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringContaining(join(dir, name('plain/out.json'))),
    });
  });

  it('fails with WRITE_FAILED when the target is a directory, and removes its temporary file', async () => {
    const sub = join(dir, name('target-is-dir'));
    await mkdir(join(sub, 'out.json'), { recursive: true });
    await expect(writeFileAtomic(join(sub, 'out.json'), 'x')).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    expect(await readdir(sub)).toEqual(['out.json']);
  });
});
