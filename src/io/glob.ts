// Expands user glob patterns to the files they name, confined to the workspace.
//
// node:fs.glob's semantics, not @actions/glob: on 100,000 files @actions/glob takes ~6 s (one sequential stat
// and several minimatch calls per entry, plus ::debug:: lines on stdout). Patterns that recurse are matched over
// one parallel listing of their base (walk-tree.ts) with compiled patterns (glob-matcher.ts); others go to fs.glob.
// Semantics kept from actions/attest: a pattern naming a directory takes every file beneath it
// (implicit descendants), directories themselves are skipped, `!pattern` excludes. Differences:
// wildcards do not match dot-files (name them explicitly: `**/.*`), `**` does not descend into
// symlinked directories, and brace expansion works.
import type { Dirent } from 'node:fs';
import { glob, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ChainmailError } from '../core/errors.js';
import { compileGlob, type Matcher } from './glob-matcher.js';
import { assertInside, isInside, realWorkspace } from './safe-path.js';
import { visitTree, type TreeEntry } from './walk-tree.js';

export interface ExpandOptions {
  /** Patterns whose matches are dropped (also accepted inline as `!pattern`). */
  readonly excludes?: readonly string[];
  /** Accept a pattern that matches no file instead of failing. */
  readonly allowEmpty?: boolean;
  /** The input the patterns came from, named in errors. */
  readonly inputName?: string;
}

/** Absolute paths of the files matched by `patterns`, deduplicated and sorted. */
export async function expandPatterns(
  workspace: string,
  patterns: readonly string[],
  options: ExpandOptions = {},
): Promise<string[]> {
  const inputName = options.inputName ?? 'paths';
  const cwd = resolve(workspace);
  const ws = await realWorkspace(workspace);
  const includes = patterns.filter((p) => !p.startsWith('!')).map((p) => toGlob(cwd, p));
  const exclude = [...(options.excludes ?? []), ...patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))]
    .map((p) => toGlob(cwd, p));
  const realDirs = new Map<string, string>();
  const found = new Set<string>();
  const excluded = exclusionTest(cwd, exclude);
  const plans = await Promise.all(includes.map((pattern) => planPattern(cwd, pattern)));

  // A recursive pattern, or a literal directory (standing for every file beneath it): its literal base is listed
  // once, shared by every pattern with that base (excluded directories pruned), and each entry is matched against
  // their compiled patterns (fs.glob's semantics) as its directory's listing arrives, which fills the waits for
  // readdir; fs.glob would walk the tree again for every pattern.
  const listings = new Map<string, Promise<string>>();
  for (const plan of plans) {
    if (plan.baseRel === undefined || listings.has(plan.baseRel)) continue;
    const listing = matchTree(cwd, plan.baseRel, plans.filter((p) => p.baseRel === plan.baseRel), excluded);
    listing.catch(() => undefined); // awaited below, in pattern order; an earlier pattern's error may come first
    listings.set(plan.baseRel, listing);
  }

  for (const [i, plan] of plans.entries()) {
    let matched = 0;
    const accept = (path: string, real: string | typeof INSIDE | undefined): void => {
      if (real === undefined) return; // a directory, a broken symlink, a socket: not a subject
      if (!found.has(path)) {
        if (real !== INSIDE) assertInside(ws, path, real, options.inputName);
        found.add(path);
      }
      matched++;
    };
    if (plan.baseRel !== undefined) {
      const baseRel = plan.baseRel;
      const realBase = await (listings.get(baseRel) as Promise<string>);
      // The walk enters no symlinked directory, so below the (resolved) base every directory is real: a file
      // beneath a base inside the workspace is inside it, and only a base outside needs each file's real path
      // (to name the first in the error).
      const baseInside = isInside(ws, realBase);
      for (const { rel, kind } of plan.hits) {
        const path = fromPosix(cwd, rel);
        if (kind === 'symlink') accept(path, await realFileOfLink(path));
        else accept(path, baseInside ? INSIDE : fromPosix(realBase, baseRel === '' ? rel : rel.slice(baseRel.length + 1)));
      }
    } else {
      for await (const entry of glob(plan.globs, { cwd, exclude, withFileTypes: true })) {
        const path = join(entry.parentPath, entry.name);
        accept(path, found.has(path) ? path : await realFile(entry, path, realDirs));
      }
    }
    if (matched === 0 && !options.allowEmpty) {
      const original = patterns.filter((p) => !p.startsWith('!'))[i];
      throw new ChainmailError('PATH_NOT_FOUND', `${inputName}: ${original} matched no file`);
    }
  }
  return [...found].sort();
}

interface PatternPlan {
  /** The pattern and, for one naming a directory, `P/**` too: it stands for every file beneath it. */
  readonly globs: readonly string[];
  /** The workspace-relative base to list, for a recursive pattern; fs.glob expands the others. */
  readonly baseRel: string | undefined;
  /** Files and symlinks below the base that the pattern matches and no exclude does (recursive patterns). */
  readonly hits: TreeEntry[];
}

