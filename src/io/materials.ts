// Records a step's materials or products: the files the patterns match in the workspace, named as in-toto
// names them and hashed with sha256. Globbing confines every match to the workspace (symlinks out are refused);
// hashing runs on a worker per core, or on this thread when line endings are normalized.
import { relative, resolve, sep } from 'node:path';
import { relativeName, stripNames } from '../core/attest-step/artifact-names.js';
import type { LinkMaterial } from '../core/predicates/link/v0.3/index.js';
import { expandPatterns } from './glob.js';
import { digestFilesNormalized } from './line-endings.js';
import { digestFiles } from './digest.js';

/** Left out of every record: a checkout's repository database is not a material of a step. */
export const DEFAULT_EXCLUDES: readonly string[] = ['.git/**', '**/.git/**'];

export interface RecordOptions {
  readonly workspace: string;
  readonly patterns: readonly string[];
  /** Patterns whose matches are left out, in addition to DEFAULT_EXCLUDES. */
  readonly excludes?: readonly string[];
  /** A pattern that matches nothing is fine (otherwise PATH_NOT_FOUND naming it). */
  readonly allowEmpty?: boolean;
  /** The input the patterns came from, named in errors (`materials`, `products`). */
  readonly inputName: string;
  readonly lstripPaths?: readonly string[];
  readonly normalizeLineEndings?: boolean;
  /** Hashing threads; defaults to every core. */
  readonly concurrency?: number;
}

/** The matched files as link descriptors {name, digest: {sha256}}, in path order. No patterns: none. */
export async function recordArtifacts(options: RecordOptions): Promise<LinkMaterial[]> {
  if (options.patterns.length === 0) return [];
  const files = await expandPatterns(options.workspace, options.patterns, {
    excludes: [...DEFAULT_EXCLUDES, ...(options.excludes ?? [])],
    allowEmpty: options.allowEmpty ?? false,
    inputName: options.inputName,
  });
  const root = resolve(options.workspace);
  // Every match lies under the workspace path (expandPatterns' paths start with it): slicing is path.relative's
  // answer without its cost per file.
  const under = root.endsWith(sep) ? root : `${root}${sep}`;
  const relativePath = (f: string): string => (f.startsWith(under) ? f.slice(under.length) : relative(root, f));
  const names = stripNames(files.map((f) => relativeName(relativePath(f))), options.lstripPaths ?? [], options.inputName);
  const digests = options.normalizeLineEndings
    ? await digestFilesNormalized(files)
    : await digestFiles(files, options.concurrency === undefined ? {} : { concurrency: options.concurrency });
  return names.map((name, i) => ({ name, digest: { sha256: digests[i]!.sha256! } }));
}
