import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../../src/core/sbom/audit.js';
import type { SbomDiff } from '../../../src/core/sbom/diff.js';
import { evaluateFailOn, FAIL_ON_RULES, isFailOnRule, violationLine } from '../../../src/core/sbom/fail-on.js';
import type { Component } from '../../../src/core/sbom/model.js';

const finding = (rule: Finding['rule'], component?: string, file = 'package-lock.json'): Finding =>
  ({ rule, severity: 'medium', message: `${rule} ${component ?? file}`, file, ...(component ? { component } : {}) });

const gitDep = finding('non-registry-source', 'pkg:npm/left-pad@1.3.0');
const oldGitDep = finding('non-registry-source', 'pkg:npm/is-odd@3.0.0');
const unpinned = finding('unpinned-action', 'pkg:githubactions/actions/checkout@v4', '.github/workflows/ci.yml');
const added: Component = {
  purl: 'pkg:npm/left-pad@1.3.0', ecosystem: 'npm', name: 'left-pad', version: '1.3.0', hashes: [], scope: 'required', source: 'git', lockfile: 'package-lock.json', direct: true,
};
const diff: SbomDiff = { added: [added], removed: [], changed: [] };

describe('evaluateFailOn', () => {
  it('fails on every finding of a named rule', () => {
    const result = evaluateFailOn(['unpinned-action', 'missing-lockfile'], { findings: [gitDep, unpinned] });
    expect(result).toEqual({
      violations: [{ rule: 'unpinned-action', count: 1, examples: ['pkg:githubactions/actions/checkout in .github/workflows/ci.yml'], findings: [unpinned] }],
      skipped: [],
    });
  });

  it('fails on new-<rule> only for findings the base did not have', () => {
    const base = { findings: [oldGitDep, unpinned], diff };
    const result = evaluateFailOn(['new-non-registry-source', 'new-unpinned-action'], { findings: [oldGitDep, gitDep, unpinned], base });
    expect(result.violations).toEqual([{ rule: 'new-non-registry-source', count: 1, examples: ['pkg:npm/left-pad in package-lock.json'], findings: [gitDep] }]);
  });

  it('does not call a version bump of a package that already had the finding new', () => {
    const bumped = finding('non-registry-source', 'pkg:npm/is-odd@3.0.1');
    expect(evaluateFailOn(['new-non-registry-source', 'new-finding'], { findings: [bumped], base: { findings: [oldGitDep], diff } }).violations).toEqual([]);
  });

  it('fails on new-dependency for each added package, and on any-finding / new-finding', () => {
    const result = evaluateFailOn(['new-dependency', 'any-finding', 'new-finding'], { findings: [gitDep, unpinned], base: { findings: [unpinned], diff } });
    expect(result.violations.map((v) => [v.rule, v.count, v.examples])).toEqual([
      ['new-dependency', 1, ['left-pad 1.3.0']], ['any-finding', 2, ['pkg:npm/left-pad in package-lock.json', 'pkg:githubactions/actions/checkout in .github/workflows/ci.yml']], ['new-finding', 1, ['pkg:npm/left-pad in package-lock.json']],
    ]);
    expect(result.violations[0]?.findings).toEqual([]);
  });

  it('skips the new-* rules without a base, and says so', () => {
    expect(evaluateFailOn(['new-dependency', 'new-missing-integrity', 'any-finding'], { findings: [] }))
      .toEqual({ violations: [], skipped: ['new-dependency', 'new-missing-integrity'] });
  });
});

describe('fail-on rule names', () => {
  it('knows each finding rule, its new- form, any-finding, new-finding and new-dependency', () => {
    expect(FAIL_ON_RULES).toHaveLength(15);
    for (const name of ['unpinned-action', 'new-non-registry-source', 'new-missing-integrity', 'dependency-confusion', 'new-dependency', 'any-finding']) expect(isFailOnRule(name)).toBe(true);
    expect(isFailOnRule('new-thing')).toBe(false);
  });
});

describe('violationLine', () => {
  it('names each rule with its count and examples, in one line', () => {
    expect(violationLine([
      { rule: 'new-non-registry-source', count: 1, examples: ['pkg:npm/left-pad in package-lock.json'], findings: [] },
      { rule: 'unpinned-action', count: 4, examples: ['a', 'b', 'c'], findings: [] },
    ])).toBe('fail-on: new-non-registry-source matched 1 (pkg:npm/left-pad in package-lock.json); unpinned-action matched 4 (a, b, ...)');
  });
});
