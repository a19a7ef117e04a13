import { mkdtemp, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ChainmailError, isChainmailError } from '../../core/errors.js';
import { auditIngest, type Finding } from '../../core/sbom/audit.js';
import { diffGraphs, type SbomDiff } from '../../core/sbom/diff.js';
import { scanProject } from '../../sbom/scan.js';
import { checkoutBaseInputs, type BaseChoice } from './base.js';
import type { Git } from './git.js';
import { gatherIngestFacts, type ScanOutcome } from './ingest-facts.js';

export interface BaseScanRequest {
  readonly choice: BaseChoice;
  /** The scanned directory of the head (a directory of the git checkout). */
  readonly scanDir: string;
  readonly head: ScanOutcome;
  /** The explicit lockfiles of the run; those the base has are read there. */
  readonly lockfiles: readonly string[];
  readonly internalScopes: readonly string[];
}

export interface ScannedBase {
  readonly sha: string;
  readonly findings: readonly Finding[];
  readonly diff: SbomDiff;
}

/**
 * The base commit's scan inputs, scanned and audited exactly as the head's, then diffed against the head. A
 * base whose lockfiles cannot be read fails the run (BASE_UNAVAILABLE): without it, nothing can be called new.
 */
export async function scanBase(request: BaseScanRequest, deps: { readonly git: (cwd: string) => Git; readonly context: { readonly runnerTemp: string }; readonly log: (line: string) => void }): Promise<ScannedBase> {
  const { choice, head } = request;
  const dir = await mkdtemp(join(deps.context.runnerTemp, 'chainmail-sbom-base-'));
  try {
    const { sha, files } = await checkoutBaseInputs(deps.git(request.scanDir), choice, dir);
    deps.log(`Base ${choice.rev} (${sha}): ${files} scan input(s) from git`);
    const lockfiles = (await Promise.all(request.lockfiles.map(async (l) => ((await exists(join(dir, l))) ? [l] : [])))).flat();
    let scan: ScanOutcome = { graph: { ...head.graph, components: [], edges: [], lockfiles: [], warnings: [] }, parsed: [], manifestsWithoutLockfile: [], workflows: [] };
    if (files > 0 && (request.lockfiles.length === 0 || lockfiles.length > 0)) {
      try {
        scan = await scanProject(dir, { ...(lockfiles.length > 0 ? { lockfiles } : {}), includeLicenses: false });
      } catch (error) {
        const message = isChainmailError(error) ? `${error.message} [${error.code}]` : String(error);
        throw new ChainmailError('BASE_UNAVAILABLE', `the base commit ${sha.slice(0, 12)} cannot be scanned: ${message}`, { cause: error });
      }
    }
    const findings = auditIngest(await gatherIngestFacts(dir, scan, request.internalScopes));
    return { sha, findings, diff: diffGraphs(scan.graph, head.graph) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
