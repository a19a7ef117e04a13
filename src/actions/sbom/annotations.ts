import { posix } from 'node:path';
import type { Finding } from '../../core/sbom/audit.js';
import type { Violation } from '../../core/sbom/fail-on.js';
import type { ParseWarning } from '../../core/sbom/model.js';

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly title: string;
  /** Relative to the repository root (the workspace), as GitHub places annotations. */
  readonly file?: string;
  readonly startLine?: number;
}

/** GitHub shows at most 10 annotations of each level per step; beyond a few dozen they are noise. */
export const MAX_ANNOTATIONS = 50;

/**
 * One annotation per finding: an error when a fail-on rule matched it (it fails the check), else a warning
 * (high, medium) or a notice (low). `scanPath` is the scanned directory relative to the workspace: findings
 * name files relative to it, annotations relative to the repository.
 */
export function findingAnnotations(findings: readonly Finding[], violations: readonly Violation[], scanPath: string): Annotation[] {
  const failing = new Set(violations.flatMap((v) => v.findings));
  const ranked = [...findings].sort((a, b) => rank(b, failing) - rank(a, failing));
  return ranked.slice(0, MAX_ANNOTATIONS).map((f) => ({
    level: failing.has(f) ? 'error' : f.severity === 'low' ? 'notice' : 'warning',
    message: f.message,
    title: `chainmail sbom: ${f.rule}`,
    ...(f.file ? { file: inRepository(scanPath, f.file) } : {}),
    ...(f.line ? { startLine: f.line } : {}),
  }));
}

/**
 * The parsers' warnings (a lockfile that disagrees with its manifest, an entry it could not read in full), as
 * warnings on their lockfile, in the room the findings left.
 */
export function warningAnnotations(warnings: readonly ParseWarning[], room: number, scanPath: string): Annotation[] {
  return warnings.slice(0, Math.max(0, room)).map((w) => ({ level: 'warning', message: w.message, title: 'chainmail sbom: lockfile warning', file: inRepository(scanPath, w.lockfile) }));
}

function inRepository(scanPath: string, file: string): string {
  return posix.normalize(posix.join(scanPath.replace(/\\/g, '/'), file));
}

/** Failing findings first, then by severity. */
function rank(f: Finding, failing: ReadonlySet<Finding>): number {
  return (failing.has(f) ? 10 : 0) + (f.severity === 'high' ? 2 : f.severity === 'medium' ? 1 : 0);
}
