import { walkTree } from '../io/walk-tree.js';

/** Directories that hold installed or generated copies of dependencies, never the project's own lockfiles. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', '.git', 'vendor', 'target', '.venv', 'venv', '__pycache__']);

/**
 * Every regular file under `root` whose relative path (`/`-separated) `wanted` accepts, in sorted order.
 * Skips SKIPPED_DIRECTORIES and every symbolic link, so a link cannot lead the scan out of the repository; a
 * directory that cannot be listed fails the scan (PATH_UNREADABLE naming it).
 */
export async function findFiles(root: string, wanted: (relative: string) => boolean): Promise<string[]> {
  const entries = await walkTree(root, { prune: (rel) => SKIPPED_DIRECTORIES.has(rel.slice(rel.lastIndexOf('/') + 1)) });
  const found = entries.filter((e) => e.kind === 'file' && wanted(e.rel)).map((e) => e.rel);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
