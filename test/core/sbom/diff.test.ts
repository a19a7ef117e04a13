import { describe, expect, it } from '@jest/globals';
import { diffGraphs, purlWithoutVersion } from '../../../src/core/sbom/diff.js';
import type { Component, SbomGraph } from '../../../src/core/sbom/model.js';

function npm(name: string, version: string, more: Partial<Component> = {}): Component {
  const [namespace, bare] = name.startsWith('@') ? name.split('/') : [undefined, name];
  return {
    purl: `pkg:npm/${namespace ? `${encodeURIComponent(namespace)}/` : ''}${bare}@${version}`,
    ecosystem: 'npm', name: bare as string, ...(namespace ? { namespace } : {}), version, hashes: [], scope: 'required',
    source: 'registry', resolved: `https://registry.npmjs.org/${name}/-/${bare}-${version}.tgz`, lockfile: 'package-lock.json', direct: false,
    ...more,
  };
}

const graph = (components: Component[]): SbomGraph => ({ root: { name: 'app' }, components, edges: [], lockfiles: ['package-lock.json'], warnings: [] });
const purls = (list: readonly Component[]) => list.map((c) => c.purl);
const changes = (d: ReturnType<typeof diffGraphs>) => d.changed.map((c) => [c.purlWithoutVersion, c.from.version, c.to.version]);

describe('diffGraphs', () => {
  it('lists added and removed packages, and a version bump as changed', () => {
    const diff = diffGraphs(
      graph([npm('express', '4.18.2'), npm('lodash', '4.17.21'), npm('@babel/core', '7.23.0')]),
      graph([npm('express', '4.19.2'), npm('@babel/core', '7.23.0'), npm('left-pad', '1.3.0')]),
    );
    expect(purls(diff.added)).toEqual(['pkg:npm/left-pad@1.3.0']);
    expect(purls(diff.removed)).toEqual(['pkg:npm/lodash@4.17.21']);
    expect(changes(diff)).toEqual([['pkg:npm/express', '4.18.2', '4.19.2']]);
  });

  it('pairs the versions of a package held several times in version order; the rest is added or removed', () => {
    const diff = diffGraphs(
      graph([npm('semver', '5.7.2'), npm('semver', '6.3.1'), npm('semver', '7.5.4')]),
      graph([npm('semver', '6.3.1'), npm('semver', '7.6.0'), npm('semver', '7.10.0'), npm('semver', '8.0.0')]),
    );
    expect(changes(diff)).toEqual([['pkg:npm/semver', '5.7.2', '7.6.0'], ['pkg:npm/semver', '7.5.4', '7.10.0']]);
    expect(purls(diff.added)).toEqual(['pkg:npm/semver@8.0.0']);
    expect(diff.removed).toEqual([]);
  });

  it('calls a same-version package from another source changed: registry to git, or a new commit', () => {
    const git = (commit: string) => npm('left-pad', '1.3.0', { source: 'git', resolved: `git+https://github.com/l/p.git#${commit}` });
    expect(changes(diffGraphs(graph([npm('left-pad', '1.3.0')]), graph([git('a'.repeat(40))])))).toEqual([['pkg:npm/left-pad', '1.3.0', '1.3.0']]);
    expect(changes(diffGraphs(graph([git('a'.repeat(40))]), graph([git('b'.repeat(40))])))).toHaveLength(1);
  });

  it('does not call a registry package changed for the form of its tarball URL or a missing one', () => {
    const yarn = npm('ms', '2.1.3', { resolved: 'https://registry.yarnpkg.com/ms/-/ms-2.1.3.tgz#d8b2' });
    const bare = npm('ms', '2.1.3', { resolved: undefined });
    expect(diffGraphs(graph([npm('ms', '2.1.3')]), graph([yarn]))).toEqual({ added: [], removed: [], changed: [] });
    expect(diffGraphs(graph([npm('ms', '2.1.3')]), graph([bare]))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('tells packages of different ecosystems or namespaces apart', () => {
    const pypiUi: Component = { ...npm('ui', '1.0.0'), ecosystem: 'pypi', purl: 'pkg:pypi/ui@1.0.0' };
    const diff = diffGraphs(graph([npm('@a/ui', '1.0.0'), pypiUi]), graph([npm('@b/ui', '1.0.1'), npm('ui', '1.0.0')]));
    expect(purls(diff.added)).toEqual(['pkg:npm/%40b/ui@1.0.1', 'pkg:npm/ui@1.0.0']);
    expect(purls(diff.removed)).toEqual(['pkg:npm/%40a/ui@1.0.0', 'pkg:pypi/ui@1.0.0']);
  });

  it('finds nothing between a graph and itself', () => {
    const g = graph([npm('express', '4.19.2'), npm('semver', '6.3.1'), npm('semver', '7.6.0')]);
    expect(diffGraphs(g, g)).toEqual({ added: [], removed: [], changed: [] });
  });
});

describe('purlWithoutVersion', () => {
  it('drops the version, qualifiers and subpath', () => {
    expect(purlWithoutVersion('pkg:npm/%40babel/core@7.24.0?vcs_url=x#lib')).toBe('pkg:npm/%40babel/core');
    expect(purlWithoutVersion('pkg:githubactions/actions/checkout@v4')).toBe('pkg:githubactions/actions/checkout');
    expect(purlWithoutVersion('pkg:golang/github.com/x/y@v1.2.3')).toBe('pkg:golang/github.com/x/y');
    expect(purlWithoutVersion('pkg:cargo/serde')).toBe('pkg:cargo/serde');
  });
});
