import { describe, expect, it } from '@jest/globals';
import { mergeLockfiles } from '../../../src/core/sbom/merge.js';
import { contentUuid } from '../../../src/core/sbom/content-uuid.js';
import { toSpdx } from '../../../src/core/sbom/spdx.js';
import { sbomValidators } from '../../support/sbom-schemas.js';
import { edge, lockfile, npm } from './graph-builders.js';

const ROOT = { name: 'app', version: '1.0.0', purl: 'pkg:npm/app@1.0.0' };

type Doc = {
  spdxVersion: string; dataLicense: string; SPDXID: string; name: string; documentNamespace: string;
  creationInfo: { created: string; creators: string[] };
  packages: Record<string, unknown>[];
  relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
};

function sample() {
  return [lockfile('package-lock.json', [
    npm('@babel/core', '7.24.0', { direct: true, license: 'MIT', hashes: [{ algorithm: 'SHA-512', hex: 'ab'.repeat(64) }, { algorithm: 'SHA-1', hex: 'cd'.repeat(20) }] }),
    npm('left-pad', '1.3.0', { scope: 'excluded', direct: true, source: 'git', resolved: 'git+ssh://git@github.com/stevemao/left-pad.git#5e6d3f3' }),
    npm('fsevents', '2.3.3', { scope: 'optional' }),
    npm('local-lib', '0.0.1+build.5', { source: 'path', resolved: 'file:../local-lib' }),
  ], [edge(ROOT.purl, 'pkg:npm/%40babel/core@7.24.0'), edge(ROOT.purl, 'pkg:npm/left-pad@1.3.0'),
    edge('pkg:npm/%40babel/core@7.24.0', 'pkg:npm/fsevents@2.3.3'), edge('pkg:npm/%40babel/core@7.24.0', 'pkg:npm/local-lib@0.0.1+build.5')], ROOT.purl)];
}

