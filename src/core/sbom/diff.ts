import type { Component, SbomGraph } from './model.js';

/** A package whose identity stayed but whose version or source changed between base and head. */
export interface ChangedComponent {
  /** pkg:type/namespace/name: the package, without version, qualifiers or subpath. */
  readonly purlWithoutVersion: string;
  readonly from: Component;
  readonly to: Component;
}

export interface SbomDiff {
  readonly added: readonly Component[];
  readonly removed: readonly Component[];
  readonly changed: readonly ChangedComponent[];
}

/**
 * What a change (a pull request) does to what the project ingests. A package is its identity (ecosystem,
 * namespace, name); a graph may hold several versions of one package (npm nests them), so within one
 * identity the versions on both sides are unchanged, and the others are paired in version order as changes
 * (4.0.1 -> 4.0.2); what is left over is added or removed. A version on both sides whose source changed
 * (registry -> git, another URL) is changed too. Pure; every list sorted by purl.
 */
export function diffGraphs(base: SbomGraph, head: SbomGraph): SbomDiff {
  const before = byIdentity(base.components);
  const after = byIdentity(head.components);
  const added: Component[] = [];
  const removed: Component[] = [];
  const changed: ChangedComponent[] = [];
  for (const identity of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(identity) ?? [];
    const is = after.get(identity) ?? [];
    const isByVersion = new Map(is.map((c) => [c.version, c]));
    const wasVersions = new Set(was.map((c) => c.version));
    const gone: Component[] = [];
    for (const from of was) {
      const to = isByVersion.get(from.version);
      if (!to) gone.push(from);
      else if (!sameSource(from, to)) changed.push({ purlWithoutVersion: purlWithoutVersion(to.purl), from, to });
    }
    const arrived = is.filter((c) => !wasVersions.has(c.version));
    const pairs = Math.min(gone.length, arrived.length);
    for (let i = 0; i < pairs; i++) {
      const to = arrived[i] as Component;
      changed.push({ purlWithoutVersion: purlWithoutVersion(to.purl), from: gone[i] as Component, to });
    }
    removed.push(...gone.slice(pairs));
    added.push(...arrived.slice(pairs));
  }
  const byPurl = (a: Component, b: Component) => compare(a.purl, b.purl);
  return {
    added: added.sort(byPurl),
    removed: removed.sort(byPurl),
    changed: changed.sort((a, b) => compare(a.purlWithoutVersion, b.purlWithoutVersion) || compare(a.from.purl, b.from.purl)),
  };
}

/** A package's identity across versions: ecosystem, namespace and name. */
export function packageIdentity(c: Pick<Component, 'ecosystem' | 'namespace' | 'name'>): string {
  return `${c.ecosystem}:${c.namespace ?? ''}/${c.name}`;
}

/** `pkg:npm/%40babel/core@7.24.0?x=y#sub` -> `pkg:npm/%40babel/core`. */
export function purlWithoutVersion(purl: string): string {
  const bare = purl.replace(/[?#].*$/, '');
  const lastSlash = bare.lastIndexOf('/');
  const at = bare.indexOf('@', lastSlash + 1);
  return at >= 0 ? bare.slice(0, at) : bare;
}

function byIdentity(components: readonly Component[]): Map<string, Component[]> {
  const map = new Map<string, Component[]>();
  for (const c of components) {
    const list = map.get(packageIdentity(c));
    if (list) list.push(c);
    else map.set(packageIdentity(c), [c]);
  }
  for (const list of map.values()) list.sort((a, b) => compareVersions(a.version, b.version));
  return map;
}

/**
 * Whether two versions of a package came from the same place: the exact URL or path outside a registry (a
 * new commit of a git dependency is a change); for a registry only its host, when both lockfiles state one
 * (tarball URLs differ in form between lockfile formats, and yarn's registry host is npm's under another name).
 */
function sameSource(a: Component, b: Component): boolean {
  if (a.source !== b.source) return false;
  if (a.source !== 'registry') return (a.resolved ?? '') === (b.resolved ?? '');
  const [hostA, hostB] = [registryHost(a), registryHost(b)];
  return hostA === undefined || hostB === undefined || hostA === hostB;
}

function registryHost(c: Component): string | undefined {
  const host = /^https?:\/\/([^/]+)/i.exec(c.resolved ?? '')?.[1]?.toLowerCase();
  return host === 'registry.yarnpkg.com' ? 'registry.npmjs.org' : host;
}

/** Numeric-aware ordering (1.10.0 after 1.9.0), good enough to pair old and new versions of one package. */
function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
