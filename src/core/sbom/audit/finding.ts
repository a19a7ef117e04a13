import type { Component } from '../model.js';

/** The ingest audit's rules, one per kind of risk in what a repository takes in. */
export type FindingRule =
  | 'unpinned-action' // a GitHub Action used by tag or branch: whoever moves the ref changes the code the workflow runs
  | 'missing-lockfile' // a manifest without its lockfile: versions are chosen at install time, the SBOM cannot list them
  | 'non-registry-source' // a dependency from a git URL, a tarball URL or a local path: no registry integrity applies
  | 'missing-integrity' // a registry dependency whose lockfile entry records no hash: a swapped package installs unnoticed
  | 'unpinned-requirement' // a Python requirement without an exact version: each install may pick another
  | 'dependency-confusion'; // a package in an internal-looking scope that the public registry could serve

export const FINDING_RULES: readonly FindingRule[] = [
  'unpinned-action', 'missing-lockfile', 'non-registry-source', 'missing-integrity', 'unpinned-requirement', 'dependency-confusion',
];

/** high: fix before the next release; medium: a standing risk to review; low: worth knowing. */
export type FindingSeverity = 'high' | 'medium' | 'low';

export interface Finding {
  readonly rule: FindingRule;
  readonly severity: FindingSeverity;
  /** One line a person acts on: what was found, why it matters, what to do. */
  readonly message: string;
  /** The file to change, relative to the scanned directory. */
  readonly file?: string;
  /** 1-based, when the line could be found. */
  readonly line?: number;
  /** The component's purl, for component findings. */
  readonly component?: string;
}

/** How a person names a component: `@babel/core`, `actions/checkout`, `serde`. */
export function componentLabel(c: Pick<Component, 'namespace' | 'name' | 'ecosystem'>): string {
  return c.namespace ? `${c.namespace}/${c.name}` : c.name;
}

/** Findings in a stable order: by file, line, rule, then message. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) =>
    (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
}
