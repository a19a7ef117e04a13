// Writes a file so that readers see either the old content or the whole new content, never a torn
// file: write a temporary sibling (same directory, so the rename stays on one filesystem), fsync it,
// then rename it over the target.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ChainmailError } from '../core/errors.js';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    await mkdir(dir, { recursive: true });
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
    throw new ChainmailError('WRITE_FAILED', `cannot write ${path}: ${(e as Error).message}`, { cause: e });
  }
}
