// The hashing worker, as plain JavaScript source run with `new Worker(source, { eval: true })`.
// It is a string, not a module path: a worker file would need a bundle entry of its own in every action that
// hashes, found at runtime by a path relative to the bundle, and under jest there is no compiled .js at all. The
// code is self-contained (built-in modules through process.getBuiltinModule, nothing of ours), so it behaves
// the same in both places.
//
// Protocol: the parent posts { id, paths, algorithms }; the worker answers { id, hex }, the hex digests of the
// files in order (a file's algorithms in the order asked), or, at the first file it cannot read,
// { id, hex, failed: { index, error } } (the error is a message string; the parent builds the ChainmailError).
// Reads are synchronous on purpose: this thread exists only to hash, and sync reads from the page cache
// avoid a libuv round trip per chunk, which matters for thousands of small files.

export const WORKER_SOURCE = String.raw`
'use strict';
const { createHash, hash } = process.getBuiltinModule('node:crypto');
const { openSync, readSync, closeSync } = process.getBuiltinModule('node:fs');
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');

const buffer = Buffer.allocUnsafe(workerData.chunkSize);

/** Appends the file's hex digests to out. */
function hashFile(path, algorithms, out) {
  const fd = openSync(path, 'r');
  try {
    let filled = readSync(fd, buffer, 0, buffer.length, null);
    if (filled < buffer.length) {
      // Most files fit in one read. Once a second read confirms the end, they are hashed in one call each
      // (crypto.hash), without a Hash object per file: a tenth of the work on a tree of small files.
      const more = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (more === 0) {
        const whole = buffer.subarray(0, filled);
        for (const a of algorithms) out.push(hash(a, whole, 'hex'));
        return;
      }
      filled += more; // a short read, or a file that grew: stream the rest
    }
    const hashes = algorithms.map((a) => createHash(a));
    while (filled > 0) {
      const chunk = filled === buffer.length ? buffer : buffer.subarray(0, filled);
      for (const h of hashes) h.update(chunk);
      filled = readSync(fd, buffer, 0, buffer.length, null);
    }
    for (const h of hashes) out.push(h.digest('hex'));
  } finally {
    closeSync(fd);
  }
}

parentPort.on('message', ({ id, paths, algorithms }) => {
  const hex = [];
  for (let i = 0; i < paths.length; i++) {
    try {
      hashFile(paths[i], algorithms, hex);
    } catch (e) {
      parentPort.postMessage({ id, hex, failed: { index: i, error: e && e.message ? e.message : String(e) } });
      return;
    }
  }
  parentPort.postMessage({ id, hex });
});
`;
