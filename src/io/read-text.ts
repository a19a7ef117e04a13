import { open } from 'node:fs/promises';
import { ChainmailError, type ChainmailErrorCode } from '../core/errors.js';

/**
 * A UTF-8 file of at most `maxBytes`, its size checked before it is read. A missing file is PATH_NOT_FOUND,
 * an unreadable one PATH_UNREADABLE, an oversized one `tooLarge`; `what` names the file in errors.
 */
export async function readTextLimitedAs(path: string, maxBytes: number, tooLarge: ChainmailErrorCode, what: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ChainmailError('PATH_NOT_FOUND', `${what} ${path} does not exist`, { cause: error });
    throw new ChainmailError('PATH_UNREADABLE', `cannot read ${what} ${path}: ${code ?? (error as Error).message}`, { cause: error });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new ChainmailError('PATH_UNREADABLE', `${what} ${path} is not a regular file`);
    if (info.size > maxBytes) throw new ChainmailError(tooLarge, `${what} ${path} is ${info.size} bytes; the limit is ${maxBytes} bytes`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
