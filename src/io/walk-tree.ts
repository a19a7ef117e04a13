// Lists a directory tree with several readdirs in flight. node:fs's own `readdir({ recursive: true })` reads one
// directory after another (~3,500 directories of node_modules: 0.35-0.65 s here, 0.2 s even in its sync form);
// 16 at a time it takes ~0.07 s.
import { readdir } from 'node:fs/promises';
import { ChainmailError } from '../core/errors.js';

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface TreeEntry {
  /** The path below the walked directory, `/`-separated, prefixed with `options.prefix`. */
  readonly rel: string;
  readonly kind: EntryKind;
}

export interface WalkOptions {
  /** Put before every `rel` (e.g. the walked directory's own workspace-relative path). */
  readonly prefix?: string;
  /** A directory (its `rel`) whose contents are skipped; it is still listed. */
  readonly prune?: (rel: string) => boolean;
  /** readdir calls in flight. */
  readonly concurrency?: number;
}

const CONCURRENCY = 16;

/**
 * Every entry beneath `dir`, in no particular order. Symlinked directories are listed as symlinks and not
 * entered (as fs.glob's `**` does). A missing `dir` (or a file) has no entries; a directory below it that
 * cannot be read is an error (PATH_UNREADABLE naming it): a tree recorded with a hole in it would be a silent lie.
 */
export async function walkTree(dir: string, options: WalkOptions = {}): Promise<TreeEntry[]> {
  const entries: TreeEntry[] = [];
  await visitTree(dir, options, (entry) => entries.push(entry));
  return entries;
}

/**
 * walkTree's walk, handing each entry to `visit` as its directory's listing arrives: a caller that keeps few of
 * them works while readdirs are in flight, and holds no list of the whole tree. A visit that throws ends the walk
 * with its error.
 */
export async function visitTree(dir: string, options: WalkOptions, visit: (entry: TreeEntry) => void): Promise<void> {
  const prefix = options.prefix ?? '';
  const limit = options.concurrency ?? CONCURRENCY;
  const queue: { path: string; rel: string }[] = [{ path: dir, rel: prefix }];
  let running = 0;

  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const pump = (): void => {
      while (!failed && running < limit && queue.length > 0) {
        const next = queue.pop() as { path: string; rel: string };
        running++;
        readdir(next.path, { withFileTypes: true }).then((dirents) => {
          running--;
          try {
            for (const d of dirents) {
              const rel = next.rel === '' ? d.name : `${next.rel}/${d.name}`;
              const kind: EntryKind = d.isFile() ? 'file' : d.isDirectory() ? 'directory' : d.isSymbolicLink() ? 'symlink' : 'other';
              visit({ rel, kind });
              if (kind === 'directory' && !(options.prune?.(rel) ?? false)) queue.push({ path: `${next.path}/${d.name}`, rel });
            }
          } catch (error) {
            // A prune test or visit that throws ends the walk with its error, rather than leaving it waiting forever.
            failed = true;
            reject(error);
            return;
          }
          if (running === 0 && queue.length === 0) resolve();
          else pump();
        }, (error: NodeJS.ErrnoException) => {
          running--;
          if (next.path === dir && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) {
            if (running === 0 && queue.length === 0) resolve();
            return;
          }
          failed = true;
          reject(new ChainmailError('PATH_UNREADABLE', `cannot list the directory ${next.path}: ${error.message}`, { cause: error }));
        });
      }
    };
    pump();
  });
}
