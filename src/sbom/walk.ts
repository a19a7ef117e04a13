import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ChainmailError } from '../core/errors.js';

/** Directories that hold installed or generated copies of dependencies, never the project's own lockfiles. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', '.git', 'vendor', 'target', '.venv', 'venv', '__pycache__']);

/**
 * Every regular file under `root` whose relative path (`/`-separated) `wanted` accepts, in sorted order.
 * Skips SKIPPED_DIRECTORIES and every symbolic link, so a link cannot lead the scan out of the repository.
 */
export async function findFiles(root: string, wanted: (relative: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const relative = pending.pop() as string;
    // readdir, not opendir: a repository's directories are small, and opendir's Dir loads another internal module.
    let entries;
    try {
      entries = await readdir(join(root, relative), { withFileTypes: true });
    } catch (error) {
      throw new ChainmailError('PATH_UNREADABLE', `cannot read the directory ${join(root, relative)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
    }
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(path);
      } else if (entry.isFile() && wanted(path)) {
        found.push(path);
      }
    }
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
