import { componentLabel, type Finding } from '../../core/sbom/audit.js';
import type { SbomDiff } from '../../core/sbom/diff.js';
import type { FailOnResult, FailOnRule } from '../../core/sbom/fail-on.js';
import type { Component, SbomGraph } from '../../core/sbom/model.js';
import { countByEcosystem, countLicenses } from './counts.js';

/** The summary stays far below GitHub's 1 MiB: long lists are cut with a count of the rest. */
const MAX_ROWS = 200;
const MAX_LICENSES = 40;

export interface SummaryFacts {
  readonly graph: SbomGraph;
  readonly findings: readonly Finding[];
  readonly sboms: readonly { readonly format: string; readonly path: string }[];
  readonly attestations: readonly { readonly predicateType: string; readonly where: string }[];
  readonly base?: { readonly rev: string; readonly sha: string; readonly diff: SbomDiff };
  readonly failOn: { readonly rules: readonly FailOnRule[]; readonly result: FailOnResult };
}

/** The job summary as Markdown: what the SBOM holds, what the audit found, what the pull request changes. */
export function renderSummary(facts: SummaryFacts): string {
  const { graph } = facts;
  const lines = [
    '## chainmail sbom',
    '',
    `${graph.components.length} component${graph.components.length === 1 ? '' : 's'} from ${graph.lockfiles.length} file${graph.lockfiles.length === 1 ? '' : 's'} (${graph.lockfiles.map(code).join(', ') || 'none'}).`,
    ...facts.sboms.map((s) => `- ${s.format}: \`${escape(s.path)}\``),
    ...facts.attestations.map((a) => `- attested as \`${a.predicateType}\`: ${a.where}`),
    '',
    ...failOnSection(facts.failOn),
    '### Components',
    '',
    '| ecosystem | required | optional | excluded (dev) | total |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...countByEcosystem(graph).map(([eco, n]) => `| ${eco} | ${n.required} | ${n.optional} | ${n.excluded} | ${n.total} |`),
    '',
    ...licenseSection(graph),
    ...findingSection(facts.findings),
    ...warningSection(graph),
    ...(facts.base ? diffSection(facts.base) : []),
  ];
  return `${lines.join('\n')}\n`;
}

function failOnSection({ rules, result }: SummaryFacts['failOn']): string[] {
  if (rules.length === 0) return [];
  const lines = result.violations.length === 0
    ? [`**fail-on passed** (${rules.map(code).join(', ')}).`]
    : [`**fail-on failed:** ${result.violations.map((v) => `${code(v.rule)} matched ${v.count}`).join('; ')}.`];
  if (result.skipped.length > 0) lines.push('', `Not applied without a base to compare with (a pull request, or base-ref): ${result.skipped.map(code).join(', ')}.`);
  return [...lines, ''];
}

function licenseSection(graph: SbomGraph): string[] {
  const { licenses, unknown } = countLicenses(graph);
  const shown = licenses.slice(0, MAX_LICENSES).map(([license, n]) => `${code(license)} ${n}`);
  if (licenses.length > MAX_LICENSES) shown.push(`${licenses.length - MAX_LICENSES} more`);
  if (unknown > 0) shown.push(`no license known: ${unknown}`);
  return ['### Licenses', '', shown.join(' · ') || 'none', ''];
}

function findingSection(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ['### Ingest audit', '', 'No findings.', ''];
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  return [
    '### Ingest audit',
    '',
    [...byRule].map(([rule, n]) => `${code(rule)} ${n}`).join(' · '),
    '',
    '| severity | rule | where | finding |',
    '| --- | --- | --- | --- |',
    ...findings.slice(0, MAX_ROWS).map((f) => `| ${f.severity} | ${f.rule} | ${f.file ? code(`${f.file}${f.line ? `:${f.line}` : ''}`) : ''} | ${escape(f.message)} |`),
    ...more(findings.length, 'findings (see the JSON report)'),
    '',
  ];
}

function warningSection(graph: SbomGraph): string[] {
  if (graph.warnings.length === 0) return [];
  return [
    '### Lockfile warnings',
    '',
    ...graph.warnings.slice(0, MAX_ROWS).map((w) => `- ${code(w.lockfile)}: ${escape(w.message)}`),
    ...more(graph.warnings.length, 'warnings (see the JSON report)'),
    '',
  ];
}

function diffSection(base: NonNullable<SummaryFacts['base']>): string[] {
  const { added, removed, changed } = base.diff;
  const row = (c: Component) => `| ${code(componentLabel(c))} | ${escape(c.version)} | ${c.source} | ${c.scope} |`;
  const lines = [
    `### Changes against the base (${code(base.sha.slice(0, 12))}${base.rev !== base.sha ? `, ${code(base.rev)}` : ''})`,
    '',
    `${added.length} added, ${removed.length} removed, ${changed.length} changed.`,
    '',
  ];
  if (added.length > 0) lines.push('**Added**', '', '| package | version | source | scope |', '| --- | --- | --- | --- |', ...added.slice(0, MAX_ROWS).map(row), ...more(added.length, 'added'), '');
  if (removed.length > 0) lines.push('**Removed**', '', '| package | version | source | scope |', '| --- | --- | --- | --- |', ...removed.slice(0, MAX_ROWS).map(row), ...more(removed.length, 'removed'), '');
  if (changed.length > 0) {
    lines.push('**Changed**', '', '| package | from | to |', '| --- | --- | --- |',
      ...changed.slice(0, MAX_ROWS).map((c) => `| ${code(componentLabel(c.to))} | ${escape(describe(c.from, c.to))} | ${escape(describe(c.to, c.from))} |`),
      ...more(changed.length, 'changed'), '');
  }
  return lines;
}

/** The version, and the source when it differs from the other side's. */
function describe(c: Component, other: Component): string {
  return c.source === other.source && c.resolved === other.resolved ? c.version : `${c.version} (${c.source}${c.resolved ? ` ${c.resolved}` : ''})`;
}

function more(total: number, what: string): string[] {
  return total > MAX_ROWS ? ['', `... and ${total - MAX_ROWS} more ${what}.`] : [];
}

/** Inline code; backticks inside are replaced so user data cannot close it. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}\``;
}

/** Lockfile data (URLs, names) inside a table cell: keep it from breaking the table or injecting markup. */
function escape(text: string): string {
  return text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
