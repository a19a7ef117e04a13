import { childPath, isJsonObject } from '../../../intoto/json-shape.js';
import { sriToHashes } from '../../integrity.js';
import type { ComponentHash, SourceKind } from '../../model.js';
import { invalidAtPath } from '../support/lockfile-error.js';
import { classifyResolved } from './npm-source.js';
import { type KeyStyle, nameAndVersion, withoutPeers } from './pnpm-keys.js';

type Json = Record<string, unknown>;

/** One project of the lockfile ('.' the root, others workspaces): its dependencies as name -> ref. */
export interface PnpmImporter {
  readonly path: string;
  readonly dependencies: Readonly<Record<string, string>>;
  readonly optionalDependencies: Readonly<Record<string, string>>;
  readonly devDependencies: Readonly<Record<string, string>>;
  /** What package.json asked for (`specifier`), by name. */
  readonly specifiers: Readonly<Record<string, string>>;
}

/** One installed package variant (a snapshot in 9.0), with what it is and what it depends on. */
export interface PnpmPackage {
  readonly name: string;
  readonly version: string;
  readonly source: SourceKind;
  readonly qualifiers?: Readonly<Record<string, string>>;
  readonly resolved?: string;
  readonly hashes: readonly ComponentHash[];
  readonly dependencies: Readonly<Record<string, string>>;
  readonly optionalDependencies: Readonly<Record<string, string>>;
  /** pnpm 5-8 flags: dev true (only development), false (production), absent (both). */
  readonly dev?: boolean;
  readonly optional: boolean;
}

export interface PnpmLock {
  readonly version9: boolean;
  readonly style: KeyStyle;
  readonly importers: readonly PnpmImporter[];
  readonly packages: ReadonlyMap<string, PnpmPackage>;
}

export function readPnpmLock(document: Json, version: string, file: string): PnpmLock {
  const version9 = Number(version) >= 7;
  const style: KeyStyle = Number(version) >= 6 ? 'at' : 'slash';
  const field = (value: unknown, path: string): Json => {
    if (value === undefined || value === null) return {};
    if (!isJsonObject(value)) throw invalidAtPath(file, path, 'expected a map');
    return value;
  };
  const importerJson = field(document['importers'], 'importers');
  const importers = Object.keys(importerJson).length > 0
    ? Object.entries(importerJson).map(([path, value]) => readImporter(path, field(value, childPath('importers', path)), childPath('importers', path), file))
    : [readImporter('.', document, '', file)];
  const packageJson = field(document['packages'], 'packages');
  const snapshots = version9 ? field(document['snapshots'], 'snapshots') : packageJson;
  const packages = new Map<string, PnpmPackage>();
  for (const [key, value] of Object.entries(snapshots)) {
    const base = version9 ? withoutPeers(key, style) : key;
    const meta = field(packageJson[base], childPath('packages', base));
    packages.set(key, readPackage(key, meta, field(value, childPath(version9 ? 'snapshots' : 'packages', key)), style, file));
  }
  return { version9, style, importers, packages };
}

function readImporter(path: string, json: Json, at: string, file: string): PnpmImporter {
  const specifiers: Record<string, string> = { ...refs(json['specifiers'], childPath(at, 'specifiers'), file, {}) };
  const read = (key: string) => refs(json[key], childPath(at, key), file, specifiers);
  return { path, dependencies: read('dependencies'), optionalDependencies: read('optionalDependencies'), devDependencies: read('devDependencies'), specifiers };
}

/** name -> ref, from `name: ref` (5.x) or `name: { specifier, version }` (6+), collecting specifiers on the way. */
function refs(value: unknown, at: string, file: string, specifiers: Record<string, string>): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isJsonObject(value)) throw invalidAtPath(file, at, 'expected a map of dependencies');
  const out: Record<string, string> = {};
  for (const [name, ref] of Object.entries(value)) {
    if (typeof ref === 'string' || typeof ref === 'number') { out[name] = String(ref); continue; }
    if (isJsonObject(ref) && typeof ref['version'] === 'string') {
      out[name] = ref['version'];
      if (typeof ref['specifier'] === 'string') specifiers[name] = ref['specifier'];
      continue;
    }
    throw invalidAtPath(file, childPath(at, name), 'expected a version or { specifier, version }');
  }
  return out;
}

function readPackage(key: string, meta: Json, snapshot: Json, style: KeyStyle, file: string): PnpmPackage {
  const fromKey = nameAndVersion(key, style);
  const name = typeof meta['name'] === 'string' ? meta['name'] : fromKey.name;
  const version = typeof meta['version'] === 'string' ? meta['version'] : fromKey.version;
  if (name === undefined || version === undefined) throw invalidAtPath(file, childPath('packages', key), 'the key names no package@version, and the entry has no name and version');
  const resolution = isJsonObject(meta['resolution']) ? meta['resolution'] : {};
  const origin = originOf(resolution, name, version);
  const integrity = resolution['integrity'];
  const dev = snapshot['dev'] ?? meta['dev'];
  return {
    name, version, ...origin,
    hashes: typeof integrity === 'string' ? sriToHashes(integrity) : [],
    dependencies: refs(snapshot['dependencies'], childPath(childPath('packages', key), 'dependencies'), file, {}),
    optionalDependencies: refs(snapshot['optionalDependencies'], childPath(childPath('packages', key), 'optionalDependencies'), file, {}),
    ...(typeof dev === 'boolean' ? { dev } : {}),
    optional: (snapshot['optional'] ?? meta['optional']) === true,
  };
}

/** `resolution: { integrity }` (the registry), `{ tarball }`, `{ type: git, repo, commit }`, `{ type: directory }`. */
function originOf(resolution: Json, name: string, version: string): Pick<PnpmPackage, 'source' | 'qualifiers' | 'resolved'> {
  const { type, tarball, repo, commit, directory } = resolution;
  if (type === 'git' && typeof repo === 'string') {
    const url = typeof commit === 'string' ? `${repo}#${commit}` : repo;
    return { source: 'git', qualifiers: { vcs_url: url }, resolved: url };
  }
  if (type === 'directory' && typeof directory === 'string') return { source: 'path', resolved: directory };
  if (typeof tarball === 'string') {
    if (tarball.startsWith('file:')) return { source: 'path', resolved: tarball };
    return { ...classifyResolved(tarball, name, version), resolved: tarball };
  }
  return { source: typeof resolution['integrity'] === 'string' ? 'registry' : 'unknown' };
}
