import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { persistentTufCache, type CacheService } from '../../../src/actions/verify-chain/tuf-cache.js';
import { makeTempDir, removeDir } from '../../support/temp-tree.js';

/** An in-memory actions/cache: keys to nothing but their existence, and a log of calls. */
function fakeCache(existing: string[] = [], options: { available?: boolean; failSave?: boolean } = {}) {
  const calls: string[] = [];
  const keys = new Set(existing);
  const service = {
    isFeatureAvailable: () => options.available ?? true,
    async restoreCache(_paths: string[], primaryKey: string, restoreKeys: string[] = []) {
      calls.push(`restore ${primaryKey}`);
      return [...keys].find((k) => k === primaryKey || restoreKeys.some((p) => k.startsWith(p)));
    },
    async saveCache(_paths: string[], key: string) {
      calls.push(`save ${key}`);
      if (options.failSave) throw new Error('cache service unavailable');
      keys.add(key);
      return 1;
    },
  } satisfies CacheService;
  return { service, calls, keys };
}

const log = () => {
  const lines: string[] = [];
  return { lines, sink: { info: (l: string) => lines.push(`info ${l}`), warning: (l: string) => lines.push(`warning ${l}`) } };
};

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map(removeDir));
  dirs = [];
});

async function metadataDir(content: string): Promise<string> {
  const dir = await makeTempDir('chainmail-tuf-cache-');
  dirs.push(dir);
  await mkdir(join(dir, 'sub'), { recursive: true });
  await writeFile(join(dir, 'timestamp.json'), content);
  return dir;
}

describe('the TUF metadata cache across workflow runs', () => {
  it('restores before the refresh and saves under a key naming the metadata after it', async () => {
    const dir = await metadataDir('{"v":1}');
    const { service, calls, keys } = fakeCache();
    const result = await persistentTufCache(service, log().sink)(dir, 'https://tuf.example', async () => 'refreshed');
    expect(result).toBe('refreshed');
    expect(calls[0]).toMatch(/^restore chainmail-tuf-v1-[0-9a-f]{16}-latest$/);
    expect(calls[1]).toMatch(/^save chainmail-tuf-v1-[0-9a-f]{16}-[0-9a-f]{32}$/);
    expect(keys.size).toBe(1);
  });

  it('does not save again when the refresh left the metadata as it was restored', async () => {
    const dir = await metadataDir('{"v":1}');
    const first = fakeCache();
    await persistentTufCache(first.service, log().sink)(dir, 'https://tuf.example', async () => undefined);
    const second = fakeCache([...first.keys]);
    await persistentTufCache(second.service, log().sink)(dir, 'https://tuf.example', async () => undefined);
    expect(second.calls.filter((c) => c.startsWith('save'))).toEqual([]);
  });

  it('keeps caches of different mirrors apart', async () => {
    const dir = await metadataDir('{"v":1}');
    const a = fakeCache();
    await persistentTufCache(a.service, log().sink)(dir, 'https://tuf-a.example', async () => undefined);
    const b = fakeCache([...a.keys]);
    await persistentTufCache(b.service, log().sink)(dir, 'https://tuf-b.example', async () => undefined);
    expect(b.calls.some((c) => c.startsWith('save'))).toBe(true);
  });

  it('treats a failing cache service as a warning, never as a failed verification', async () => {
    const dir = await metadataDir('{"v":2}');
    const { service } = fakeCache([], { failSave: true });
    const output = log();
    await expect(persistentTufCache(service, output.sink)(dir, 'https://tuf.example', async () => 'ok')).resolves.toBe('ok');
    expect(output.lines).toEqual(['warning could not save the TUF metadata cache: cache service unavailable']);
  });

  it('just refreshes where the runner has no cache service', async () => {
    const { service, calls } = fakeCache([], { available: false });
    await expect(persistentTufCache(service, log().sink)('/nonexistent', 'https://tuf.example', async () => 'ok')).resolves.toBe('ok');
    expect(calls).toEqual([]);
  });

  it('lets a failed refresh fail (closed), after restoring', async () => {
    const dir = await metadataDir('{"v":3}');
    const { service, calls } = fakeCache();
    await expect(persistentTufCache(service, log().sink)(dir, 'https://tuf.example', async () => { throw new Error('mirror down'); })).rejects.toThrow('mirror down');
    expect(calls.filter((c) => c.startsWith('save'))).toEqual([]);
  });
});