describe('toSpdx: the graph as SPDX 2.3 JSON', () => {
  const graph = mergeLockfiles(sample(), ROOT);
  const text = toSpdx(graph, { reproducible: true, toolVersion: '0.1.0' });
  const doc = JSON.parse(text) as Doc;
  const pkg = (name: string) => doc.packages.find((p) => p.name === name) as Record<string, unknown>;
  const idOf = (name: string) => pkg(name).SPDXID as string;

  it('is valid against the official SPDX 2.3 schema, with the document fields SPDX requires', () => {
    expect(sbomValidators().spdx(text)).toEqual([]);
    expect(doc).toMatchObject({ spdxVersion: 'SPDX-2.3', dataLicense: 'CC0-1.0', SPDXID: 'SPDXRef-DOCUMENT', name: 'app@1.0.0' });
    expect(doc.creationInfo).toEqual({ created: '1970-01-01T00:00:00Z', creators: ['Tool: chainmail-0.1.0'] });
    expect(doc.documentNamespace).toMatch(/^https:\/\/spdx\.org\/spdxdocs\/chainmail-app-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('writes each package with a valid, readable SPDXID, its checksums, declared license, download location and purl', () => {
    for (const p of doc.packages) expect(p.SPDXID).toMatch(/^SPDXRef-[A-Za-z0-9.-]+$/);
    expect(pkg('@babel/core')).toEqual({
      SPDXID: expect.stringMatching(/^SPDXRef-Package-babel-core-7\.24\.0-[0-9a-f]{8}$/), name: '@babel/core', versionInfo: '7.24.0',
      downloadLocation: 'https://registry.npmjs.org/@babel/core/-/core-7.24.0.tgz', filesAnalyzed: false,
      checksums: [{ algorithm: 'SHA1', checksumValue: 'cd'.repeat(20) }, { algorithm: 'SHA512', checksumValue: 'ab'.repeat(64) }],
      licenseConcluded: 'NOASSERTION', licenseDeclared: 'MIT', copyrightText: 'NOASSERTION',
      sourceInfo: 'source: registry; lockfile: package-lock.json',
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/%40babel/core@7.24.0' }],
      primaryPackagePurpose: 'LIBRARY',
    });
    expect(pkg('left-pad')).toMatchObject({ downloadLocation: 'git+ssh://git@github.com/stevemao/left-pad.git#5e6d3f3', licenseDeclared: 'NOASSERTION' });
    expect(pkg('local-lib')).toMatchObject({ SPDXID: expect.stringMatching(/^SPDXRef-Package-local-lib-0.0.1-build.5-[0-9a-f]{8}$/),
      downloadLocation: 'NOASSERTION', sourceInfo: 'source: path; lockfile: package-lock.json; resolved: file:../local-lib' });
    expect(pkg('app')).toMatchObject({ SPDXID: 'SPDXRef-Root-app', primaryPackagePurpose: 'APPLICATION', versionInfo: '1.0.0' });
  });

  it('relates them: the document DESCRIBES the root, DEPENDS_ON for every edge, DEV_ and OPTIONAL_DEPENDENCY_OF the root for scope', () => {
    const rel = (a: string, type: string, b: string) => ({ spdxElementId: a, relationshipType: type, relatedSpdxElement: b });
    expect(doc.relationships[0]).toEqual(rel('SPDXRef-DOCUMENT', 'DESCRIBES', 'SPDXRef-Root-app'));
    expect(doc.relationships.slice(1)).toEqual(expect.arrayContaining([
      rel('SPDXRef-Root-app', 'DEPENDS_ON', idOf('@babel/core')), rel('SPDXRef-Root-app', 'DEPENDS_ON', idOf('left-pad')),
      rel(idOf('@babel/core'), 'DEPENDS_ON', idOf('fsevents')), rel(idOf('@babel/core'), 'DEPENDS_ON', idOf('local-lib')),
      rel(idOf('left-pad'), 'DEV_DEPENDENCY_OF', 'SPDXRef-Root-app'), rel(idOf('fsevents'), 'OPTIONAL_DEPENDENCY_OF', 'SPDXRef-Root-app'),
    ]));
    expect(doc.relationships).toHaveLength(7);
  });

  it('reproducible: the same bytes whatever the parse order; another graph, another namespace', () => {
    const shuffled = sample().map((l) => ({ ...l, components: [...l.components].reverse(), edges: [...l.edges].reverse() }));
    expect(toSpdx(mergeLockfiles(shuffled, ROOT), { reproducible: true, toolVersion: '0.1.0' })).toBe(text);
    const placeholder = text.replace(doc.documentNamespace, 'urn:chainmail:document-namespace').slice(0, -1);
    expect(doc.documentNamespace.endsWith(`-${contentUuid(placeholder)}`)).toBe(true);
    const other = JSON.parse(toSpdx(mergeLockfiles([], ROOT), { reproducible: true, toolVersion: '0.1.0' })) as Doc;
    expect(other.documentNamespace).not.toBe(doc.documentNamespace);
    const dated = JSON.parse(toSpdx(graph, { reproducible: true, created: new Date(1_700_000_000_000), toolVersion: '0.1.0' })) as Doc;
    expect(dated.creationInfo.created).toBe('2023-11-14T22:13:20Z');
  });

  it('not reproducible: created now, a random namespace unless one is given', () => {
    const a = JSON.parse(toSpdx(graph, { reproducible: false, toolVersion: '0.1.0' })) as Doc;
    const b = JSON.parse(toSpdx(graph, { reproducible: false, toolVersion: '0.1.0', documentNamespace: 'https://example.com/sbom/1' })) as Doc;
    expect(Date.now() - Date.parse(a.creationInfo.created)).toBeLessThan(60_000);
    expect(a.documentNamespace).not.toBe(doc.documentNamespace);
    expect(b.documentNamespace).toBe('https://example.com/sbom/1');
  });

  it('keeps SPDXIDs unique and valid for names that sanitize alike or hold no usable character', () => {
    const clash = mergeLockfiles([lockfile('package-lock.json', [npm('a_b', '1.0.0'), npm('a.b', '1.0.0'), npm('a-b', '1.0.0'), npm('日本', '1.0.0')])], ROOT);
    const out = JSON.parse(toSpdx(clash, { reproducible: true, toolVersion: '0.1.0' })) as Doc;
    const ids = out.packages.map((p) => p.SPDXID as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^SPDXRef-[A-Za-z0-9.-]+$/.test(id))).toBe(true);
    expect(sbomValidators().spdx(JSON.stringify(out))).toEqual([]);
  });
});
