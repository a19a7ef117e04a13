import { open } from 'node:fs/promises';
import { ChainmailError } from '../core/errors.js';

/**
 * Reads a UTF-8 file of at most `maxBytes`, checking the size before reading so a huge file is refused
 * without loading it. `source` names the input in errors.
 */
export async function readTextLimited(path: string, maxBytes: number, source: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new ChainmailError('PATH_UNREADABLE', `${source}: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
  try {
    const { size, isFile } = await handle.stat().then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (!isFile) throw new ChainmailError('PATH_UNREADABLE', `${source}: ${path} is not a regular file`);
    if (size > maxBytes) {
      throw new ChainmailError('PREDICATE_INVALID', `${source}: ${path} is ${size} bytes; the limit is ${maxBytes} bytes`);
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
