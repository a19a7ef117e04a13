import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digestFile, digestFiles, POOL_MIN_FILES } from '../../src/io/digest.js';
import { digestFilesInPool } from '../../src/io/digest-pool.js';
import { makeTempDir, removeDir } from '../support/temp-tree.js';

// Known answers for "abc" (FIPS 180-2 examples) and the empty input.
const ABC = {
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  sha384: 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
  sha512:
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
};
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

let dir: string;
let abc: string;
let empty: string;
let big: string;

beforeAll(async () => {
  dir = await makeTempDir();
  abc = join(dir, 'abc.txt');
  empty = join(dir, 'empty');
  // Larger than two 4 MiB chunks and not a multiple of anything, so chunk boundaries are crossed.
  big = join(dir, 'random.bin');
  await writeFile(abc, 'abc');
  await writeFile(empty, '');
  await writeFile(big, randomBytes(9 * 1024 * 1024 + 12345));
});
afterAll(() => removeDir(dir));

function openssl(algorithm: string, path: string): string {
  const out = execFileSync('openssl', ['dgst', `-${algorithm}`, '-r', path], { encoding: 'utf8' });
  return out.split(' ')[0]!;
}

describe('digestFile', () => {
  it('computes sha256 by default', async () => {
    expect(await digestFile(abc)).toEqual({ sha256: ABC.sha256 });
    expect(await digestFile(empty)).toEqual({ sha256: EMPTY_SHA256 });
  });

  it('computes several algorithms in one pass', async () => {
    expect(await digestFile(abc, ['sha256', 'sha384', 'sha512'])).toEqual(ABC);
  });

  it('agrees with openssl on a multi-chunk random file', async () => {
    const digests = await digestFile(big, ['sha256', 'sha512']);
    expect(digests.sha256).toBe(openssl('sha256', big));
    expect(digests.sha512).toBe(openssl('sha512', big));
  });

  it.each([
    ['a missing file', 'missing.bin'],
    ['a directory', '.'],
    ['a path below a file', 'abc.txt/child'],
  ])('refuses %s with PATH_UNREADABLE naming the path', async (_, name) => {
    const path = join(dir, name);
    await expect(digestFile(path)).rejects.toMatchObject({ code: 'PATH_UNREADABLE', message: expect.stringContaining(path) });
  });
});

describe('digestFiles', () => {
  let many: string[];
  beforeAll(async () => {
    // Enough files to take the worker pool path, with a few multi-chunk files among them.
    await mkdir(join(dir, 'many'));
    many = [];
    for (let i = 0; i < POOL_MIN_FILES * 3; i++) {
      const path = join(dir, 'many', `f${i}`);
      await writeFile(path, i % 40 === 0 ? randomBytes(5 * 1024 * 1024 + i) : randomBytes(i * 37));
      many.push(path);
    }
  });

  it('returns digests in input order on the calling thread and on the worker pool', async () => {
    const expected = await Promise.all(many.map((p) => digestFile(p, ['sha256', 'sha512'])));
    const here = await digestFiles(many, { algorithms: ['sha256', 'sha512'], concurrency: 1 });
    const pooled = await digestFiles(many, { algorithms: ['sha256', 'sha512'] });
    const direct = await digestFilesInPool(many, ['sha256', 'sha512'], 3);
    expect(here).toEqual(expected);
    expect(pooled).toEqual(expected);
    expect(direct).toEqual(expected);
  });

  it('reads a file that comes in short reads to its end (a pipe fed in two writes)', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    // The writer pauses between its two halves, so the pool's first reads return only the first.
    const writer = spawn('sh', ['-c', `{ printf abc; sleep 0.3; printf def; } > ${fifo}`]);
    const [digests] = await Promise.all([digestFilesInPool([fifo], ['sha256'], 1), new Promise((resolve) => writer.once('close', resolve))]);
    expect(digests).toEqual([{ sha256: createHash('sha256').update('abcdef').digest('hex') }]);
  });

  it('handles an empty list and duplicated paths', async () => {
    expect(await digestFiles([])).toEqual([]);
    expect(await digestFiles([abc, abc], { concurrency: 1 })).toEqual([{ sha256: ABC.sha256 }, { sha256: ABC.sha256 }]);
    expect(await digestFilesInPool([abc, abc, empty], ['sha256'], 2)).toEqual([
      { sha256: ABC.sha256 },
      { sha256: ABC.sha256 },
      { sha256: EMPTY_SHA256 },
    ]);
  });

  it('fails with PATH_UNREADABLE naming the bad file, on either path', async () => {
    const bad = join(dir, 'abc.txt', 'not-a-dir');
    const paths = [...many.slice(0, 50), bad, ...many.slice(50)];
    const expected = { code: 'PATH_UNREADABLE', message: expect.stringContaining(`cannot read ${bad}`) };
    await expect(digestFiles(paths)).rejects.toMatchObject(expected);
    await expect(digestFiles(paths, { concurrency: 1 })).rejects.toMatchObject(expected);
  });
});
