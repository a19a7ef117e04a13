import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The part of @actions/cache this uses. */
export interface CacheService {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

/**
 * Persists the TUF metadata cache across workflow runs with actions/cache: restored before a refresh (so
 * only changed metadata is downloaded, and rollbacks are detected against what earlier runs saw), saved after
 * under a key naming the metadata it holds. The cache is an optimisation: its failures are warnings only.
 */
export function persistentTufCache(cache: CacheService, log: { info: (line: string) => void; warning: (line: string) => void }) {
  return async <T>(cachePath: string, mirror: string, refresh: () => Promise<T>): Promise<T> => {
    if (!cache.isFeatureAvailable()) return refresh();
    const prefix = `chainmail-tuf-v1-${createHash('sha256').update(mirror).digest('hex').slice(0, 16)}-`;
    let restored: string | undefined;
    try {
      restored = await cache.restoreCache([cachePath], `${prefix}latest`, [prefix]);
      if (restored) log.info(`Restored the TUF metadata cache ${restored}`);
    } catch (error) {
      log.warning(`could not restore the TUF metadata cache: ${(error as Error).message}`);
    }
    const result = await refresh();
    const key = `${prefix}${await fingerprint(cachePath)}`;
    if (key !== restored) {
      try {
        await cache.saveCache([cachePath], key);
      } catch (error) {
        log.warning(`could not save the TUF metadata cache: ${(error as Error).message}`);
      }
    }
    return result;
  };
}

/** A digest of the cached metadata files: the key changes exactly when the metadata does. */
async function fingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (path: string): Promise<void> => {
    const entries = (await readdir(path, { withFileTypes: true }).catch(() => [])).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (entry.name.endsWith('.json')) hash.update(entry.name).update(await readFile(child));
    }
  };
  await walk(dir);
  return hash.digest('hex').slice(0, 32);
}
