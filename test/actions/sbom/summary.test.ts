import { describe, expect, it } from '@jest/globals';
import { findingAnnotations, MAX_ANNOTATIONS, warningAnnotations } from '../../../src/actions/sbom/annotations.js';
import { buildReport } from '../../../src/actions/sbom/report.js';
import { renderSummary, type SummaryFacts } from '../../../src/actions/sbom/summary.js';
import type { Finding } from '../../../src/core/sbom/audit.js';
import type { Component, SbomGraph } from '../../../src/core/sbom/model.js';

const component = (name: string, version: string, more: Partial<Component> = {}): Component => ({
  purl: `pkg:npm/${name}@${version}`, ecosystem: 'npm', name, version, hashes: [], scope: 'required', source: 'registry', lockfile: 'package-lock.json', direct: true, ...more,
});
const graph: SbomGraph = {
  root: { name: 'app' },
  components: [
    component('express', '4.19.2', { license: 'MIT' }), component('jest', '29.7.0', { scope: 'excluded', license: 'MIT' }),
    component('fsevents', '2.3.3', { scope: 'optional' }), component('left-pad', '1.3.0', { source: 'git', resolved: 'git+https://github.com/l/p.git#main' }),
    { ...component('checkout', 'v4'), purl: 'pkg:githubactions/actions/checkout@v4', ecosystem: 'github', namespace: 'actions', lockfile: '.github/workflows/ci.yml', license: 'MIT' },
  ],
  edges: [], lockfiles: ['.github/workflows/ci.yml', 'package-lock.json'], warnings: [],
};
const gitFinding: Finding = { rule: 'non-registry-source', severity: 'high', message: 'left-pad 1.3.0 is installed from a git repository | oops', file: 'package-lock.json', line: 12, component: 'pkg:npm/left-pad@1.3.0' };
const actionFinding: Finding = { rule: 'unpinned-action', severity: 'medium', message: 'actions/checkout@v4 is used by the tag v4', file: '.github/workflows/ci.yml', line: 9 };
const lowFinding: Finding = { rule: 'non-registry-source', severity: 'low', message: 'local', file: 'package-lock.json' };
const facts: SummaryFacts = {
  graph,
  findings: [gitFinding, actionFinding],
  sboms: [{ format: 'cyclonedx-json', path: '/tmp/out/sbom.cdx.json' }],
  attestations: [{ predicateType: 'https://cyclonedx.org/bom', where: '[42](https://github.com/o/r/attestations/42)' }],
  base: { rev: 'b'.repeat(40), sha: 'b'.repeat(40), diff: { added: [graph.components[3] as Component], removed: [], changed: [{ purlWithoutVersion: 'pkg:npm/express', from: component('express', '4.18.2'), to: graph.components[0] as Component }] } },
  failOn: { rules: ['new-non-registry-source', 'new-dependency'], result: { violations: [{ rule: 'new-non-registry-source', count: 1, examples: [], findings: [gitFinding] }], skipped: [] } },
};

