import { childPath } from '../../../intoto/json-shape.js';
import type { JsonFields, JsonObject } from './json-text.js';
import type { NpmManifest } from './manifest.js';
import { emptyRoot } from './npm-packages.js';
import { isPlainVersion } from './npm-source.js';
import type { NpmNode, NpmTree } from './npm-tree.js';

/**
 * Flattens a lockfileVersion 1 `dependencies` tree (each entry nesting its own `dependencies`) into locations,
 * so v1 resolves exactly like v2/v3. v1 keeps the root's dependencies in package.json only: with the manifest,
 * the root depends on what it declares; without it, on the top-level packages no other package requires.
 */
export function treeFromDependencies(top: JsonObject, fields: JsonFields, manifest: NpmManifest | undefined): NpmTree {
  const nodes = new Map<string, NpmNode>();
  const stack: { location: string; path: string; entries: JsonObject }[] = [];
  const rootDeps = fields.optionalObject(top, 'dependencies', '') ?? {};
  stack.push({ location: '', path: 'dependencies', entries: rootDeps });
  const requiredNames = new Set<string>();
  while (stack.length > 0) {
    const { location, path, entries } = stack.pop() as (typeof stack)[number];
    for (const [key, value] of Object.entries(entries)) {
      const here = childPath(path, key);
      const entry = fields.object(value, here);
      const nodeLocation = location === '' ? `node_modules/${key}` : `${location}/node_modules/${key}`;
      const requires = entry['requires'] === true ? {} : fields.specs(entry, 'requires', here);
      for (const name of Object.keys(requires)) requiredNames.add(name);
      nodes.set(nodeLocation, readV1Node(nodeLocation, key, entry, here, requires, fields));
      const nested = fields.optionalObject(entry, 'dependencies', here);
      if (nested !== undefined) stack.push({ location: nodeLocation, path: childPath(here, 'dependencies'), entries: nested });
    }
  }
  const base = emptyRoot(top, fields);
  const root: NpmNode = manifest !== undefined
    ? { ...base, name: base.name || (manifest.name ?? ''), dependencies: manifest.dependencies, devDependencies: manifest.devDependencies,
        optionalDependencies: manifest.optionalDependencies, peerDependencies: manifest.peerDependencies }
    : { ...base, dependencies: Object.fromEntries(Object.keys(rootDeps).filter((n) => !requiredNames.has(n)).map((n) => [n, '*'])) };
  nodes.set('', root);
  return { nodes, root, workspaces: [] };
}

function readV1Node(location: string, key: string, entry: JsonObject, path: string, requires: Readonly<Record<string, string>>, fields: JsonFields): NpmNode {
  const written = fields.optionalString(entry, 'version', path) ?? '';
  const resolved = fields.optionalString(entry, 'resolved', path);
  const integrity = fields.optionalString(entry, 'integrity', path);
  const { name, version, spec } = readVersionField(key, written);
  const from = resolved ?? spec;
  return {
    location, name, version,
    ...(from === undefined ? {} : { resolved: from }),
    ...(integrity === undefined ? {} : { integrity }),
    link: false,
    dev: fields.flag(entry, 'dev', path),
    optional: fields.flag(entry, 'optional', path),
    devOptional: false,
    dependencies: requires, optionalDependencies: {}, peerDependencies: {}, devDependencies: {},
  };
}

/**
 * v1's `version` holds a version, an alias (`npm:real@1.2.3`), or where a non-registry package came from
 * (`git+https://...#<commit>`, `github:o/r#<commit>`, `file:../lib`, a tarball URL). For git the commit is the
 * only version v1 records; for a path or tarball none is recorded.
 */
function readVersionField(key: string, written: string): { name: string; version: string; spec?: string } {
  if (written.startsWith('npm:')) {
    const alias = written.slice(4);
    const at = alias.lastIndexOf('@');
    if (at > 0) return { name: alias.slice(0, at), version: alias.slice(at + 1) };
  }
  if (isPlainVersion(written) || written === '') return { name: key, version: written };
  const hash = written.lastIndexOf('#');
  const isPathOrUrl = /^(?:file:|link:|https?:\/\/[^#]*\.t(?:ar\.)?gz$)/.test(written);
  return { name: key, version: isPathOrUrl || hash < 0 ? '' : written.slice(hash + 1), spec: written };
}
