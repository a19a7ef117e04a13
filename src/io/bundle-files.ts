import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ChainmailError } from '../core/errors.js';
import type { Candidate } from '../sigstore/verify/candidates.js';
import { bundlesInText } from './bundle-text.js';
import { readTextLimitedAs } from './read-text.js';

/** The largest bundle file read: far above any real bundle or JSONL of them, far below what hurts a runner. */
export const MAX_BUNDLE_FILE_BYTES = 64 * 1024 * 1024;

/** The names a directory's bundle files have; anything else in the directory is left alone. */
const BUNDLE_FILE = /\.(json|jsonl|sigstore)$/i;

/**
 * The candidate bundles at a path: a file (one JSON bundle, or JSON Lines of them) or a directory (every
 * *.json, *.jsonl and *.sigstore file in it, not recursing, in name order). `label` is how sources are
 * named (the path as the user gave it); `path` is where it is. A path that cannot be read fails whole.
 */
export async function bundlesAtPath(path: string, label = path): Promise<Candidate[]> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ChainmailError('PATH_NOT_FOUND', `bundle path ${label} does not exist`, { cause: error });
    throw new ChainmailError('PATH_UNREADABLE', `cannot read bundle path ${label}: ${code ?? (error as Error).message}`, { cause: error });
  }
  if (!isDirectory) return bundlesInText(await readBundleFile(path), label);
  const names = (await readdir(path, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && BUNDLE_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const candidates: Candidate[] = [];
  for (const name of names) candidates.push(...bundlesInText(await readBundleFile(join(path, name)), join(label, name)));
  return candidates;
}

function readBundleFile(path: string): Promise<string> {
  return readTextLimitedAs(path, MAX_BUNDLE_FILE_BYTES, 'PATH_UNREADABLE', 'bundle file');
}
