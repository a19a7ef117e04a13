// Confines user-supplied paths to the workspace. The check is made on real paths (every symlink
// resolved, the workspace's own included), so neither `..` nor a symlink can lead out, and it compares
// whole path segments, so /ws-evil is not inside /ws.
import { lstat, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ChainmailError } from '../core/errors.js';

export interface ResolveOptions {
  /** Allow a path that does not exist yet (an output file): its nearest existing ancestor is confined. */
  readonly allowMissing?: boolean;
  /** The input the path came from, named first in errors ("subject-path: ..."). */
  readonly inputName?: string;
}

/** True when `real` is `root` or lies beneath it; both must be real, absolute paths. */
export function isInside(root: string, real: string): boolean {
  // Real paths are normalized, so on POSIX a prefix test is exact (path.relative costs ~2 µs a file).
  if (sep === '/') return real === root || real.startsWith(root === '/' ? '/' : `${root}/`);
  const rel = relative(root, real);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The real path of the workspace itself; a missing workspace is a PATH_NOT_FOUND. */
export async function realWorkspace(workspace: string): Promise<string> {
  try {
    return await realpath(resolve(workspace));
  } catch (e) {
    throw fsError(e, workspace, 'workspace ');
  }
}

/** Resolves `path` (absolute, or relative to the workspace) to its real path, refusing any path that leaves. */
export async function resolveInWorkspace(workspace: string, path: string, options: ResolveOptions = {}): Promise<string> {
  const ws = await realWorkspace(workspace);
  const absolute = resolve(workspace, path);
  let real: string;
  try {
    real = options.allowMissing ? await realpathAllowMissing(absolute, 0) : await realpath(absolute);
  } catch (e) {
    throw fsError(e, path, '', options.inputName);
  }
  assertInside(ws, path, real, options.inputName);
  return real;
}

/** Throws PATH_OUTSIDE_WORKSPACE unless `real` lies in the (real) workspace `ws`. */
export function assertInside(ws: string, path: string, real: string, inputName?: string): void {
  if (!isInside(ws, real)) {
    throw new ChainmailError('PATH_OUTSIDE_WORKSPACE', `${prefix(inputName)}${path} resolves to ${real}, outside the workspace ${ws}`);
  }
}

/**
 * realpath for a path that may not exist: missing trailing segments are appended to the real path of
 * the nearest existing ancestor. A dangling symlink is followed to its target, so a later write through
 * it cannot land outside the workspace.
 */
async function realpathAllowMissing(path: string, depth: number): Promise<string> {
  try {
    return await realpath(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || depth > 40) throw e;
  }
  const stat = await lstat(path).catch(() => undefined);
  if (stat?.isSymbolicLink()) {
    return realpathAllowMissing(resolve(dirname(path), await readlink(path)), depth + 1);
  }
  const parent = dirname(path);
  if (parent === path) return path;
  return join(await realpathAllowMissing(parent, depth + 1), basename(path));
}

function fsError(e: unknown, path: string, what = '', inputName?: string): ChainmailError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new ChainmailError('PATH_NOT_FOUND', `${prefix(inputName)}${what}${path} does not exist`, { cause: e });
  }
  return new ChainmailError('PATH_UNREADABLE', `${prefix(inputName)}cannot read ${what}${path}: ${(e as Error).message}`, { cause: e });
}

function prefix(inputName: string | undefined): string {
  return inputName ? `${inputName}: ` : '';
}
