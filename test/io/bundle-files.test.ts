import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ChainmailError } from '../../src/core/errors.js';
import { bundlesAtPath, MAX_BUNDLE_FILE_BYTES } from '../../src/io/bundle-files.js';
import type { Candidate } from '../../src/sigstore/verify/candidates.js';
import { makeTempDir, removeDir, writeTree } from '../support/temp-tree.js';

const bundle = (n: number) => ({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', n });
const summary = (candidates: Candidate[]) =>
  candidates.map((c) => ('json' in c ? { source: c.source, n: (c.json as { n: number }).n } : { source: c.source, code: c.unreadable.code, message: c.unreadable.message }));

async function failure(run: () => Promise<unknown>): Promise<ChainmailError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChainmailError);
    return error as ChainmailError;
  }
  throw new Error('expected a failure');
}

describe('bundlesAtPath: bundles from a file or a directory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => removeDir(dir));

  it('reads one bundle, pretty-printed or not, labelled with the path as given', async () => {
    await writeTree(dir, { 'app.sigstore.json': JSON.stringify(bundle(1), null, 2) });
    expect(summary(await bundlesAtPath(join(dir, 'app.sigstore.json'), 'dist/app.sigstore.json'))).toEqual([{ source: 'dist/app.sigstore.json', n: 1 }]);
  });

  it('reads JSON Lines: one candidate per non-empty line; a line that is not JSON is unreadable and named', async () => {
    await writeTree(dir, { 'all.jsonl': `${JSON.stringify(bundle(1))}\n\n${JSON.stringify(bundle(2))}\n{not json\n` });
    expect(summary(await bundlesAtPath(join(dir, 'all.jsonl'), 'dist/all.jsonl'))).toEqual([
      { source: 'dist/all.jsonl line 1', n: 1 },
      { source: 'dist/all.jsonl line 3', n: 2 },
      { source: 'dist/all.jsonl line 4', code: 'BUNDLE_INVALID', message: expect.stringContaining('dist/all.jsonl line 4 is not JSON') },
    ]);
  });

  it('turns a file that is not JSON at all into one unreadable candidate, and an empty one too', async () => {
    await writeTree(dir, { 'x.json': 'hello\nworld\n', 'e.json': '  \n' });
    expect(summary(await bundlesAtPath(join(dir, 'x.json'), 'x.json'))).toEqual([{ source: 'x.json', code: 'BUNDLE_INVALID', message: expect.stringContaining('x.json is not JSON') }]);
    expect(summary(await bundlesAtPath(join(dir, 'e.json'), 'e.json'))).toEqual([{ source: 'e.json', code: 'BUNDLE_INVALID', message: expect.stringContaining('empty') }]);
  });

  it('reads every *.json, *.jsonl and *.sigstore file of a directory in name order, and nothing else', async () => {
    await writeTree(dir, {
      'b.sigstore.json': JSON.stringify(bundle(2)),
      'a.jsonl': `${JSON.stringify(bundle(1))}\n`,
      'c.sigstore': JSON.stringify(bundle(3)),
      'notes.txt': 'not a bundle',
      'sub/d.json': JSON.stringify(bundle(4)),
    });
    expect(summary(await bundlesAtPath(dir, 'bundles'))).toEqual([
      { source: 'bundles/a.jsonl', n: 1 },
      { source: 'bundles/b.sigstore.json', n: 2 },
      { source: 'bundles/c.sigstore', n: 3 },
    ]);
  });

  it('fails whole, naming the path, when the path is missing or a file is over the size cap', async () => {
    expect((await failure(() => bundlesAtPath(join(dir, 'missing.json'), 'missing.json'))).code).toBe('PATH_NOT_FOUND');
    await writeFile(join(dir, 'huge.json'), '');
    await truncate(join(dir, 'huge.json'), MAX_BUNDLE_FILE_BYTES + 1);
    const error = await failure(() => bundlesAtPath(join(dir, 'huge.json')));
    expect(error.code).toBe('PATH_UNREADABLE');
    expect(error.message).toContain('huge.json');
    expect(error.message).toContain(`the limit is ${MAX_BUNDLE_FILE_BYTES} bytes`);
  });
});
