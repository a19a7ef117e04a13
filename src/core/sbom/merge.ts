import { PackageURL } from 'packageurl-js';
import type { Component, ComponentHash, ComponentProperty, DependencyEdge, Distribution, ParsedLockfile, ParseWarning, RootComponent, SbomGraph, Scope } from './model.js';

const SCOPE_STRENGTH: Readonly<Record<Scope, number>> = { required: 2, optional: 1, excluded: 0 };

/**
 * Every lockfile of a project merged into one graph. Lockfiles are taken in path order (not parse order), so
 * the result depends only on the inputs: a component listed twice keeps the first lockfile's facts (version,
 * source, resolved, license when it has one), the strongest scope and `direct` of any, and the union of its
 * hashes, distributions and properties. Edges from a lockfile's own root (a workspace, a crate, a module) become
 * edges from `root`, which always has a purl (pkg:generic/<name> when none is given). A lockfile whose parser
 * drew no edge from its root gets one to each direct component. Edges naming a component no lockfile lists are
 * left out, with a warning, so writers never refer to a missing element.
 */
export function mergeLockfiles(parsed: readonly ParsedLockfile[], root: RootComponent): SbomGraph {
  const mergedRoot: RootComponent = { ...root, purl: root.purl ?? genericPurl(root) };
  const ordered = [...parsed].sort((a, b) => compareStrings(a.lockfile, b.lockfile));
  const byPurl = new Map<string, Component>();
  for (const lockfile of ordered) {
    for (const component of lockfile.components) {
      const seen = byPurl.get(component.purl);
      byPurl.set(component.purl, seen === undefined ? normalized(component) : combine(seen, component));
    }
  }
  const warnings: ParseWarning[] = ordered.flatMap((l) => l.warnings);
  const edges = new Map<string, DependencyEdge>();
  for (const lockfile of ordered) {
    const roots = new Set([mergedRoot.purl, lockfile.root?.purl].filter((p): p is string => p !== undefined));
    let fromRoot = 0;
    let dangling = 0;
    for (const edge of lockfile.edges) {
      const from = roots.has(edge.from) ? (mergedRoot.purl as string) : edge.from;
      if ((from !== mergedRoot.purl && !byPurl.has(from)) || !byPurl.has(edge.to) || from === edge.to) {
        if (from !== edge.to) dangling++;
        continue;
      }
      if (from === mergedRoot.purl) fromRoot++;
      edges.set(`${from}\n${edge.to}`, { from, to: edge.to });
    }
    if (fromRoot === 0) {
      for (const c of lockfile.components) if (c.direct) edges.set(`${mergedRoot.purl}\n${c.purl}`, { from: mergedRoot.purl as string, to: c.purl });
    }
    if (dangling > 0) {
      warnings.push({ lockfile: lockfile.lockfile, message: `${dangling} dependency edge(s) name a package the lockfile does not list; left out of the SBOM` });
    }
  }
  return {
    root: mergedRoot,
    components: [...byPurl.values()].sort((a, b) => compareStrings(a.purl, b.purl)),
    edges: [...edges.values()].sort((a, b) => compareStrings(a.from, b.from) || compareStrings(a.to, b.to)),
    lockfiles: ordered.map((l) => l.lockfile),
    warnings,
  };
}

/** Code-point order: the same on every machine and locale (localeCompare is not). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function combine(first: Component, other: Component): Component {
  const scope = SCOPE_STRENGTH[other.scope] > SCOPE_STRENGTH[first.scope] ? other.scope : first.scope;
  const license = first.license ?? other.license;
  const distributions = uniteDistributions(first.distributions, other.distributions);
  const properties = uniteProperties(first.properties, other.properties);
  return {
    ...first,
    scope,
    direct: first.direct || other.direct,
    hashes: uniteHashes(first.hashes, other.hashes),
    ...(license !== undefined ? { license } : {}),
    ...(distributions !== undefined ? { distributions } : {}),
    ...(properties !== undefined ? { properties } : {}),
  };
}

/** One component on its own, its lists deduplicated and sorted as a merged one's would be. */
function normalized(component: Component): Component {
  // The usual case (one lockfile, no extra lists, hashes already in order) keeps the parser's object: a copy per
  // component is a tenth of a short `chainmail sbom`'s time once the garbage collector is counted.
  if (component.distributions === undefined && component.properties === undefined && inCanonicalOrder(component.hashes)) return component;
  const distributions = uniteDistributions(component.distributions, undefined);
  const properties = uniteProperties(component.properties, undefined);
  const { distributions: _d, properties: _p, ...rest } = component;
  return {
    ...rest,
    hashes: uniteHashes(component.hashes, []),
    ...(distributions !== undefined ? { distributions } : {}),
    ...(properties !== undefined ? { properties } : {}),
  };
}

/** Whether hashes are as uniteHashes leaves them: lowercase, unique, in order of `algorithm:hex`. */
function inCanonicalOrder(hashes: readonly ComponentHash[]): boolean {
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i] as ComponentHash;
    if (h.hex !== h.hex.toLowerCase()) return false;
    if (i > 0) {
      const previous = hashes[i - 1] as ComponentHash;
      if (compareStrings(`${previous.algorithm}:${previous.hex}`, `${h.algorithm}:${h.hex}`) >= 0) return false;
    }
  }
  return true;
}

function uniteHashes(a: readonly ComponentHash[], b: readonly ComponentHash[]): ComponentHash[] {
  const all = new Map<string, ComponentHash>();
  for (const h of [...a, ...b]) all.set(`${h.algorithm}:${h.hex.toLowerCase()}`, { algorithm: h.algorithm, hex: h.hex.toLowerCase() });
  return [...all.entries()].sort(([x], [y]) => compareStrings(x, y)).map(([, h]) => h);
}

function uniteDistributions(a: readonly Distribution[] | undefined, b: readonly Distribution[] | undefined): Distribution[] | undefined {
  if (a === undefined && b === undefined) return undefined;
  const all = new Map<string, Distribution>();
  for (const d of [...(a ?? []), ...(b ?? [])]) {
    const hashes = uniteHashes(d.hashes, []);
    const key = `${d.name ?? ''}\n${hashes.map((h) => `${h.algorithm}:${h.hex}`).join(' ')}`;
    all.set(key, { ...(d.name !== undefined ? { name: d.name } : {}), hashes });
  }
  return [...all.entries()].sort(([x], [y]) => compareStrings(x, y)).map(([, d]) => d);
}

function uniteProperties(a: readonly ComponentProperty[] | undefined, b: readonly ComponentProperty[] | undefined): ComponentProperty[] | undefined {
  if (a === undefined && b === undefined) return undefined;
  const all = new Map<string, ComponentProperty>();
  for (const p of [...(a ?? []), ...(b ?? [])]) all.set(`${p.name}\n${p.value}`, { name: p.name, value: p.value });
  return [...all.entries()].sort(([x], [y]) => compareStrings(x, y)).map(([, p]) => p);
}

function genericPurl(root: RootComponent): string {
  return new PackageURL('generic', undefined, root.name, root.version, undefined, undefined).toString();
}
