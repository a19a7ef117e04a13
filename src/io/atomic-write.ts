// Writes a file so that readers see either the old content or the whole new content, never a torn
// file: write a temporary sibling (same directory, so the rename stays on one filesystem), fsync it,
// then rename it over the target.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ChainmailError } from '../core/errors.js';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempSibling(path);
  let created = false;
  try {
    await mkdir(dirname(path), { recursive: true });
    // 'wx': never reuse an existing file, even one planted under our unlikely name.
    const file = await open(temp, 'wx', 0o644);
    created = true;
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (e) {
    if (created) await rm(temp, { force: true }).catch(() => undefined);
    throw writeFailed(path, e);
  }
}

/**
 * The same, blocking: for a CLI's last step, where nothing else waits on the event loop and returning to it
 * would only let a pending garbage collection run before the process exits (10-15 ms after a large SBOM).
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const temp = tempSibling(path);
  let created = false;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(temp, 'wx', 0o644);
    created = true;
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    if (created) rmSync(temp, { force: true });
    throw writeFailed(path, e);
  }
}

function tempSibling(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

function writeFailed(path: string, cause: unknown): ChainmailError {
  return new ChainmailError('WRITE_FAILED', `cannot write ${path}: ${(cause as Error).message}`, { cause });
}
