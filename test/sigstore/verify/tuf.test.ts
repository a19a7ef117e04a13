import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ChainmailError } from '../../../src/core/errors.js';
import { refreshTrustRoots } from '../../../src/sigstore/verify/tuf.js';
import { startHttpServer } from '../../support/index.js';
import { publicGoodTufRoot } from '../../support/tuf-root.js';
import { makeTempDir, removeDir } from '../../support/temp-tree.js';

const network = { timeoutMs: 2000, retries: 0, minBackoffMs: 10 };

async function failure(run: () => Promise<unknown>): Promise<ChainmailError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChainmailError);
    return error as ChainmailError;
  }
  throw new Error('expected a failure');
}

describe('refreshTrustRoots: TUF fails closed', () => {
  let dir: string;
  let rootPath: string;
  beforeAll(async () => {
    dir = await makeTempDir('chainmail-tuf-');
    rootPath = join(dir, 'root.json');
    await writeFile(rootPath, publicGoodTufRoot());
  });
  afterAll(async () => removeDir(dir));

  it('refuses with TRUST_ROOT_INVALID, naming the mirror, when the mirror cannot be reached', async () => {
    const closed = await startHttpServer();
    const mirrorURL = closed.url;
    await closed.close();
    const error = await failure(() => refreshTrustRoots({ mirrorURL, rootPath, cachePath: join(dir, 'cache-a'), network }));
    expect(error.code).toBe('TRUST_ROOT_INVALID');
    expect(error.message).toMatch(new RegExp(`^could not refresh trust material from ${mirrorURL.replace(/[.]/g, '\\.')}: `));
    expect(error.message).not.toContain('\n');
  });

  it('refuses metadata that does not verify (a mirror answering garbage) instead of falling back', async () => {
    const server = await startHttpServer();
    server.route({ name: 'any', method: 'GET', path: /^\/.*$/, handler: () => ({ status: 200, body: '{"signed": {}, "signatures": []}' }) });
    try {
      const error = await failure(() => refreshTrustRoots({ mirrorURL: server.url, rootPath, cachePath: join(dir, 'cache-b'), network }));
      expect(error.code).toBe('TRUST_ROOT_INVALID');
      expect(error.message).toContain(`could not refresh trust material from ${server.url}`);
    } finally {
      await server.close();
    }
  });

  it('refuses a mirror that has no initial root (no seed ships for it and none is given)', async () => {
    const error = await failure(() => refreshTrustRoots({ mirrorURL: 'http://127.0.0.1:9', cachePath: join(dir, 'cache-c'), network }));
    expect(error.code).toBe('TRUST_ROOT_INVALID');
    expect(error.message).toContain('No root.json found for mirror');
  });
});
