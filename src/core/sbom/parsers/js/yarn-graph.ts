import type { ComponentHash, ComponentProperty, ParsedLockfile, ParseWarning, Scope, SourceKind } from '../../model.js';
import { npmPurl, splitNpmName } from '../../purl.js';
import { GraphBuilder } from './graph-builder.js';
import type { NpmManifest } from './manifest.js';
import { scopesByReach } from './reach-scopes.js';

const STRENGTH: Readonly<Record<Scope, number>> = { required: 2, optional: 1, excluded: 0 };

/** One package of a yarn.lock (v1 or berry), with its dependencies still as `name -> range` to look up. */
export interface YarnEntry {
  readonly name: string;
  readonly version: string;
  readonly source: SourceKind;
  readonly qualifiers?: Readonly<Record<string, string>>;
  readonly resolved?: string;
  readonly hashes: readonly ComponentHash[];
  readonly properties?: readonly ComponentProperty[];
  /** Every dependency, optional ones included, by name -> range. */
  readonly dependencies: Readonly<Record<string, string>>;
  readonly optional: ReadonlySet<string>;
  /** Berry workspaces: the path ('.' is the project root, which is the root and not a component). */
  readonly workspace?: string;
}

export interface YarnLock {
  readonly entries: readonly YarnEntry[];
  /** The entry a dependency `name: range` resolves to, as the lockfile keys it. */
  readonly lookup: (name: string, range: string) => YarnEntry | undefined;
}

/**
 * The component graph of a yarn.lock. yarn.lock records no dev flags and (v1) no root: the root's dependencies
 * and their kinds come from package.json. With it, what only devDependencies reach is excluded and what only an
 * optional dependency reaches is optional; without it, everything is required. Packages nothing depends on are
 * direct (of the root, or of a workspace yarn v1 does not list). Berry workspaces are components the root
 * depends on; their own dev dependencies are not told apart (their package.json is not read here).
 */
export function yarnGraph(lock: YarnLock, lockfile: string, manifest: NpmManifest | undefined, warnings: ParseWarning[]): ParsedLockfile {
  const graph = new GraphBuilder();
  const purls = new Map<YarnEntry, string>();
  const rootEntry = lock.entries.find((e) => e.workspace === '.');
  for (const entry of lock.entries) {
    if (entry !== rootEntry) purls.set(entry, npmPurl(entry.name, entry.version, entry.qualifiers));
  }
  const needs = new Map<YarnEntry, { required: YarnEntry[]; optional: YarnEntry[] }>();
  const needsOf = (entry: YarnEntry) => {
    let found = needs.get(entry);
    if (found === undefined) {
      found = { required: [], optional: [] };
      for (const [name, range] of Object.entries(entry.dependencies)) {
        const target = lock.lookup(name, range);
        if (target !== undefined) (entry.optional.has(name) ? found.optional : found.required).push(target);
      }
      needs.set(entry, found);
    }
    return found;
  };
  const rootName = manifest?.name ?? rootEntry?.name;
  const rootPurl = rootName === undefined ? undefined : npmPurl(rootName, manifest?.version ?? '');
  const declared = (deps: Readonly<Record<string, string>> | undefined): YarnEntry[] => {
    const found: YarnEntry[] = [];
    for (const [name, range] of Object.entries(deps ?? {})) {
      const target = lock.lookup(name, range);
      if (target !== undefined) found.push(target);
    }
    return found;
  };
  const workspaces = lock.entries.filter((e) => e.workspace !== undefined && e !== rootEntry);
  const depended = new Set<YarnEntry>();
  for (const entry of lock.entries) for (const t of [...needsOf(entry).required, ...needsOf(entry).optional]) depended.add(t);
  const rootDeps = manifest !== undefined
    ? { required: [...declared(manifest.dependencies), ...declared(manifest.peerDependencies), ...workspaces], optional: declared(manifest.optionalDependencies), dev: declared(manifest.devDependencies) }
    : rootEntry !== undefined
      ? { required: [...needsOf(rootEntry).required, ...workspaces], optional: needsOf(rootEntry).optional, dev: [] }
      : { required: lock.entries.filter((e) => !depended.has(e)), optional: [], dev: [] };
  const scopes = scopesByReach(rootDeps, needsOf);
  const direct = new Set<YarnEntry>([...rootDeps.required, ...rootDeps.optional, ...rootDeps.dev]);
  for (const ws of workspaces) for (const t of [...needsOf(ws).required, ...needsOf(ws).optional]) direct.add(t);
  // What nothing depends on and the root does not reach is a direct dependency of a workspace yarn v1 leaves out.
  for (const entry of lock.entries) if (!depended.has(entry) && !scopes.has(entry) && entry !== rootEntry) direct.add(entry);
  // An entry nothing reaches but another entry of the same package is (berry's patched copy of a package, which
  // yarn substitutes for the plain one) takes that one's scope; only a package reached by no entry is `required`.
  const reachedScope = new Map<string, Scope>();
  for (const [entry, purl] of purls) {
    const scope = scopes.get(entry);
    if (scope !== undefined && (reachedScope.get(purl) === undefined || STRENGTH[scope] > STRENGTH[reachedScope.get(purl) as Scope])) reachedScope.set(purl, scope);
  }
  for (const [entry, purl] of purls) {
    const { name, namespace } = splitNpmName(entry.name);
    graph.add({
      purl, ecosystem: 'npm', name, ...(namespace === undefined ? {} : { namespace }), version: entry.version,
      hashes: entry.hashes, scope: scopes.get(entry) ?? reachedScope.get(purl) ?? 'required', source: entry.source,
      ...(entry.resolved === undefined ? {} : { resolved: entry.resolved }),
      ...(entry.properties === undefined ? {} : { properties: entry.properties }),
      lockfile, direct: direct.has(entry),
    });
  }
  if (rootPurl !== undefined) {
    for (const to of [...rootDeps.required, ...rootDeps.optional, ...rootDeps.dev]) {
      const target = purls.get(to);
      if (target !== undefined) graph.edge(rootPurl, target);
    }
  }
  for (const [entry, purl] of purls) {
    const { required, optional } = needsOf(entry);
    for (const to of [...required, ...optional]) {
      const target = purls.get(to);
      if (target !== undefined) graph.edge(purl, target);
    }
  }
  const { components, edges } = graph.build();
  return {
    lockfile, ecosystem: 'npm',
    ...(rootName === undefined || rootPurl === undefined ? {} : { root: { name: rootName, ...(manifest?.version ? { version: manifest.version } : {}), purl: rootPurl } }),
    components, edges, warnings,
  };
}