async function planPattern(cwd: string, pattern: string): Promise<PatternPlan> {
  const globs = pattern === '**' || pattern.endsWith('/**') ? [pattern] : [pattern, `${pattern}/**`];
  const recursive = !isAbsolute(pattern) && (pattern.includes('**') || (literalBase(pattern) === pattern && (await isDirectory(resolve(cwd, pattern)))));
  const baseRel = recursive ? toPosix(relative(cwd, resolve(cwd, literalBase(pattern)))) : undefined;
  return { globs, baseRel, hits: [] };
}

/**
 * Lists the base `baseRel` once and fills each plan's hits; resolves with the base's real path (the path
 * itself when it does not exist, which has no entries).
 */
async function matchTree(cwd: string, baseRel: string, plans: readonly PatternPlan[], excluded: Exclusions): Promise<string> {
  const dir = resolve(cwd, baseRel);
  const realBase = await realpath(dir).catch(() => undefined);
  // Pruning leaves out every excluded directory below the base: only the base itself, and each file, remain to test.
  if (realBase === undefined || excluded.directory(baseRel)) return realBase ?? dir;
  const matchers = plans.map((plan) => plan.globs.map(compileGlob));
  await visitTree(dir, { prefix: baseRel, prune: excluded.directory }, (entry) => {
    if (entry.kind !== 'file' && entry.kind !== 'symlink') return;
    let excludedPath: boolean | undefined;
    for (let p = 0; p < plans.length; p++) {
      if (!(matchers[p] as Matcher[]).some((m) => m(entry.rel))) continue;
      excludedPath ??= excluded.path(entry.rel);
      if (excludedPath) return;
      (plans[p] as PatternPlan).hits.push(entry);
    }
  });
  return realBase;
}

/** Stands for the real path of a file known to be inside the workspace. */
const INSIDE = Symbol('inside the workspace');

/** Workspace-relative glob for fs.glob; absolute patterns inside the workspace are made relative. */
function toGlob(cwd: string, pattern: string): string {
  const p = pattern.trim();
  if (isAbsolute(p) && (p === cwd || p.startsWith(cwd + sep))) return relative(cwd, p) || '.';
  return p;
}

/** The real path of a regular file (following symlinks), or undefined for anything else. */
async function realFile(entry: Dirent, path: string, realDirs: Map<string, string>): Promise<string | undefined> {
  if (entry.isFile()) {
    // A plain file: only its directory can hide a symlink, and directories repeat, so cache them.
    let dir = realDirs.get(entry.parentPath);
    if (dir === undefined) {
      dir = await realpath(entry.parentPath);
      realDirs.set(entry.parentPath, dir);
    }
    return join(dir, entry.name);
  }
  return entry.isSymbolicLink() ? realFileOfLink(path) : undefined;
}

/** The real path of the file a symlink leads to, or undefined when it is broken or leads to anything else. */
async function realFileOfLink(path: string): Promise<string | undefined> {
  try {
    const [info, real] = await Promise.all([stat(path), realpath(path)]);
    return info.isFile() ? real : undefined;
  } catch {
    return undefined; // broken symlink: skipped, as actions/attest does
  }
}

/** The directories of a pattern before its first segment with glob syntax (none for a pattern that starts with one). */
function literalBase(pattern: string): string {
  const segments = pattern.split('/');
  const magic = segments.findIndex((segment) => /[*?[\]{}()!+@]/.test(segment));
  return segments.slice(0, magic === -1 ? segments.length : magic).join('/');
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isDirectory(), () => false);
}

/**
 * Whether a workspace-relative path is excluded: a directory when it or one above it matches an exclude pattern
 * (fs.glob prunes excluded directories, and so does the walk), a file when it matches one itself. Directory
 * answers are remembered; trees repeat them.
 */
function exclusionTest(cwd: string, excludes: readonly string[]): Exclusions {
  if (excludes.length === 0) return { directory: () => false, path: () => false };
  const matchers = excludes.map((p) => compileGlob(isAbsolute(p) ? toPosix(relative(cwd, p)) : p));
  const dirs = new Map<string, boolean>();
  const matchesAny = (path: string): boolean => matchers.some((m) => m(path));
  const directory = (dir: string): boolean => {
    if (dir === '' || dir === '.') return false;
    let answer = dirs.get(dir);
    if (answer === undefined) {
      const slash = dir.lastIndexOf('/');
      answer = directory(slash === -1 ? '' : dir.slice(0, slash)) || matchesAny(dir);
      dirs.set(dir, answer);
    }
    return answer;
  };
  return { directory, path: matchesAny };
}

interface Exclusions {
  /** A directory: excluded itself or by one above it. */
  readonly directory: (rel: string) => boolean;
  /** The path itself matches an exclude pattern (its directories not considered). */
  readonly path: (rel: string) => boolean;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** `dir` joined with a `/`-separated relative path; a concatenation where the separator is already `/`. */
function fromPosix(dir: string, rel: string): string {
  if (rel === '') return dir;
  return sep === '/' ? (dir.endsWith('/') ? `${dir}${rel}` : `${dir}/${rel}`) : join(dir, rel);
}
