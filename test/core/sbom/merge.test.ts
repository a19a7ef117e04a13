import { describe, expect, it } from '@jest/globals';
import { mergeLockfiles } from '../../../src/core/sbom/merge.js';
import { edge, lockfile, npm } from './graph-builders.js';

const ROOT = { name: 'app', version: '1.0.0', purl: 'pkg:npm/app@1.0.0' };
const sha = (c: string) => ({ algorithm: 'SHA-512' as const, hex: c.repeat(128) });

describe('mergeLockfiles: every lockfile of a project as one graph', () => {
  it('lists a component two lockfiles share once: the strongest scope, direct if either says so, the hashes of both', () => {
    const graph = mergeLockfiles([
      lockfile('web/yarn.lock', [npm('lodash', '4.17.21', { scope: 'excluded', direct: true, hashes: [sha('a'), { algorithm: 'SHA-1', hex: 'B'.repeat(40) }] })]),
      lockfile('package-lock.json', [npm('lodash', '4.17.21', { scope: 'optional', hashes: [sha('a')], license: 'MIT' })]),
    ], ROOT);
    expect(graph.components).toHaveLength(1);
    expect(graph.components[0]).toMatchObject({
      purl: 'pkg:npm/lodash@4.17.21', scope: 'optional', direct: true, license: 'MIT',
      lockfile: 'package-lock.json', // the first lockfile in path order, whatever the parse order
      hashes: [{ algorithm: 'SHA-1', hex: 'b'.repeat(40) }, sha('a')],
    });
    expect(graph.lockfiles).toEqual(['package-lock.json', 'web/yarn.lock']);
  });

  it('puts the hashes of a component listed once in order too: lowercase, unique, sorted', () => {
    const [once] = mergeLockfiles([
      lockfile('package-lock.json', [npm('x', '1.0.0', { hashes: [sha('c'), { algorithm: 'SHA-1', hex: 'B'.repeat(40) }, sha('c')] })]),
    ], ROOT).components;
    expect(once?.hashes).toEqual([{ algorithm: 'SHA-1', hex: 'b'.repeat(40) }, sha('c')]);
    const [ordered] = mergeLockfiles([lockfile('package-lock.json', [npm('y', '1.0.0', { hashes: [sha('a'), sha('d')] })])], ROOT).components;
    expect(ordered?.hashes).toEqual([sha('a'), sha('d')]);
  });

  it('required beats optional beats excluded', () => {
    const scopes = (a: 'required' | 'optional' | 'excluded', b: typeof a) =>
      mergeLockfiles([lockfile('a/package-lock.json', [npm('x', '1.0.0', { scope: a })]), lockfile('b/package-lock.json', [npm('x', '1.0.0', { scope: b })])], ROOT).components[0]?.scope;
    expect(scopes('excluded', 'required')).toBe('required');
    expect(scopes('required', 'optional')).toBe('required');
    expect(scopes('excluded', 'optional')).toBe('optional');
    expect(scopes('excluded', 'excluded')).toBe('excluded');
  });

  it('sorts components by purl and edges by (from, to), deduplicated, whatever order the lockfiles were parsed in', () => {
    const a = lockfile('package-lock.json', [npm('b', '1.0.0', { direct: true }), npm('a', '1.0.0')],
      [edge(ROOT.purl, 'pkg:npm/b@1.0.0'), edge('pkg:npm/b@1.0.0', 'pkg:npm/a@1.0.0'), edge('pkg:npm/b@1.0.0', 'pkg:npm/a@1.0.0')], ROOT.purl);
    const b = lockfile('sub/package-lock.json', [npm('c', '2.0.0', { direct: true }), npm('a', '1.0.0')],
      [edge('pkg:npm/sub@0.1.0', 'pkg:npm/c@2.0.0'), edge('pkg:npm/c@2.0.0', 'pkg:npm/a@1.0.0')], 'pkg:npm/sub@0.1.0');
    const graph = mergeLockfiles([a, b], ROOT);
    expect(graph.components.map((c) => c.purl)).toEqual(['pkg:npm/a@1.0.0', 'pkg:npm/b@1.0.0', 'pkg:npm/c@2.0.0']);
    // The sub-project's root edge becomes the merged root's.
    expect(graph.edges).toEqual([
      edge('pkg:npm/app@1.0.0', 'pkg:npm/b@1.0.0'), edge('pkg:npm/app@1.0.0', 'pkg:npm/c@2.0.0'),
      edge('pkg:npm/b@1.0.0', 'pkg:npm/a@1.0.0'), edge('pkg:npm/c@2.0.0', 'pkg:npm/a@1.0.0'),
    ]);
    expect(mergeLockfiles([b, a], ROOT)).toEqual(graph);
  });

  it('gives a root without a purl pkg:generic/<name>, and links direct components to it when a lockfile draws no root edge', () => {
    const graph = mergeLockfiles([lockfile('requirements.txt', [npm('x', '1.0.0', { direct: true }), npm('y', '1.0.0')], [edge('pkg:npm/x@1.0.0', 'pkg:npm/y@1.0.0')])],
      { name: 'my project' });
    expect(graph.root).toEqual({ name: 'my project', purl: 'pkg:generic/my%20project' });
    expect(graph.edges).toEqual([edge('pkg:generic/my%20project', 'pkg:npm/x@1.0.0'), edge('pkg:npm/x@1.0.0', 'pkg:npm/y@1.0.0')]);
  });

  it('leaves out edges to packages no lockfile lists, and says so', () => {
    const graph = mergeLockfiles([lockfile('package-lock.json', [npm('x', '1.0.0', { direct: true })],
      [edge(ROOT.purl, 'pkg:npm/x@1.0.0'), edge('pkg:npm/x@1.0.0', 'pkg:npm/ghost@1.0.0'), edge('pkg:npm/ghost@1.0.0', 'pkg:npm/x@1.0.0')], ROOT.purl)], ROOT);
    expect(graph.edges).toEqual([edge(ROOT.purl, 'pkg:npm/x@1.0.0')]);
    expect(graph.warnings).toEqual([{ lockfile: 'package-lock.json', message: expect.stringContaining('2 dependency edge(s) name a package the lockfile does not list') }]);
  });

  it('unites the artifacts and properties a component is listed with', () => {
    const wheel = { name: 'x-1.0-py3-none-any.whl', hashes: [{ algorithm: 'SHA-256' as const, hex: 'a'.repeat(64) }] };
    const sdist = { name: 'x-1.0.tar.gz', hashes: [{ algorithm: 'SHA-256' as const, hex: 'b'.repeat(64) }] };
    const graph = mergeLockfiles([
      lockfile('poetry.lock', [npm('x', '1.0', { distributions: [wheel, sdist], properties: [{ name: 'chainmail:p', value: '1' }] })]),
      lockfile('uv.lock', [npm('x', '1.0', { distributions: [sdist], properties: [{ name: 'chainmail:p', value: '1' }, { name: 'chainmail:a', value: '2' }] })]),
    ], ROOT);
    expect(graph.components[0]?.distributions).toEqual([wheel, sdist]);
    expect(graph.components[0]?.properties).toEqual([{ name: 'chainmail:a', value: '2' }, { name: 'chainmail:p', value: '1' }]);
  });

  it('keeps every lockfile\'s warnings, in lockfile order', () => {
    const withWarning = (path: string) => ({ ...lockfile(path, []), warnings: [{ lockfile: path, message: 'disagrees with its manifest' }] });
    expect(mergeLockfiles([withWarning('z/go.sum'), withWarning('Cargo.lock')], ROOT).warnings.map((w) => w.lockfile)).toEqual(['Cargo.lock', 'z/go.sum']);
  });
});
