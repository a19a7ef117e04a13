import type { Component, DependencyEdge, ParsedLockfile, ParseWarning, RootComponent, Scope } from '../model.js';
import { readCargoPackage, splitDependency, type CargoPackage } from './cargo/lock-package.js';
import { readCargoManifest, type CargoManifest } from './cargo/manifest.js';
import { cargoSource, type CargoSource } from './cargo/source.js';
import { isTable, optionalArray } from './support/fields.js';
import { invalidAtPath, unsupportedVersion } from './support/lockfile-error.js';
import { makePurl } from './support/purl.js';
import { scopesByReachability } from './support/scope-walk.js';
import { invalidEntry, parseTomlFile } from './support/toml.js';

// v1 and v2 carry no `version` key (v1 keeps checksums in [metadata]); v3 and v4 say `version = 3` / `4`.
const UNDERSTOOD = ['1', '2', '3', '4'];

/**
 * Cargo.lock, versions 1 to 4. Packages without a source are local (workspace members or path crates); the one
 * Cargo.toml names is the root. The checksum is the SHA-256 of the .crate file: a real artifact hash. Cargo.lock
 * does not record dev-dependencies apart: with Cargo.toml as the manifest, crates reachable only through the
 * root's [dev-dependencies] are excluded; other members' dev-dependencies are not known here, so their crates,
 * like everything without a manifest, are required.
 */
export function parseCargoLock(text: string, lockfile: string, manifest?: string): ParsedLockfile {
  const toml = parseTomlFile(text, lockfile);
  if (toml.version !== undefined && toml.version !== 3 && toml.version !== 4) throw unsupportedVersion(lockfile, toml.version, UNDERSTOOD);
  const metadata = isTable(toml.metadata) ? toml.metadata : {};
  const entries = [...(isTable(toml.root) ? [toml.root] : []), ...optionalArray(toml, 'package', (what) => invalidAtPath(lockfile, 'package', what))];
  const offset = isTable(toml.root) ? 1 : 0; // v1's [root] table comes first; [[package]] indices in errors stay the file's
  const packages = entries.map((p, i) => readCargoPackage(p, metadata, (what) => invalidEntry(text, lockfile, 'package', i - offset, what)));
  const cargoToml = manifest === undefined ? undefined : readCargoManifest(manifest, siblingCargoToml(lockfile));
  const deps = resolveDependencies(packages, text, lockfile, offset);
  const members = packages.flatMap((p, i) => (p.source === undefined ? [i] : []));
  const rootIndex = findRoot(packages, members, deps, cargoToml);
  const scopes = decideScopes(members, rootIndex, packages, deps, cargoToml);
  const direct = new Set(members.flatMap((m) => deps[m] as number[]));
  const sources = packages.map((p) => cargoSource(p.source, cargoToml?.workspace ?? false));
  const purls = packages.map((p, i) => makePurl('cargo', undefined, p.name, p.version, sources[i]?.qualifiers));
  const components: Component[] = [];
  packages.forEach((p, i) => {
    if (i !== rootIndex) components.push(cargoComponent(p, purls[i] as string, sources[i] as CargoSource, scopes.get(i) ?? 'required', direct.has(i), lockfile));
  });
  const edges: DependencyEdge[] = packages.flatMap((_, i) => (deps[i] as number[]).map((to) => ({ from: purls[i] as string, to: purls[to] as string })));
  const rootPackage = rootIndex === undefined ? undefined : packages[rootIndex];
  const root: RootComponent | undefined = rootPackage && { name: rootPackage.name, version: rootPackage.version, purl: purls[rootIndex as number] as string };
  return { lockfile, ecosystem: 'cargo', ...(root ? { root } : {}), components, edges, warnings: manifestWarnings(packages, cargoToml, lockfile) };
}

/** Each package's dependencies as package indices, through name, `name version` and `name version (source)` lookups. */
function resolveDependencies(packages: readonly CargoPackage[], text: string, lockfile: string, offset: number): number[][] {
  const byName = new Map<string, number[]>();
  packages.forEach((p, i) => {
    const list = byName.get(p.name);
    if (list) list.push(i);
    else byName.set(p.name, [i]);
  });
  return packages.map((p, i) => p.dependencies.map((dep) => {
    const { name, version, source } = splitDependency(dep);
    const found = (byName.get(name) ?? []).filter((j) =>
      (version === undefined || packages[j]?.version === version) && (source === undefined || packages[j]?.source === source));
    if (found.length !== 1) {
      throw invalidEntry(text, lockfile, 'package', i - offset, `dependency "${dep}" ${found.length === 0 ? 'names no package in the lock' : 'is ambiguous'}`);
    }
    return found[0] as number;
  }));
}

function findRoot(packages: readonly CargoPackage[], members: readonly number[], deps: readonly number[][], manifest?: CargoManifest): number | undefined {
  if (manifest !== undefined) return manifest.name === undefined ? undefined : members.find((i) => packages[i]?.name === manifest.name);
  // Without Cargo.toml: the one local package nothing depends on, if there is exactly one.
  const depended = new Set(deps.flat());
  const tops = members.filter((i) => !depended.has(i));
  return tops.length === 1 ? tops[0] : undefined;
}

function decideScopes(members: readonly number[], root: number | undefined, packages: readonly CargoPackage[], deps: readonly number[][], manifest?: CargoManifest): Map<number, Scope> {
  const devOnly = (i: number) => manifest !== undefined && manifest.dev.has(packages[i]?.name ?? '') && !manifest.normal.has(packages[i]?.name ?? '');
  const childrenOf = (i: number) => (i === root ? (deps[i] as number[]).filter((d) => !devOnly(d)) : (deps[i] as number[]));
  const devStarts = root === undefined ? [] : (deps[root] as number[]).filter(devOnly).map((id) => ({ id, scope: 'excluded' as Scope }));
  return scopesByReachability([...members.map((id) => ({ id, scope: 'required' as Scope })), ...devStarts], childrenOf);
}

function cargoComponent(p: CargoPackage, purl: string, source: CargoSource, scope: Scope, direct: boolean, lockfile: string): Component {
  return {
    purl, ecosystem: 'cargo', name: p.name, version: p.version, hashes: p.checksum ? [p.checksum] : [], scope,
    source: source.kind, ...(source.resolved ? { resolved: source.resolved } : {}), lockfile, direct,
  };
}

function manifestWarnings(packages: readonly CargoPackage[], manifest: CargoManifest | undefined, lockfile: string): ParseWarning[] {
  if (manifest === undefined) return [];
  const locked = new Set(packages.map((p) => p.name));
  return [...new Set([...manifest.normal, ...manifest.dev])].filter((name) => !locked.has(name)).map((name) => ({
    lockfile, message: `Cargo.toml depends on ${name} but ${lockfile} has no entry for it: the lockfile is out of date (run cargo update -w)`,
  }));
}

function siblingCargoToml(lockfile: string): string {
  const slash = lockfile.lastIndexOf('/');
  return slash < 0 ? 'Cargo.toml' : `${lockfile.slice(0, slash)}/Cargo.toml`;
}
