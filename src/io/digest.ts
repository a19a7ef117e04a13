// Streaming file digests with node:crypto (OpenSSL, SHA-NI where the CPU has it). Every requested
// algorithm is fed from the same read, so sha256 + sha512 costs one pass over the file.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { ChainmailError } from '../core/errors.js';
import { mapLimit } from '../core/map-limit.js';
import { digestFilesInPool } from './digest-pool.js';

export type DigestAlgorithm = 'sha256' | 'sha384' | 'sha512';

export const DIGEST_ALGORITHMS: readonly DigestAlgorithm[] = ['sha256', 'sha384', 'sha512'];

export interface DigestFilesOptions {
  readonly algorithms?: readonly DigestAlgorithm[];
  /** Hashing threads; defaults to os.availableParallelism(). 1 keeps everything on the calling thread. */
  readonly concurrency?: number;
}

/** Below this many files a worker pool's start-up (~20 ms per thread) outweighs what it saves. */
export const POOL_MIN_FILES = 32;
/** 4 MiB chunks, two of them: one is read by libuv while the other is hashed on this thread. */
const CHUNK_SIZE = 4 * 1024 * 1024;
/** Files open at once on the calling thread: enough to keep reads and hashing overlapped. */
const MAIN_THREAD_FILES = 4;

/** Hex digests of one file, one entry per algorithm, computed in a single read pass. */
export async function digestFile(
  path: string,
  algorithms: readonly DigestAlgorithm[] = ['sha256'],
): Promise<Record<string, string>> {
  const hashes = algorithms.map((a) => createHash(a));
  try {
    const file = await open(path, 'r');
    try {
      // Size the buffers to the file so thousands of small files do not each pin 8 MiB.
      const { size } = await file.stat();
      const length = Math.max(64 * 1024, Math.min(CHUNK_SIZE, size + 1));
      let current = Buffer.allocUnsafe(length);
      let spare = Buffer.allocUnsafe(length);
      let reading = file.read(current, 0, length, null);
      for (;;) {
        const { bytesRead } = await reading;
        if (bytesRead === 0) break;
        const chunk = current.subarray(0, bytesRead);
        [current, spare] = [spare, current];
        // Start the next read before hashing this chunk: I/O and hashing overlap.
        reading = file.read(current, 0, length, null);
        for (const h of hashes) h.update(chunk);
      }
    } finally {
      await file.close();
    }
  } catch (e) {
    throw new ChainmailError('PATH_UNREADABLE', `cannot read ${path}: ${(e as Error).message}`, { cause: e });
  }
  return Object.fromEntries(algorithms.map((a, i) => [a, hashes[i]!.digest('hex')]));
}

/** Digests of many files, in input order. Large batches are spread over worker threads. */
export async function digestFiles(
  paths: readonly string[],
  options: DigestFilesOptions = {},
): Promise<Record<string, string>[]> {
  const algorithms = options.algorithms ?? ['sha256'];
  const threads = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
  if (threads > 1 && paths.length >= POOL_MIN_FILES) {
    return digestFilesInPool(paths, algorithms, threads);
  }
  // A few files at once on this thread keep reads and hashing overlapped; the first failure stops the rest.
  return mapLimit(paths, MAIN_THREAD_FILES, (path) => digestFile(path, algorithms));
}
