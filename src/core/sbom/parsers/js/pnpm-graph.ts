import type { ParsedLockfile, ParseWarning, Scope } from '../../model.js';
import { npmPurl, splitNpmName } from '../../purl.js';
import { GraphBuilder } from './graph-builder.js';
import type { NpmManifest } from './manifest.js';
import { candidateKeys, joinImporterPath } from './pnpm-keys.js';
import type { PnpmImporter, PnpmLock, PnpmPackage } from './pnpm-lock.js';
import { type Needs, scopesByReach } from './reach-scopes.js';

const IMPORTER = 'importer:';

/**
 * The component graph of a pnpm lockfile: packages (peer variants of one name@version are one component) and
 * workspace projects (importers other than '.'), with edges from each importer and package to what its refs
 * name. Scopes: pnpm 5-8's `dev`/`optional` flags where written; otherwise (pnpm 9, or a flag left out because a
 * package is both) by reachability from the importers' dependencies, optionalDependencies and devDependencies.
 */
export function pnpmGraph(lock: PnpmLock, lockfile: string, manifest: NpmManifest | undefined, warnings: ParseWarning[]): ParsedLockfile {
  const importers = new Map(lock.importers.map((i) => [i.path, i]));
  const names = new Map<string, string>(); // workspace path -> package name, from the links that point at it
  const resolve = (from: string, name: string, ref: string): string | undefined => {
    if (ref.startsWith('link:')) {
      const path = joinImporterPath(from, ref.slice('link:'.length));
      if (!importers.has(path)) return undefined;
      if (!names.has(path)) names.set(path, name);
      return IMPORTER + path;
    }
    return candidateKeys(name, ref, lock.version9, lock.style).find((k) => lock.packages.has(k));
  };
  const needs = new Map<string, Needs<string>>();
  const needsOf = (id: string): Needs<string> => {
    let found = needs.get(id);
    if (found !== undefined) return found;
    const owner: PnpmImporter | PnpmPackage | undefined = id.startsWith(IMPORTER) ? importers.get(id.slice(IMPORTER.length)) : lock.packages.get(id);
    const from = id.startsWith(IMPORTER) ? id.slice(IMPORTER.length) : '.';
    const pick = (deps: Readonly<Record<string, string>> = {}) =>
      Object.entries(deps).map(([n, r]) => resolve(from, n, r)).filter((t): t is string => t !== undefined);
    found = { required: pick(owner?.dependencies), optional: pick(owner?.optionalDependencies) };
    needs.set(id, found);
    return found;
  };
  const rootId = `${IMPORTER}.`;
  const workspaceIds = lock.importers.filter((i) => i.path !== '.').map((i) => IMPORTER + i.path);
  const devOf = (i: PnpmImporter) => Object.entries(i.devDependencies).map(([n, r]) => resolve(i.path, n, r)).filter((t): t is string => t !== undefined);
  const devRoots = lock.importers.flatMap(devOf);
  const scopes = scopesByReach({ required: [...needsOf(rootId).required, ...workspaceIds], optional: needsOf(rootId).optional, dev: devRoots }, needsOf);

  const graph = new GraphBuilder();
  const purls = new Map<string, string>();
  for (const [key, pkg] of lock.packages) {
    const { name, namespace } = splitNpmName(pkg.name);
    const purl = npmPurl(pkg.name, pkg.version, pkg.qualifiers);
    purls.set(key, graph.add({
      purl, ecosystem: 'npm', name, ...(namespace === undefined ? {} : { namespace }), version: pkg.version,
      hashes: pkg.hashes, scope: flaggedScope(pkg) ?? scopes.get(key) ?? 'required', source: pkg.source,
      ...(pkg.resolved === undefined ? {} : { resolved: pkg.resolved }), lockfile, direct: false,
    }));
  }
  for (const id of workspaceIds) {
    const path = id.slice(IMPORTER.length);
    const full = names.get(path) ?? path.slice(path.lastIndexOf('/') + 1);
    const { name, namespace } = splitNpmName(full);
    purls.set(id, graph.add({
      purl: npmPurl(full, ''), ecosystem: 'npm', name, ...(namespace === undefined ? {} : { namespace }), version: '',
      hashes: [], scope: 'required', source: 'workspace', resolved: path, lockfile, direct: true,
    }));
  }
  const rootName = manifest?.name;
  const rootPurl = rootName === undefined ? undefined : npmPurl(rootName, manifest?.version ?? '');
  purls.set(rootId, rootPurl ?? '');
  for (const [id, from] of purls) {
    const targets = [...needsOf(id).required, ...needsOf(id).optional];
    const importer = id.startsWith(IMPORTER) ? importers.get(id.slice(IMPORTER.length)) : undefined;
    if (importer !== undefined) targets.push(...devOf(importer));
    if (id === rootId) targets.push(...workspaceIds);
    for (const target of targets) {
      const to = purls.get(target);
      if (to === undefined || to === '') continue;
      if (from !== '') graph.edge(from, to);
      if (importer !== undefined) graph.markDirect(to);
    }
  }
  const { components, edges } = graph.build();
  return {
    lockfile, ecosystem: 'npm',
    ...(rootName === undefined || rootPurl === undefined ? {} : { root: { name: rootName, ...(manifest?.version ? { version: manifest.version } : {}), purl: rootPurl } }),
    components, edges, warnings,
  };
}

function flaggedScope(pkg: PnpmPackage): Scope | undefined {
  if (pkg.dev === true) return 'excluded';
  if (pkg.dev === false) return pkg.optional ? 'optional' : 'required';
  return undefined;
}
