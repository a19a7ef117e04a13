// Small builders for component graphs in the SBOM writer and merge tests.
import type { Component, DependencyEdge, ParsedLockfile } from '../../../src/core/sbom/model.js';

export function npm(name: string, version: string, extra: Partial<Component> = {}): Component {
  const [namespace, bare] = name.startsWith('@') ? (name.split('/') as [string, string]) : [undefined, name];
  const purl = `pkg:npm/${namespace ? `${encodeURIComponent(namespace)}/` : ''}${bare}@${version}`;
  return {
    purl, ecosystem: 'npm', name: bare, ...(namespace ? { namespace } : {}), version, hashes: [], scope: 'required',
    source: 'registry', resolved: `https://registry.npmjs.org/${name}/-/${bare}-${version}.tgz`, lockfile: 'package-lock.json', direct: false,
    ...extra,
  };
}

export function lockfile(path: string, components: Component[], edges: DependencyEdge[] = [], rootPurl?: string): ParsedLockfile {
  return {
    lockfile: path, ecosystem: components[0]?.ecosystem ?? 'npm', components: components.map((c) => ({ ...c, lockfile: path })), edges, warnings: [],
    ...(rootPurl ? { root: { name: 'app', version: '1.0.0', purl: rootPurl } } : {}),
  };
}

export const edge = (from: string, to: string): DependencyEdge => ({ from, to });
