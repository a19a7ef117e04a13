// The base of a pull request, read from git: the files a scan reads (lockfiles, manifests, npm configuration,
// workflows) as they were at the base commit, written into a directory the scanner then reads like any other.
// Scanning the base the same way as the head keeps the diff and the "new finding" comparison exact.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { ChainmailError } from '../../core/errors.js';
import { lockfileKind, MANIFESTS } from '../../core/sbom/parsers/index.js';
import type { RunnerContext } from '../../github/runner-context.js';
import { SKIPPED_DIRECTORIES } from '../../sbom/walk.js';
import { parseCatFileBatch, type Git } from './git.js';
import type { SbomInputs } from './inputs.js';

export interface BaseChoice {
  /** A commit SHA or any git revision. */
  readonly rev: string;
  /** Where it came from, for the summary. */
  readonly from: 'pull request' | 'base-ref';
}

/** The base to diff against: base-ref when given, else the pull request's base commit, else none. Pure. */
export function chooseBase(inputs: Pick<SbomInputs, 'baseRef'>, context: Pick<RunnerContext, 'eventName' | 'event'>): BaseChoice | undefined {
  if (inputs.baseRef) return { rev: inputs.baseRef, from: 'base-ref' };
  if (context.eventName !== 'pull_request' && context.eventName !== 'pull_request_target') return undefined;
  const base = record(record(context.event.pull_request)?.base);
  const sha = base?.sha;
  return typeof sha === 'string' && /^[0-9a-f]{40,64}$/.test(sha) ? { rev: sha, from: 'pull request' } : undefined;
}

/**
 * Files a scan may read, as the scanner decides (its lockfile registry and manifests), with the npm
 * configuration the audit reads and every workflow and action file; the rest of the base stays in git.
 */
export function isScanInput(path: string): boolean {
  const segments = path.split('/');
  if (segments.slice(0, -1).some((s) => SKIPPED_DIRECTORIES.has(s))) return false;
  const name = segments.at(-1) ?? '';
  return lockfileKind(path) !== undefined || Object.hasOwn(MANIFESTS, name) || NPM_CONFIG.has(name)
    || /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || /^action\.ya?ml$/.test(name);
}

const NPM_CONFIG = new Set(['.npmrc', '.yarnrc.yml']);

/**
 * Writes the base commit's scan inputs under `into`, paths relative to the scanned directory (git's cwd).
 * A shallow checkout (actions/checkout's default) lacks the base commit: it is fetched once, by itself.
 */
export async function checkoutBaseInputs(git: Git, base: BaseChoice, into: string): Promise<{ sha: string; files: number }> {
  const sha = await resolveCommit(git, base);
  const prefix = (await run(git, ['rev-parse', '--show-prefix'])).toString('utf8').trim();
  // `<mode> <type> <oid>\t<path>`: regular files only, as the head's scan skips symbolic links.
  const listing = (await run(git, ['ls-tree', '-r', '-z', '--full-name', sha, '--', '.'])).toString('utf8');
  const paths = listing.split('\0').flatMap((entry) => {
    const match = /^(100644|100755) blob [0-9a-f]+\t([^\n]+)$/.exec(entry);
    const path = match?.[2];
    return path?.startsWith(prefix) && isScanInput(path.slice(prefix.length)) ? [path.slice(prefix.length)] : [];
  });
  if (paths.length === 0) return { sha, files: 0 };
  const names = paths.map((p) => `${sha}:${prefix}${p}`);
  const output = await run(git, ['cat-file', '--batch'], Buffer.from(`${names.join('\n')}\n`));
  const entries = parseCatFileBatch(output, names);
  let files = 0;
  for (const [i, entry] of entries.entries()) {
    const path = paths[i] as string;
    if (!entry.content || path.split('/').some((s) => s === '..' || s === '')) continue;
    const target = join(into, ...posix.normalize(path).split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, entry.content);
    files++;
  }
  return { sha, files };
}

async function resolveCommit(git: Git, base: BaseChoice): Promise<string> {
  const local = await revParse(git, base.rev) ?? await revParse(git, `origin/${base.rev}`);
  if (local) return local;
  const fetched = await git(['fetch', '--no-tags', '--depth=1', 'origin', base.rev]);
  const sha = fetched.exitCode === 0 ? await revParse(git, 'FETCH_HEAD') : undefined;
  if (sha) return sha;
  const why = fetched.stderr.split('\n').at(-1) ?? '';
  const what = base.from === 'base-ref' ? `base-ref: ${base.rev}` : `the pull request's base commit ${base.rev}`;
  throw new ChainmailError('BASE_UNAVAILABLE', `${what} is not in the checkout and could not be fetched (${why}): check out with actions/checkout fetch-depth: 0, or fetch it before this step`);
}

async function revParse(git: Git, rev: string): Promise<string | undefined> {
  const result = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  const sha = result.stdout.toString('utf8').trim();
  return result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

async function run(git: Git, args: readonly string[], input?: Buffer): Promise<Buffer> {
  const result = await git(args, input);
  if (result.exitCode !== 0) throw new ChainmailError('BASE_UNAVAILABLE', `git ${args[0]} failed reading the base (exit ${result.exitCode}): ${result.stderr.split('\n').at(-1) ?? ''}`);
  return result.stdout;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
