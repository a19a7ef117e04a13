import type { Component, DependencyEdge, ParsedLockfile, RootComponent, Scope } from '../../model.js';
import { optionalArray } from '../support/fields.js';
import { invalidAtPath, unsupportedVersion } from '../support/lockfile-error.js';
import { scopesByReachability } from '../support/scope-walk.js';
import { invalidEntry, parseTomlFile } from '../support/toml.js';
import { normalizePypiName, pypiComponent, pypiPurl } from './pypi.js';
import { readUvPackage, type UvDependency, type UvPackage } from './uv-package.js';

const UNDERSTOOD = ['1'];

/**
 * uv.lock (version 1, any revision). The workspace members (editable or virtual sources) are the project: the one
 * at "." is the root, others are workspace components. Scope by reachability from the members: their
 * dependencies are required, their optional-dependencies (extras) optional, their dev-dependencies (groups)
 * excluded; a package's own extras count only when something asks for them. Unreached packages stay required.
 */
export function parseUvLock(text: string, lockfile: string): ParsedLockfile {
  const toml = parseTomlFile(text, lockfile);
  if (toml.version !== 1) throw unsupportedVersion(lockfile, toml.version, UNDERSTOOD);
  const raw = optionalArray(toml, 'package', (what) => invalidAtPath(lockfile, 'package', what));
  const packages = raw.map((p, i) => readUvPackage(p, (what) => invalidEntry(text, lockfile, 'package', i, what)));
  const graph = new UvGraph(packages);
  const members = packages.flatMap((p, i) => (p.member !== undefined ? [i] : []));
  const rootIndex = members.find((i) => packages[i]?.member === '.');
  const scopes = graph.scopes(members);
  const direct = new Set(members.flatMap((i) => graph.targets(allLists(packages[i] as UvPackage))));
  const purls: string[] = [];
  const components: Component[] = [];
  let root: RootComponent | undefined;
  packages.forEach((p, i) => {
    if (i === rootIndex) {
      root = { name: p.name, ...(p.version ? { version: p.version } : {}), purl: pypiPurl(p.name, p.version, { source: 'registry' }) };
      purls.push(root.purl as string);
      return;
    }
    const component = pypiComponent({ ...p, scope: scopes.get(i) ?? 'required', direct: direct.has(i) }, lockfile);
    purls.push(component.purl);
    components.push(component);
  });
  // Every dependency a package may bring, extras and groups included.
  const edges: DependencyEdge[] = packages.flatMap((p, i) =>
    graph.targets(allLists(p)).map((to) => ({ from: purls[i] as string, to: purls[to] as string })));
  return { lockfile, ecosystem: 'pypi', ...(root ? { root } : {}), components, edges, warnings: [] };
}

function allLists(p: UvPackage): UvDependency[] {
  return [...p.dependencies, ...[...p.optional.values()].flat(), ...[...p.dev.values()].flat()];
}

/**
 * Name lookups over the lock's packages, built once. Reachability runs over (package, extra or group) pairs, so
 * `requests[socks]` asked for by an extra brings pysocks in as optional, not as required: linear in the lock.
 */
class UvGraph {
  private readonly byName = new Map<string, number[]>();

  constructor(private readonly packages: readonly UvPackage[]) {
    packages.forEach((p, i) => {
      const key = normalizePypiName(p.name);
      const list = this.byName.get(key);
      if (list) list.push(i);
      else this.byName.set(key, [i]);
    });
  }

  /** The packages a dependency entry names (several when the name is ambiguous and no version narrows it). */
  resolve(dep: UvDependency): number[] {
    const candidates = this.byName.get(normalizePypiName(dep.name)) ?? [];
    return dep.version === undefined ? candidates : candidates.filter((i) => this.packages[i]?.version === dep.version);
  }

  targets(deps: readonly UvDependency[]): number[] {
    return deps.flatMap((d) => this.resolve(d));
  }

  /** Members' dependencies required, their extras optional, their dev groups excluded; the strongest wins. */
  scopes(members: readonly number[]): Map<number, Scope> {
    const starts = members.flatMap((m) => {
      const p = this.packages[m] as UvPackage;
      return [
        { id: state(m, ''), scope: 'required' as Scope },
        ...[...p.optional.keys()].map((e) => ({ id: state(m, e), scope: 'optional' as Scope })),
        ...[...p.dev.keys()].map((g) => ({ id: state(m, `dev:${g}`), scope: 'excluded' as Scope })),
      ];
    });
    const byState = scopesByReachability(starts, (id) => this.stateChildren(id));
    const byPackage = new Map<number, Scope>();
    for (const [id, scope] of byState) {
      const i = Number(id.slice(0, id.indexOf(':')));
      if (!byPackage.has(i)) byPackage.set(i, scope); // passes run strongest first
    }
    return byPackage;
  }

  private stateChildren(id: string): string[] {
    const colon = id.indexOf(':');
    const p = this.packages[Number(id.slice(0, colon))] as UvPackage;
    const key = id.slice(colon + 1);
    const list = key === '' ? p.dependencies : key.startsWith('dev:') ? p.dev.get(key.slice(4)) : p.optional.get(key);
    return (list ?? []).flatMap((dep) => this.resolve(dep).flatMap((t) => [state(t, ''), ...dep.extras.map((e) => state(t, e))]));
  }
}

function state(index: number, extra: string): string {
  return `${index}:${extra}`;
}
