// Digests with line endings normalized the way in-toto does it (securesystemslib.hash.digest_fileobject with
// normalize_line_endings=True): every CRLF becomes LF, then every remaining CR becomes LF. It applies to every
// file recorded, text or not, exactly as in-toto-run --normalize-line-endings does, so digests agree with links
// in-toto records; turn it on only for trees whose files are text. A CR at the end of one read is carried to
// the next, so a CRLF split across two reads still counts as one line ending.
import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { ChainmailError } from '../core/errors.js';
import { mapLimit } from '../core/map-limit.js';
import type { DigestAlgorithm } from './digest.js';

const CR = 13;
const LF = 10;
const NEWLINE = Buffer.from([LF]);
const CHUNK_SIZE = 1024 * 1024;
/** Files hashed at once: reads overlap with hashing on this thread. */
const CONCURRENCY = 8;

/** Feeds `chunk` to the hashes with CRLF and CR turned into LF; returns whether the chunk ended with a CR. */
export function updateNormalized(hashes: readonly Hash[], chunk: Uint8Array, afterCR: boolean): boolean {
  let start = afterCR && chunk[0] === LF ? 1 : 0;
  const update = (part: Uint8Array): void => {
    if (part.length > 0) for (const h of hashes) h.update(part);
  };
  for (let cr = chunk.indexOf(CR, start); cr >= 0; cr = chunk.indexOf(CR, start)) {
    update(chunk.subarray(start, cr));
    update(NEWLINE);
    start = chunk[cr + 1] === LF ? cr + 2 : cr + 1;
  }
  update(chunk.subarray(start));
  return chunk.length > 0 ? chunk[chunk.length - 1] === CR : afterCR;
}

/** Hex digests of one file with normalized line endings. */
export async function digestFileNormalized(path: string, algorithms: readonly DigestAlgorithm[] = ['sha256']): Promise<Record<string, string>> {
  const hashes = algorithms.map((a) => createHash(a));
  try {
    const file = await open(path, 'r');
    try {
      const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
      let afterCR = false;
      for (;;) {
        const { bytesRead } = await file.read(buffer, 0, CHUNK_SIZE, null);
        if (bytesRead === 0) break;
        afterCR = updateNormalized(hashes, buffer.subarray(0, bytesRead), afterCR);
      }
    } finally {
      await file.close();
    }
  } catch (e) {
    throw new ChainmailError('PATH_UNREADABLE', `cannot read ${path}: ${(e as Error).message}`, { cause: e });
  }
  return Object.fromEntries(algorithms.map((a, i) => [a, hashes[i]!.digest('hex')]));
}

/** Normalized digests of many files, in input order. */
export function digestFilesNormalized(paths: readonly string[], algorithms: readonly DigestAlgorithm[] = ['sha256']): Promise<Record<string, string>[]> {
  return mapLimit(paths, CONCURRENCY, (path) => digestFileNormalized(path, algorithms));
}
