import { sriToHashes } from '../../integrity.js';
import { normalizeLicense } from '../../license.js';
import type { Component, ParsedLockfile, ParseWarning, Scope, SourceKind } from '../../model.js';
import { npmPurl, splitNpmName } from '../../purl.js';
import { GraphBuilder } from './graph-builder.js';
import { workspaceMatcher } from './manifest.js';
import { classifyResolved } from './npm-source.js';
import { isTop, NodeModulesResolver, type NpmNode, type NpmTree } from './npm-tree.js';

/**
 * The component graph of an npm tree. Each installed package is a component (copies of one name@version are one);
 * each of its dependencies, optionalDependencies and installed peerDependencies (and devDependencies of tree
 * tops: the root, workspaces, linked folders) is an edge to the copy node_modules resolution finds, which is how
 * `npm sbom` (arborist) draws them. A dependency that is not installed (another platform's optional package, an
 * optional peer) makes no edge.
 */
export function npmGraph(tree: NpmTree, lockfile: string, warnings: ParseWarning[]): ParsedLockfile {
  const { nodes, root } = tree;
  const isWorkspace = workspaceMatcher(tree.workspaces);
  const workspaces = new Set<string>();
  const purls = new Map<string, string>();
  const graph = new GraphBuilder();
  const warn = (message: string): void => { warnings.push({ lockfile, message }); };
  for (const node of nodes.values()) {
    if (node.location === '' || node.link) continue;
    if (isTop(node.location) && isWorkspace(node.location)) workspaces.add(node.location);
    const component = toComponent(node, lockfile, workspaces.has(node.location), warn);
    purls.set(node.location, graph.add(component));
  }
  const rootPurl = root.name === '' ? undefined : npmPurl(root.name, root.version);
  const resolver = new NodeModulesResolver(nodes);
  const targetOf = (location: string): string | undefined => {
    const node = nodes.get(location);
    return node?.link === true ? (node.resolved === undefined ? undefined : purls.get(node.resolved)) : purls.get(location);
  };
  for (const node of nodes.values()) {
    if (node.link) continue;
    const from = node.location === '' ? rootPurl : purls.get(node.location);
    const ownsDirect = node.location === '' || workspaces.has(node.location);
    const link = (name: string): void => {
      const found = resolver.resolve(node.location, name);
      const to = found === undefined ? undefined : targetOf(found);
      if (to === undefined) return;
      if (from !== undefined) graph.edge(from, to);
      if (ownsDirect) graph.markDirect(to);
    };
    // A name in several fields resolves to the same copy: the builder drops the repeated edge.
    for (const name in node.peerDependencies) link(name);
    for (const name in node.dependencies) link(name);
    for (const name in node.optionalDependencies) link(name);
    if (isTop(node.location)) for (const name in node.devDependencies) link(name);
  }
  for (const location of workspaces) {
    const to = purls.get(location) as string;
    if (rootPurl !== undefined) graph.edge(rootPurl, to);
    graph.markDirect(to);
  }
  const { components, edges } = graph.build();
  return {
    lockfile, ecosystem: 'npm',
    ...(root.name === '' ? {} : { root: { name: root.name, ...(root.version === '' ? {} : { version: root.version }), purl: rootPurl as string } }),
    components, edges, warnings,
  };
}

function toComponent(node: NpmNode, lockfile: string, workspace: boolean, warn: (message: string) => void): Component {
  const linked = isTop(node.location);
  const origin = linked ? { source: (workspace ? 'workspace' : 'path') as SourceKind } : classifyResolved(node.resolved, node.name, node.version);
  const { namespace, name } = splitNpmName(node.name);
  const component: Mutable<Component> = {
    purl: npmPurl(node.name, node.version, origin.qualifiers), ecosystem: 'npm', name, version: node.version,
    hashes: node.integrity === undefined ? [] : sriToHashes(node.integrity),
    scope: scopeOf(node), source: origin.source, lockfile, direct: false,
  };
  // Optional fields are set only when known (no `undefined` members), without spreading a fresh object per field.
  if (namespace !== undefined) component.namespace = namespace;
  const license = node.license === undefined ? undefined : normalizeLicense(node.license, (m) => warn(`${node.name}@${node.version}: ${m}`));
  if (license !== undefined) component.license = license;
  const resolved = linked ? node.location : node.resolved;
  if (resolved !== undefined) component.resolved = resolved;
  return component;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * npm's flags: `dev` is installed only for development (excluded, even when also `optional`: an optional
 * dependency of a dev dependency); `optional` only for optional dependencies; `devOptional` is needed by
 * development and by an optional dependency of production, so it ships when optional dependencies do.
 */
function scopeOf(node: NpmNode): Scope {
  if (node.dev) return 'excluded';
  return node.optional || node.devOptional ? 'optional' : 'required';
}
