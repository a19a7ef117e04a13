// Hashes a large batch of files on a small pool of worker threads. One JS thread hashes at most one
// core's worth (~1.2 GiB/s with SHA-NI), so big batches need every core. The pool lives for one call:
// nothing lingers to keep the process alive, and a failure terminates every worker.
import { Worker } from 'node:worker_threads';
import { ChainmailError } from '../core/errors.js';
import { WORKER_SOURCE } from './digest-worker.js';
import type { DigestAlgorithm } from './digest.js';

/**
 * A batch's answer: the hex digests of its files in order, algorithm by algorithm within a file (strings clone
 * faster than an object per file); a batch stops at its first unreadable file, named by its index.
 */
interface BatchResult {
  readonly id: number;
  readonly hex: readonly string[];
  readonly failed?: { readonly index: number; readonly error: string };
}

/** 4 MiB reads: large enough that syscalls vanish next to hashing, small enough per thread. */
const CHUNK_SIZE = 4 * 1024 * 1024;
/** Batches in flight per worker: the next one is queued while the current one is hashed. */
const IN_FLIGHT = 2;

export async function digestFilesInPool(
  paths: readonly string[],
  algorithms: readonly DigestAlgorithm[],
  threads: number,
): Promise<Record<string, string>[]> {
  const size = Math.max(1, Math.min(threads, paths.length));
  // Small batches balance big files across workers; many files share a message to amortize the postMessage.
  const batchSize = Math.max(1, Math.min(64, Math.ceil(paths.length / (size * 8))));
  const results: Record<string, string>[] = new Array<Record<string, string>>(paths.length);
  const workers: Worker[] = [];
  let next = 0;
  let pending = 0;

  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (e: unknown): void => {
        if (!failed) {
          failed = true;
          reject(e);
        }
      };
      const send = (worker: Worker): void => {
        if (failed || next >= paths.length) {
          if (pending === 0) resolve();
          return;
        }
        const start = next;
        next = Math.min(paths.length, next + batchSize);
        pending++;
        worker.postMessage({ id: start, paths: paths.slice(start, next), algorithms });
      };
      const onMessage = (worker: Worker, { id, hex, failed: unreadable }: BatchResult): void => {
        pending--;
        if (unreadable) {
          fail(new ChainmailError('PATH_UNREADABLE', `cannot read ${paths[id + unreadable.index]!}: ${unreadable.error}`));
          return;
        }
        const n = algorithms.length;
        for (let f = 0, h = 0; h < hex.length; f++) {
          const digests: Record<string, string> = {};
          for (let a = 0; a < n; a++) digests[algorithms[a]!] = hex[h++]!;
          results[id + f] = digests;
        }
        send(worker);
      };
      for (let w = 0; w < size; w++) {
        const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { chunkSize: CHUNK_SIZE } });
        workers.push(worker);
        worker.on('message', (m: BatchResult) => onMessage(worker, m));
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (!failed && (next < paths.length || pending > 0)) fail(new Error(`digest worker exited early with code ${code}`));
        });
        for (let k = 0; k < IN_FLIGHT; k++) send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
