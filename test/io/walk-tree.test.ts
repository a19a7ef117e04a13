import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, realpath, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { visitTree, walkTree } from '../../src/io/walk-tree.js';
import { makeTempDir, removeDir, writeTree } from '../support/temp-tree.js';

let root: string;
beforeAll(async () => {
  root = await realpath(await makeTempDir('chainmail-walk-'));
  await writeTree(root, {
    'tree/a.txt': 'a',
    'tree/sub/b.txt': 'b',
    'tree/sub/deeper/c.txt': 'c',
    'tree/.hidden/d.txt': 'd',
    'tree/skip/e.txt': 'e',
    'elsewhere/f.txt': 'f',
  });
  await mkdir(join(root, 'tree/empty'));
  await symlink(join(root, 'elsewhere'), join(root, 'tree/linked-dir'));
  await symlink('a.txt', join(root, 'tree/alias.txt'));
});
afterAll(() => removeDir(root));

const sorted = <T extends { rel: string }>(entries: T[]): T[] => entries.sort((x, y) => (x.rel < y.rel ? -1 : 1));

describe('walkTree', () => {
  it('lists every entry beneath the directory with its kind, entering no symlinked directory', async () => {
    expect(sorted(await walkTree(join(root, 'tree'), { prefix: 'tree' }))).toEqual([
      { rel: 'tree/.hidden', kind: 'directory' },
      { rel: 'tree/.hidden/d.txt', kind: 'file' },
      { rel: 'tree/a.txt', kind: 'file' },
      { rel: 'tree/alias.txt', kind: 'symlink' },
      { rel: 'tree/empty', kind: 'directory' },
      { rel: 'tree/linked-dir', kind: 'symlink' },
      { rel: 'tree/skip', kind: 'directory' },
      { rel: 'tree/skip/e.txt', kind: 'file' },
      { rel: 'tree/sub', kind: 'directory' },
      { rel: 'tree/sub/b.txt', kind: 'file' },
      { rel: 'tree/sub/deeper', kind: 'directory' },
      { rel: 'tree/sub/deeper/c.txt', kind: 'file' },
    ]);
  });

  it('lists a pruned directory but not what is in it, whatever the number of reads in flight', async () => {
    for (const concurrency of [1, 2, 16]) {
      const rels = (await walkTree(join(root, 'tree'), { prune: (rel) => rel === 'skip' || rel === 'sub/deeper', concurrency })).map((e) => e.rel);
      expect(rels).toEqual(expect.arrayContaining(['skip', 'sub/deeper', 'sub/b.txt']));
      expect(rels.filter((r) => r.startsWith('skip/') || r.startsWith('sub/deeper/'))).toEqual([]);
    }
  });

  it('ends with the error of a prune test that throws', async () => {
    const refusal = new Error('no pruning today');
    await expect(walkTree(join(root, 'tree'), { prune: () => { throw refusal; } })).rejects.toBe(refusal);
  });

  it('hands each entry to a visitor as its directory is listed, and ends with the error of a visit that throws', async () => {
    const visited: string[] = [];
    await visitTree(join(root, 'tree'), {}, (entry) => visited.push(entry.rel));
    expect(visited.sort()).toEqual((await walkTree(join(root, 'tree'))).map((e) => e.rel).sort());
    const refusal = new Error('seen enough');
    await expect(visitTree(join(root, 'tree'), {}, () => { throw refusal; })).rejects.toBe(refusal);
  });

  it('has nothing for a directory that does not exist, or a file', async () => {
    expect(await walkTree(join(root, 'missing'))).toEqual([]);
    expect(await walkTree(join(root, 'tree/a.txt'))).toEqual([]);
  });

  it('fails naming a directory below it that cannot be listed, rather than leaving it out', async () => {
    // Root reads every directory, so the one that cannot be listed here is one whose path is too long to open.
    const deep = join(root, 'deep');
    await mkdir(deep);
    try {
      // Made one level at a time relative to the last: the shell stops once its own path is too long to enter.
      execFileSync('sh', ['-c', `cd "${deep}" && for i in $(seq 250); do mkdir dddddddddddddddddddddddd && cd dddddddddddddddddddddddd 2>/dev/null || break; done`]);
      await expect(walkTree(deep)).rejects.toMatchObject({ code: 'PATH_UNREADABLE', message: expect.stringMatching(/^cannot list the directory .*\/dddddddddddddddddddddddd: ENAMETOOLONG/) });
    } finally {
      execFileSync('rm', ['-rf', deep]);
    }
  });
});