describe('renderSummary', () => {
  const summary = renderSummary(facts);

  it('counts components per ecosystem and scope', () => {
    expect(summary).toContain('5 components from 2 files (`.github/workflows/ci.yml`, `package-lock.json`).');
    expect(summary).toContain('| github | 1 | 0 | 0 | 1 |');
    expect(summary).toContain('| npm | 2 | 1 | 1 | 4 |');
  });

  it('lists the licenses by count, and how many have none', () => {
    expect(summary).toContain('`MIT` 3 · no license known: 2');
  });

  it('lists the findings with file:line, escaping lockfile data', () => {
    expect(summary).toContain('`non-registry-source` 1 · `unpinned-action` 1');
    expect(summary).toContain('| high | non-registry-source | `package-lock.json:12` | left-pad 1.3.0 is installed from a git repository \\| oops |');
  });

  it('shows the pull request\'s changes and the fail-on verdict', () => {
    expect(summary).toContain('**fail-on failed:** `new-non-registry-source` matched 1.');
    expect(summary).toContain('1 added, 0 removed, 1 changed.');
    expect(summary).toContain('| `left-pad` | 1.3.0 | git | required |');
    expect(summary).toContain('| `express` | 4.18.2 | 4.19.2 |');
    expect(summary).toContain('attested as `https://cyclonedx.org/bom`: [42](https://github.com/o/r/attestations/42)');
  });

  it('lists the parsers\' warnings', () => {
    const warned = renderSummary({ ...facts, graph: { ...graph, warnings: [{ lockfile: 'package-lock.json', message: 'lodash is in package.json but not in the lockfile' }] } });
    expect(warned).toContain('### Lockfile warnings\n\n- `package-lock.json`: lodash is in package.json but not in the lockfile');
    expect(summary).not.toContain('Lockfile warnings');
  });

  it('says which new-* rules could not apply without a base', () => {
    const alone = renderSummary({ ...facts, base: undefined, failOn: { rules: ['new-dependency'], result: { violations: [], skipped: ['new-dependency'] } } });
    expect(alone).toContain('Not applied without a base to compare with (a pull request, or base-ref): `new-dependency`.');
    expect(alone).not.toContain('Changes against the base');
  });
});

describe('findingAnnotations', () => {
  it('makes failing findings errors, others warnings or notices, with paths from the repository root', () => {
    expect(findingAnnotations([lowFinding, actionFinding, gitFinding], facts.failOn.result.violations, 'web')).toEqual([
      { level: 'error', message: gitFinding.message, title: 'chainmail sbom: non-registry-source', file: 'web/package-lock.json', startLine: 12 },
      { level: 'warning', message: actionFinding.message, title: 'chainmail sbom: unpinned-action', file: 'web/.github/workflows/ci.yml', startLine: 9 },
      { level: 'notice', message: 'local', title: 'chainmail sbom: non-registry-source', file: 'web/package-lock.json' },
    ]);
    expect(findingAnnotations([actionFinding], [], '.')[0]?.file).toBe('.github/workflows/ci.yml');
  });

  it('keeps to a few dozen', () => {
    expect(findingAnnotations(Array.from({ length: 80 }, () => actionFinding), [], '.')).toHaveLength(MAX_ANNOTATIONS);
  });

  it('puts the parsers\' warnings on their lockfile, in the room left', () => {
    const warnings = [{ lockfile: 'package-lock.json', message: 'lodash is in package.json but not in the lockfile' }, { lockfile: 'x.lock', message: 'second' }];
    expect(warningAnnotations(warnings, 1, 'web')).toEqual([
      { level: 'warning', message: 'lodash is in package.json but not in the lockfile', title: 'chainmail sbom: lockfile warning', file: 'web/package-lock.json' },
    ]);
    expect(warningAnnotations(warnings, 0, '.')).toEqual([]);
  });
});

describe('buildReport', () => {
  it('holds the findings, the diff and the verdict as JSON', () => {
    const report = JSON.parse(buildReport({ toolVersion: '0.1.0', graph, findings: facts.findings, sboms: facts.sboms, base: facts.base, failOn: facts.failOn }));
    expect(report).toMatchObject({
      reportVersion: 1, tool: { name: 'chainmail', version: '0.1.0' }, components: { total: 5, byEcosystem: { npm: { required: 2, optional: 1, excluded: 1, total: 4 } } },
      findings: [gitFinding, actionFinding], licenses: { MIT: 3 },
      diff: { added: [{ purl: 'pkg:npm/left-pad@1.3.0', source: 'git' }], removed: [], changed: [{ purl: 'pkg:npm/express', from: { version: '4.18.2' }, to: { version: '4.19.2' } }] },
      failOn: { rules: ['new-non-registry-source', 'new-dependency'], violations: [{ rule: 'new-non-registry-source', count: 1 }], skipped: [] },
    });
    expect(JSON.parse(buildReport({ toolVersion: '0.1.0', graph, findings: [], sboms: [], failOn: { rules: [], result: { violations: [], skipped: [] } } })).diff).toBeNull();
  });
});
