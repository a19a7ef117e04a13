import { basename, join, relative, sep } from 'node:path';
import { ChainmailError } from '../core/errors.js';
import { mergeLockfiles } from '../core/sbom/merge.js';
import type { ParsedLockfile, RootComponent, SbomGraph } from '../core/sbom/model.js';
import { lockfileKind, LOCKFILE_PARSERS, MANIFESTS, type LockfileKind } from '../core/sbom/parsers/index.js';
import { readTextLimitedAs } from '../io/read-text.js';
import { realWorkspace, resolveInWorkspace } from '../io/safe-path.js';
import { declaresDependencies } from './manifest-dependencies.js';
import { addNodeModulesLicenses } from './node-modules-licenses.js';
import { findFiles } from './walk.js';

export interface ScanOptions {
  /** Lockfiles to read (absolute, or relative to the directory) instead of detecting every one. */
  readonly lockfiles?: readonly string[];
  /** Fill in npm licenses from node_modules when it is present (default true). */
  readonly includeLicenses?: boolean;
}

export interface ScanResult {
  readonly graph: SbomGraph;
  readonly parsed: readonly ParsedLockfile[];
  /** Manifests that declare dependencies with no lockfile of their ecosystem beside or above them. */
  readonly manifestsWithoutLockfile: readonly string[];
  /** The workflow and action files read for `uses:` (a subset of the parsed lockfiles). */
  readonly workflows: readonly string[];
}

/** Size caps: a 50,000-entry package-lock.json is ~40 MB; manifests and workflows are small. */
export const LOCKFILE_LIMIT = 256 * 1024 * 1024;
const MANIFEST_LIMIT = 8 * 1024 * 1024;

/**
 * Scans a project: every lockfile in it (or those given), each parsed with the manifest beside it, merged
 * into one graph whose root is the top-level lockfile's project (else the directory's name). Paths in the
 * result are relative to `dir`, `/`-separated. npm-shrinkwrap.json wins over a package-lock.json beside it,
 * as npm itself decides. A malformed lockfile fails the scan (LOCKFILE_INVALID naming the file and line).
 */
export async function scanProject(dir: string, options: ScanOptions = {}): Promise<ScanResult> {
  const root = await realWorkspace(dir);
  const detected = options.lockfiles === undefined;
  const files = detected ? await findFiles(root, (p) => isDetected(p) || Object.hasOwn(MANIFESTS, basename(p))) : [];
  const lockfiles = detected ? withoutShadowed(files.filter(isDetected)) : await explicitLockfiles(root, options.lockfiles ?? []);

  const parsed: ParsedLockfile[] = [];
  for (const path of lockfiles) {
    const kind = lockfileKind(path) as LockfileKind;
    // The lockfile, its manifest and its parser's code are read at once.
    const [text, manifest, parse] = await Promise.all([
      readTextLimitedAs(join(root, path), LOCKFILE_LIMIT, 'LOCKFILE_INVALID', 'lockfile'),
      kind.manifest === undefined ? undefined : readOptional(join(root, path, '..', kind.manifest)),
      kind.load(),
    ]);
    const result = parse(text, path, manifest);
    parsed.push(options.includeLicenses === false ? result : await addNodeModulesLicenses(root, result));
  }
  const manifests = files.filter((p) => Object.hasOwn(MANIFESTS, basename(p)));
  return {
    graph: mergeLockfiles(parsed, projectRoot(parsed, root)),
    parsed,
    manifestsWithoutLockfile: await withoutLockfile(root, manifests, lockfiles),
    workflows: lockfiles.filter((p) => lockfileKind(p)?.ecosystem === 'github'),
  };
}

/**
 * Found by the walk: every lockfile and action.yml, but only the repository's own workflows (.github/workflows
 * at the top: GitHub runs no other); a nested project's workflows can still be named with `lockfiles`.
 */
function isDetected(path: string): boolean {
  const kind = lockfileKind(path);
  if (kind === undefined) return false;
  return kind.ecosystem !== 'github' || /^action\.ya?ml$/.test(basename(path)) || path.startsWith('.github/workflows/');
}

async function explicitLockfiles(root: string, paths: readonly string[]): Promise<string[]> {
  const result: string[] = [];
  for (const path of paths) {
    const real = await resolveInWorkspace(root, path, { inputName: 'lockfile' });
    const rel = relative(root, real).split(sep).join('/');
    if (lockfileKind(rel) === undefined) {
      throw new ChainmailError('INPUT_INVALID', `lockfile: ${path} is not a lockfile chainmail reads; expected ${Object.keys(LOCKFILE_PARSERS).join(', ')}, requirements*.txt, or a workflow or action.yml`);
    }
    if (!result.includes(rel)) result.push(rel);
  }
  return result;
}

/** npm reads npm-shrinkwrap.json and ignores a package-lock.json beside it. */
function withoutShadowed(lockfiles: readonly string[]): string[] {
  const all = new Set(lockfiles);
  return lockfiles.filter((p) => !(basename(p) === 'package-lock.json' && all.has(join(p, '..', 'npm-shrinkwrap.json').split(sep).join('/'))));
}

/** The top-level lockfile's project, else the directory's name. */
function projectRoot(parsed: readonly ParsedLockfile[], dir: string): RootComponent {
  const topLevel = parsed.filter((p) => !p.lockfile.includes('/') && p.root !== undefined && p.ecosystem !== 'github');
  topLevel.sort((a, b) => (a.lockfile < b.lockfile ? -1 : a.lockfile > b.lockfile ? 1 : 0));
  return topLevel[0]?.root ?? { name: basename(dir) };
}

async function withoutLockfile(root: string, manifests: readonly string[], lockfiles: readonly string[]): Promise<string[]> {
  const pinned = lockfiles.map((p) => ({ dir: parentOf(p), ecosystem: lockfileKind(p)?.ecosystem }));
  const missing: string[] = [];
  for (const manifest of manifests) {
    const ecosystem = MANIFESTS[basename(manifest)];
    const dir = parentOf(manifest);
    const covered = pinned.some((l) => l.ecosystem === ecosystem && (l.dir === '' || l.dir === dir || dir.startsWith(`${l.dir}/`)));
    if (covered) continue;
    const text = await readOptional(join(root, manifest));
    if (text === undefined || (await declaresDependencies(basename(manifest), text))) missing.push(manifest);
  }
  return missing;
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** A manifest's text, or undefined when there is none; too large or unreadable is an error, not silence. */
async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readTextLimitedAs(path, MANIFEST_LIMIT, 'LOCKFILE_INVALID', 'manifest');
  } catch (error) {
    if ((error as ChainmailError).code === 'PATH_NOT_FOUND') return undefined;
    throw error;
  }
}
