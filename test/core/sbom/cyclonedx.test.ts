import { describe, expect, it } from '@jest/globals';
import { contentUuid } from '../../../src/core/sbom/content-uuid.js';
import { toCycloneDx } from '../../../src/core/sbom/cyclonedx.js';
import { mergeLockfiles } from '../../../src/core/sbom/merge.js';
import type { ParsedLockfile } from '../../../src/core/sbom/model.js';
import { sbomValidators } from '../../support/sbom-schemas.js';
import { edge, lockfile, npm } from './graph-builders.js';

const ROOT = { name: 'app', version: '1.0.0', purl: 'pkg:npm/app@1.0.0' };
const TOOL = { toolName: 'chainmail', toolVersion: '0.1.0' };

function sampleLockfiles(): ParsedLockfile[] {
  return [
    lockfile('package-lock.json', [
      npm('@babel/core', '7.24.0', { direct: true, license: 'MIT', hashes: [{ algorithm: 'SHA-512', hex: 'ab'.repeat(64) }] }),
      npm('left-pad', '1.3.0', { scope: 'excluded', direct: true, license: 'WTFPL OR MIT', source: 'git', resolved: 'git+ssh://git@github.com/stevemao/left-pad.git#5e6d3f3' }),
      npm('fsevents', '2.3.3', { scope: 'optional', license: 'LicenseRef-Custom' }),
      npm('local-lib', '0.0.1', { source: 'path', resolved: 'file:../local-lib' }),
    ], [edge(ROOT.purl, 'pkg:npm/%40babel/core@7.24.0'), edge(ROOT.purl, 'pkg:npm/left-pad@1.3.0'),
      edge('pkg:npm/%40babel/core@7.24.0', 'pkg:npm/fsevents@2.3.3'), edge('pkg:npm/%40babel/core@7.24.0', 'pkg:npm/local-lib@0.0.1')], ROOT.purl),
    lockfile('requirements.txt', [{
      purl: 'pkg:pypi/requests@2.31.0', ecosystem: 'pypi', name: 'requests', version: '2.31.0', hashes: [], scope: 'required', source: 'registry',
      lockfile: 'requirements.txt', direct: true,
      distributions: [{ name: 'requests-2.31.0-py3-none-any.whl', hashes: [{ algorithm: 'SHA-256', hex: '58'.repeat(32) }] }],
      properties: [{ name: 'chainmail:marker', value: 'python_version >= "3.8"' }],
    }]),
  ];
}

type Bom = {
  bomFormat: string; specVersion: string; serialNumber: string; version: number;
  metadata: { timestamp?: string; component: Record<string, unknown>; tools: { components: { name: string; version: string }[] } };
  components: Record<string, unknown>[];
  dependencies: { ref: string; dependsOn?: string[] }[];
};

