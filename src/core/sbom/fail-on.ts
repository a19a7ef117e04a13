import { componentLabel, FINDING_RULES, type Finding, type FindingRule } from './audit.js';
import { purlWithoutVersion, type SbomDiff } from './diff.js';

/**
 * The `fail-on` rules: which audit findings and diff entries fail the check.
 * - a finding rule (`unpinned-action`, ...): any such finding in the head;
 * - `new-<finding rule>`: such a finding in the head that the base did not have (diff mode only);
 * - `any-finding` / `new-finding`: every finding / every new finding;
 * - `new-dependency`: a package the base did not have (diff mode only).
 */
export type FailOnRule = FindingRule | `new-${FindingRule}` | 'any-finding' | 'new-finding' | 'new-dependency';

export const FAIL_ON_RULES: readonly FailOnRule[] = [
  ...FINDING_RULES,
  ...FINDING_RULES.map((r) => `new-${r}` as const),
  'any-finding',
  'new-finding',
  'new-dependency',
];

export function isFailOnRule(name: string): name is FailOnRule {
  return (FAIL_ON_RULES as readonly string[]).includes(name);
}

/** Rules that compare with a base: without one (not a pull request, no base-ref) they have nothing to match. */
export function needsBase(rule: FailOnRule): boolean {
  return rule.startsWith('new-');
}

export interface FailOnFacts {
  readonly findings: readonly Finding[];
  /** The base's findings and the diff, in diff mode. */
  readonly base?: { readonly findings: readonly Finding[]; readonly diff: SbomDiff };
}

export interface Violation {
  readonly rule: FailOnRule;
  readonly count: number;
  /** A few of what matched, for the failure line. */
  readonly examples: readonly string[];
  /** The findings that matched (none for new-dependency), to mark them as failing the check. */
  readonly findings: readonly Finding[];
}

export interface FailOnResult {
  readonly violations: readonly Violation[];
  /** Rules that were asked for but need a base this run does not have. */
  readonly skipped: readonly FailOnRule[];
}

/** Which of `rules` the findings and the diff break. Pure. */
export function evaluateFailOn(rules: readonly FailOnRule[], facts: FailOnFacts): FailOnResult {
  const baseKeys = new Set(facts.base?.findings.map(findingKey) ?? []);
  const isNew = (f: Finding) => !baseKeys.has(findingKey(f));
  const violations: Violation[] = [];
  const skipped: FailOnRule[] = [];
  for (const rule of new Set(rules)) {
    if (needsBase(rule) && !facts.base) {
      skipped.push(rule);
      continue;
    }
    const matched = matches(rule, facts, isNew);
    if (matched.length === 0) continue;
    const findings = matched.flatMap((m) => (typeof m === 'string' ? [] : [m]));
    violations.push({ rule, count: matched.length, examples: matched.slice(0, 3).map((m) => (typeof m === 'string' ? m : describe(m))), findings });
  }
  return { violations, skipped };
}

/** What a rule matched: findings, or (new-dependency) the added packages by name. */
function matches(rule: FailOnRule, facts: FailOnFacts, isNew: (f: Finding) => boolean): readonly (Finding | string)[] {
  if (rule === 'new-dependency') return (facts.base?.diff.added ?? []).map((c) => `${componentLabel(c)} ${c.version}`);
  if (rule === 'any-finding') return facts.findings;
  if (rule === 'new-finding') return facts.findings.filter(isNew);
  if (rule.startsWith('new-')) {
    const findingRule = rule.slice('new-'.length);
    return facts.findings.filter((f) => f.rule === findingRule && isNew(f));
  }
  return facts.findings.filter((f) => f.rule === rule);
}

function describe(f: Finding): string {
  return f.component ? `${purlWithoutVersion(f.component)}${f.file ? ` in ${f.file}` : ''}` : (f.file ?? f.rule);
}

/**
 * A finding's identity across base and head: its rule, file and package (without version). A version bump
 * of a dependency that already had the finding is not new; the same finding in another file is.
 */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.file ?? ''}|${f.component ? purlWithoutVersion(f.component) : ''}`;
}

/** The one-line failure: each broken rule with its count and an example or two. */
export function violationLine(violations: readonly Violation[]): string {
  const parts = violations.map((v) => `${v.rule} matched ${v.count} (${v.examples.slice(0, 2).join(', ')}${v.count > 2 ? ', ...' : ''})`);
  return `fail-on: ${parts.join('; ')}`;
}
