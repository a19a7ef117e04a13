import type { Finding } from '../../core/sbom/audit.js';
import type { SbomDiff } from '../../core/sbom/diff.js';
import type { FailOnResult, FailOnRule } from '../../core/sbom/fail-on.js';
import type { Component, SbomGraph } from '../../core/sbom/model.js';
import { countByEcosystem, countLicenses } from './counts.js';

export interface ReportFacts {
  readonly toolVersion: string;
  readonly graph: SbomGraph;
  readonly findings: readonly Finding[];
  readonly sboms: readonly { readonly format: string; readonly path: string }[];
  readonly base?: { readonly rev: string; readonly sha: string; readonly diff: SbomDiff };
  readonly failOn: { readonly rules: readonly FailOnRule[]; readonly result: FailOnResult };
}

/**
 * The JSON report of a run (sbom-report.json): the findings with file and line, the diff against the base,
 * and the fail-on verdict, for tools and later steps. Versioned by `reportVersion`; fields are only added.
 */
export function buildReport(facts: ReportFacts): string {
  const { graph } = facts;
  const report = {
    reportVersion: 1,
    tool: { name: 'chainmail', version: facts.toolVersion },
    root: graph.root,
    lockfiles: graph.lockfiles,
    components: {
      total: graph.components.length,
      byEcosystem: Object.fromEntries(countByEcosystem(graph)),
    },
    licenses: Object.fromEntries(countLicenses(graph).licenses),
    findings: facts.findings,
    warnings: graph.warnings,
    diff: facts.base
      ? {
          base: { rev: facts.base.rev, sha: facts.base.sha },
          added: facts.base.diff.added.map(brief),
          removed: facts.base.diff.removed.map(brief),
          changed: facts.base.diff.changed.map((c) => ({ purl: c.purlWithoutVersion, from: brief(c.from), to: brief(c.to) })),
        }
      : null,
    failOn: {
      rules: facts.failOn.rules,
      violations: facts.failOn.result.violations.map(({ rule, count, examples }) => ({ rule, count, examples })),
      skipped: facts.failOn.result.skipped,
    },
    sboms: facts.sboms,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function brief(c: Component): Record<string, string> {
  return { purl: c.purl, version: c.version, source: c.source, ...(c.resolved ? { resolved: c.resolved } : {}), lockfile: c.lockfile };
}
