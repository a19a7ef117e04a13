// The facts the ingest audit needs beyond the graph, gathered from the scanned directory: the npm scope ->
// registry mappings (.npmrc, .yarnrc.yml at the root and beside each npm lockfile), and the texts of the
// lockfiles and workflows so findings land on their lines.
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { mergeScopeRegistries, parseNpmrcScopes, parseYarnrcScopes, type IngestFacts, type ScopeRegistries } from '../../core/sbom/audit.js';
import type { ParsedLockfile, SbomGraph } from '../../core/sbom/model.js';

/** What scanProject returns, as far as the audit reads it. */
export interface ScanOutcome {
  readonly graph: SbomGraph;
  readonly parsed: readonly ParsedLockfile[];
  readonly manifestsWithoutLockfile: readonly string[];
  readonly workflows: readonly string[];
}

/** Texts beyond this are not searched for lines (the scanner has read them already; this is only for positions). */
const MAX_TEXT_BYTES = 32 * 2 ** 20;

export async function gatherIngestFacts(dir: string, scan: ScanOutcome, internalScopes: readonly string[]): Promise<IngestFacts> {
  const files = [...new Set([...scan.parsed.map((p) => p.lockfile), ...scan.workflows])];
  const texts = new Map<string, string>();
  await Promise.all(files.map(async (file) => {
    const text = await readOptional(join(dir, file));
    if (text !== undefined) texts.set(file, text);
  }));
  return {
    graph: scan.graph,
    parsed: scan.parsed,
    manifestsWithoutLockfile: scan.manifestsWithoutLockfile,
    registries: await readScopeRegistries(dir, scan.parsed),
    internalScopes,
    texts,
  };
}

/** The root's configuration first, then each npm project's own, deeper ones last (they win). */
async function readScopeRegistries(dir: string, parsed: readonly ParsedLockfile[]): Promise<ScopeRegistries> {
  const projectDirs = new Set(['.', ...parsed.filter((p) => p.ecosystem === 'npm').map((p) => posix.dirname(p.lockfile))]);
  const ordered = [...projectDirs].sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
  const configs: ScopeRegistries[] = [];
  for (const project of ordered) {
    const npmrc = await readOptional(join(dir, project, '.npmrc'));
    if (npmrc !== undefined) configs.push(parseNpmrcScopes(npmrc));
    const yarnrc = await readOptional(join(dir, project, '.yarnrc.yml'));
    if (yarnrc !== undefined) configs.push(parseYarnrcScopes(yarnrc));
  }
  return mergeScopeRegistries(configs);
}

function depth(path: string): number {
  return path === '.' ? 0 : path.split('/').length;
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    const buffer = await readFile(path);
    return buffer.length > MAX_TEXT_BYTES ? undefined : buffer.toString('utf8');
  } catch {
    return undefined; // absent or unreadable: the scan already failed loudly on anything it needed
  }
}

