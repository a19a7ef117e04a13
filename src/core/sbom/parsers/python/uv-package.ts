import type { Distribution } from '../../model.js';
import { isTable, optionalArray, optionalString, optionalTable, requiredString, type Table } from '../support/fields.js';
import { parseAlgorithmHex } from '../support/hashes.js';
import { artifact, type PypiOrigin } from './pypi.js';

/** A dependency as uv.lock names it: `{ name, version?, extra? }` (version only when the name is ambiguous). */
export interface UvDependency {
  readonly name: string;
  readonly version?: string;
  readonly extras: readonly string[];
}

export interface UvPackage {
  readonly name: string;
  readonly version: string;
  readonly origin: PypiOrigin;
  /** editable or virtual source: a member of the project's workspace, with its path. */
  readonly member?: string;
  readonly artifacts: readonly Distribution[];
  readonly dependencies: readonly UvDependency[];
  readonly optional: ReadonlyMap<string, readonly UvDependency[]>;
  readonly dev: ReadonlyMap<string, readonly UvDependency[]>;
}

export function readUvPackage(value: unknown, fail: (what: string) => Error): UvPackage {
  if (!isTable(value)) throw fail('is not a table');
  const source = optionalTable(value, 'source', fail) ?? {};
  const member = typeof source.editable === 'string' ? source.editable : typeof source.virtual === 'string' ? source.virtual : undefined;
  const sdist = optionalTable(value, 'sdist', fail);
  const wheels = optionalArray(value, 'wheels', fail);
  return {
    name: requiredString(value, 'name', fail),
    // Workspace members without a version (virtual projects) are legal.
    version: optionalString(value, 'version', fail) ?? '',
    origin: uvOrigin(source),
    ...(member !== undefined ? { member } : {}),
    artifacts: [...(sdist ? [sdist] : []), ...wheels].map((a, i) => readArtifact(a, i, fail)),
    dependencies: readDependencies(optionalArray(value, 'dependencies', fail), 'dependencies', fail),
    optional: readGroups(optionalTable(value, 'optional-dependencies', fail), 'optional-dependencies', fail),
    dev: readGroups(optionalTable(value, 'dev-dependencies', fail), 'dev-dependencies', fail),
  };
}

function uvOrigin(source: Table): PypiOrigin {
  const str = (key: string) => (typeof source[key] === 'string' ? (source[key] as string) : undefined);
  const registry = str('registry');
  if (registry !== undefined) return { source: 'registry', index: registry };
  const git = str('git');
  if (git !== undefined) return { source: 'git', resolved: `git+${git}` };
  const url = str('url');
  if (url !== undefined) return { source: 'tarball', resolved: url };
  const path = str('path') ?? str('directory');
  if (path !== undefined) return { source: 'path', resolved: path };
  const member = str('editable') ?? str('virtual');
  if (member !== undefined) return { source: 'workspace', resolved: member };
  return { source: 'unknown' };
}

function readArtifact(value: unknown, index: number, fail: (what: string) => Error): Distribution {
  if (!isTable(value)) throw fail(`wheels[${index}] is not a table`);
  const hash = optionalString(value, 'hash', fail);
  const parsed = hash === undefined ? undefined : parseAlgorithmHex(hash);
  if (hash !== undefined && parsed === undefined) throw fail(`hash "${hash}" is not <algorithm>:<hex>`);
  const name = optionalString(value, 'url', fail) ?? optionalString(value, 'path', fail) ?? optionalString(value, 'filename', fail);
  return artifact(name, parsed ? [parsed] : []);
}

function readDependencies(list: readonly unknown[], where: string, fail: (what: string) => Error): UvDependency[] {
  return list.map((dep, i) => {
    const inner = (what: string) => fail(`${where}[${i}].${what}`);
    if (!isTable(dep)) throw fail(`${where}[${i}] is not a table`);
    const version = optionalString(dep, 'version', inner);
    return { name: requiredString(dep, 'name', inner), ...(version ? { version } : {}), extras: optionalArray(dep, 'extra', inner).map(String) };
  });
}

function readGroups(table: Table | undefined, where: string, fail: (what: string) => Error): Map<string, UvDependency[]> {
  const groups = new Map<string, UvDependency[]>();
  for (const [group, list] of Object.entries(table ?? {})) {
    if (!Array.isArray(list)) throw fail(`${where}.${group} must be an array`);
    groups.set(group, readDependencies(list, `${where}.${group}`, fail));
  }
  return groups;
}