describe('toCycloneDx: the graph as CycloneDX 1.6 JSON', () => {
  const graph = mergeLockfiles(sampleLockfiles(), ROOT);
  const text = toCycloneDx(graph, { reproducible: true, ...TOOL });
  const bom = JSON.parse(text) as Bom;

  it('is valid against the official CycloneDX 1.6 schema', () => {
    expect(sbomValidators().cyclonedx(text)).toEqual([]);
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 });
  });

  it('names the project in metadata.component and chainmail in metadata.tools', () => {
    expect(bom.metadata.component).toEqual({ type: 'application', name: 'app', version: '1.0.0', 'bom-ref': 'pkg:npm/app@1.0.0', purl: 'pkg:npm/app@1.0.0' });
    expect(bom.metadata.tools.components).toEqual([{ type: 'application', name: 'chainmail', version: '0.1.0' }]);
  });

  it('writes each component with its purl, group, hashes, license, scope, where it came from and how it got in', () => {
    const byName = Object.fromEntries(bom.components.map((c) => [c.name as string, c]));
    expect(byName.core).toEqual({
      type: 'library', name: 'core', group: '@babel', version: '7.24.0', 'bom-ref': 'pkg:npm/%40babel/core@7.24.0', scope: 'required',
      hashes: [{ alg: 'SHA-512', content: 'ab'.repeat(64) }],
      licenses: [{ license: { id: 'MIT' } }],
      purl: 'pkg:npm/%40babel/core@7.24.0',
      externalReferences: [{ type: 'distribution', url: 'https://registry.npmjs.org/@babel/core/-/core-7.24.0.tgz' }],
      properties: [{ name: 'chainmail:source', value: 'registry' }, { name: 'chainmail:lockfile', value: 'package-lock.json' }, { name: 'chainmail:direct', value: 'true' }],
    });
    expect(byName['left-pad']).toMatchObject({ scope: 'excluded', licenses: [{ expression: 'WTFPL OR MIT' }],
      externalReferences: [{ type: 'vcs', url: 'git+ssh://git@github.com/stevemao/left-pad.git#5e6d3f3' }] });
    expect(byName.fsevents).toMatchObject({ scope: 'optional', licenses: [{ expression: 'LicenseRef-Custom' }] });
    expect(byName['local-lib']).toMatchObject({ properties: expect.arrayContaining([{ name: 'chainmail:resolved', value: 'file:../local-lib' }]) });
    expect(byName['local-lib']).not.toHaveProperty('externalReferences');
    expect(byName.requests).toMatchObject({
      externalReferences: [{ type: 'distribution', url: 'requests-2.31.0-py3-none-any.whl', hashes: [{ alg: 'SHA-256', content: '58'.repeat(32) }], comment: expect.any(String) }],
      properties: expect.arrayContaining([{ name: 'chainmail:marker', value: 'python_version >= "3.8"' }]),
    });
    expect(byName.requests).not.toHaveProperty('hashes');
  });

  it('lists the dependency graph: the root depends on its direct dependencies, every component has an entry', () => {
    expect(bom.dependencies).toEqual([
      { ref: 'pkg:npm/app@1.0.0', dependsOn: ['pkg:npm/%40babel/core@7.24.0', 'pkg:npm/left-pad@1.3.0', 'pkg:pypi/requests@2.31.0'] },
      { ref: 'pkg:npm/%40babel/core@7.24.0', dependsOn: ['pkg:npm/fsevents@2.3.3', 'pkg:npm/local-lib@0.0.1'] },
      { ref: 'pkg:npm/fsevents@2.3.3' }, { ref: 'pkg:npm/left-pad@1.3.0' }, { ref: 'pkg:npm/local-lib@0.0.1' }, { ref: 'pkg:pypi/requests@2.31.0' },
    ]);
  });

  it('reproducible: no timestamp, a serial number from the content, the same bytes whatever the parse order', () => {
    expect(bom.metadata).not.toHaveProperty('timestamp');
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Anyone can check it: the document without its serialNumber line (and final newline) hashes to it.
    expect(Object.keys(bom).slice(0, 6)).toEqual(['$schema', 'bomFormat', 'specVersion', 'version', 'serialNumber', 'metadata']);
    const unnumbered = text.replace(`  "serialNumber": "${bom.serialNumber}",\n`, '').slice(0, -1);
    expect(`urn:uuid:${contentUuid(unnumbered)}`).toBe(bom.serialNumber);
    expect(toCycloneDx(mergeLockfiles(sampleLockfiles(), ROOT), { reproducible: true, ...TOOL })).toBe(text);
    const shuffled = sampleLockfiles().reverse().map((l) => ({ ...l, components: [...l.components].reverse(), edges: [...l.edges].reverse() }));
    expect(toCycloneDx(mergeLockfiles(shuffled, ROOT), { reproducible: true, ...TOOL })).toBe(text);
    const other = toCycloneDx(mergeLockfiles(sampleLockfiles().slice(0, 1), ROOT), { reproducible: true, ...TOOL });
    expect((JSON.parse(other) as Bom).serialNumber).not.toBe(bom.serialNumber);
  });

  it('reproducible with a given timestamp (SOURCE_DATE_EPOCH) writes that timestamp', () => {
    const stamped = JSON.parse(toCycloneDx(graph, { reproducible: true, timestamp: new Date(1_700_000_000_000), ...TOOL })) as Bom;
    expect(stamped.metadata.timestamp).toBe('2023-11-14T22:13:20.000Z');
  });

  it('not reproducible: the time of writing and a random serial number', () => {
    const first = JSON.parse(toCycloneDx(graph, { reproducible: false, timestamp: new Date(0), ...TOOL })) as Bom;
    const second = JSON.parse(toCycloneDx(graph, { reproducible: false, ...TOOL })) as Bom;
    expect(first.metadata.timestamp).toBe('1970-01-01T00:00:00.000Z');
    expect(Date.now() - Date.parse(second.metadata.timestamp as string)).toBeLessThan(60_000);
    expect(first.serialNumber).not.toBe(second.serialNumber);
    expect(first.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });

  it('keeps bom-refs unique when a component has the root\'s purl', () => {
    const clash = mergeLockfiles([lockfile('package-lock.json', [npm('app', '1.0.0', { direct: true })], [])], ROOT);
    const doc = JSON.parse(toCycloneDx(clash, { reproducible: true, ...TOOL })) as Bom;
    expect(doc.metadata.component['bom-ref']).toBe('pkg:npm/app@1.0.0');
    expect(doc.components.map((c) => c['bom-ref'])).toEqual(['pkg:npm/app@1.0.0-2']);
    expect(doc.dependencies).toEqual([{ ref: 'pkg:npm/app@1.0.0', dependsOn: ['pkg:npm/app@1.0.0-2'] }, { ref: 'pkg:npm/app@1.0.0-2' }]);
    expect(sbomValidators().cyclonedx(JSON.stringify(doc))).toEqual([]);
  });
});
