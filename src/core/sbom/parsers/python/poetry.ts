import type { Component, DependencyEdge, Distribution, ParsedLockfile, ParseWarning, Scope } from '../../model.js';
import { isTable, optionalArray, optionalString, optionalTable, requiredString, type Table } from '../support/fields.js';
import { parseAlgorithmHex } from '../support/hashes.js';
import { invalidAtPath, unsupportedVersion } from '../support/lockfile-error.js';
import { scopesByReachability } from '../support/scope-walk.js';
import { invalidEntry, parseTomlFile } from '../support/toml.js';
import { poetrySource } from './poetry-source.js';
import { artifact, normalizePypiName, pypiComponent, type PypiEntry } from './pypi.js';
import { readPyproject, type PyprojectDependencies } from './pyproject.js';

// Poetry reads lock-version >=1,<3: 1.0 and 1.1 (files under [metadata.files]), 2.0 (files in each package),
// 2.1 (Poetry 2: each package's `groups`).
const UNDERSTOOD = ['1.0', '1.1', '2.0', '2.1'];

/**
 * poetry.lock. Scope, from the best evidence there is: `groups` (lock 2.1: a package outside `main` is
 * development-only), else `category` (Poetry < 1.5: "dev"), else pyproject.toml's groups by reachability through
 * the lock's dependency edges; `optional = true` (installed only with an extra) makes a required package optional.
 * Without any of these, everything is required. Direct dependencies and the root come from pyproject.toml.
 */
export function parsePoetryLock(text: string, lockfile: string, manifest?: string): ParsedLockfile {
  const toml = parseTomlFile(text, lockfile);
  const metadata = isTable(toml.metadata) ? toml.metadata : {};
  const lockVersion = metadata['lock-version'];
  if (typeof lockVersion !== 'string' || !/^[12]\.\d+$/.test(lockVersion)) throw unsupportedVersion(lockfile, lockVersion, UNDERSTOOD);
  const legacyFiles = isTable(metadata.files) ? metadata.files : {};
  const project = manifest === undefined ? undefined : readPyproject(manifest);
  const raw = optionalArray(toml, 'package', (what) => invalidAtPath(lockfile, 'package', what));
  const packages = raw.map((entry, index) => readPackage(entry, legacyFiles, (what) => invalidEntry(text, lockfile, 'package', index, what)));
  const scopes = decideScopes(packages, project);
  const entries: PypiEntry[] = packages.map((p, i) => ({
    ...p.entry,
    scope: p.optional && scopes[i] === 'required' ? 'optional' : (scopes[i] as Scope),
    direct: project !== undefined && (project.main.has(p.key) || project.dev.has(p.key) || project.optional.has(p.key)),
  }));
  const components = entries.map((e) => pypiComponent(e, lockfile));
  return {
    lockfile,
    ecosystem: 'pypi',
    ...(project?.root ? { root: project.root } : {}),
    components,
    edges: edgesOf(packages, components, project),
    warnings: manifestWarnings(packages, project, lockfile),
  };
}

interface PoetryPackage {
  readonly key: string;
  readonly entry: Omit<PypiEntry, 'scope' | 'direct'>;
  readonly groups?: readonly string[];
  readonly category?: string;
  readonly optional: boolean;
  readonly dependencies: readonly string[];
}

function readPackage(value: unknown, legacyFiles: Table, fail: (what: string) => Error): PoetryPackage {
  if (!isTable(value)) throw fail('is not a table');
  const name = requiredString(value, 'name', fail);
  const version = requiredString(value, 'version', fail);
  const files = value.files ?? legacyFiles[name] ?? legacyFiles[normalizePypiName(name)] ?? [];
  if (!Array.isArray(files)) throw fail('files must be an array');
  const artifacts: Distribution[] = files.map((file: unknown, i) => {
    if (!isTable(file)) throw fail(`files[${i}] is not a table`);
    const hash = optionalString(file, 'hash', fail);
    const parsed = hash === undefined || hash === '' ? undefined : parseAlgorithmHex(hash);
    if (hash && parsed === undefined) throw fail(`files[${i}].hash "${hash}" is not <algorithm>:<hex>`);
    return artifact(optionalString(file, 'file', fail), parsed ? [parsed] : []);
  });
  const groups = value.groups === undefined ? undefined : optionalArray(value, 'groups', fail).map(String);
  const category = optionalString(value, 'category', fail);
  const source = optionalTable(value, 'source', fail);
  return {
    key: normalizePypiName(name),
    entry: { name, version, origin: poetrySource(source, fail), artifacts },
    ...(groups ? { groups } : {}),
    ...(category ? { category } : {}),
    optional: value.optional === true,
    dependencies: Object.keys(optionalTable(value, 'dependencies', fail) ?? {}).map(normalizePypiName),
  };
}

function decideScopes(packages: readonly PoetryPackage[], project: PyprojectDependencies | undefined): Scope[] {
  if (packages.some((p) => p.groups !== undefined)) return packages.map((p) => (p.groups?.includes('main') === false ? 'excluded' : 'required'));
  if (packages.some((p) => p.category !== undefined)) return packages.map((p) => (p.category === 'dev' ? 'excluded' : 'required'));
  if (project === undefined) return packages.map(() => 'required');
  const byName = indexByName(packages);
  const starts = [
    ...[...project.main].flatMap((n) => (byName.get(n) ?? []).map((id) => ({ id, scope: 'required' as const }))),
    ...[...project.optional].flatMap((n) => (byName.get(n) ?? []).map((id) => ({ id, scope: 'optional' as const }))),
    ...[...project.dev].flatMap((n) => (byName.get(n) ?? []).map((id) => ({ id, scope: 'excluded' as const }))),
  ];
  const reached = scopesByReachability(starts, (id) => (packages[id] as PoetryPackage).dependencies.flatMap((n) => byName.get(n) ?? []));
  return packages.map((_, i) => reached.get(i) ?? 'required');
}

function indexByName(packages: readonly PoetryPackage[]): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  packages.forEach((p, i) => {
    const list = byName.get(p.key);
    if (list) list.push(i);
    else byName.set(p.key, [i]);
  });
  return byName;
}

function edgesOf(packages: readonly PoetryPackage[], components: readonly Component[], project?: PyprojectDependencies): DependencyEdge[] {
  const byName = indexByName(packages);
  const edges: DependencyEdge[] = [];
  const link = (from: string, names: Iterable<string>) => {
    for (const name of names) for (const i of byName.get(name) ?? []) edges.push({ from, to: (components[i] as Component).purl });
  };
  packages.forEach((p, i) => link((components[i] as Component).purl, p.dependencies));
  const root = project?.root?.purl;
  if (root && project) link(root, [...project.main, ...project.optional, ...project.dev]);
  return edges;
}

function manifestWarnings(packages: readonly PoetryPackage[], project: PyprojectDependencies | undefined, lockfile: string): ParseWarning[] {
  if (project === undefined) return [];
  const locked = new Set(packages.map((p) => p.key));
  return [...project.main, ...project.dev].filter((name) => !locked.has(name)).map((name) => ({
    lockfile,
    message: `pyproject.toml requires ${name} but ${lockfile} has no entry for it: the lockfile is out of date (run poetry lock)`,
  }));
}
