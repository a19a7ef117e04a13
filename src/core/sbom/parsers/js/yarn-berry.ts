import type { ComponentProperty, SourceKind } from '../../model.js';
import { invalidAtLine, invalidAtPath, unsupportedVersion } from '../support/lockfile-error.js';
import { isJsonObject, childPath } from '../../../intoto/json-shape.js';
import { classifyResolved } from './npm-source.js';
import type { YarnEntry, YarnLock } from './yarn-graph.js';
import { splitDescriptor } from './yarn-v1.js';

/** Berry's `__metadata.version`s: yarn 2 wrote 4, yarn 3 wrote 6, yarn 4 writes 8 and later; the layout is the same. */
export const BERRY_VERSIONS = [4, 5, 6, 7, 8, 9, 10];

/**
 * A yarn berry (2+) lockfile, already parsed as YAML. Each entry's `resolution` (`name@npm:1.2.3`,
 * `name@workspace:packages/a`, `name@https://github.com/o/r.git#commit=...`, `name@patch:...`) says what it is.
 * Berry's `checksum` is the SHA-512 of yarn's own zip archive of the package, not of the registry tarball, so it is
 * kept as a property (chainmail:yarn:checksum), never as the component's hash.
 */
export function readYarnBerry(document: Record<string, unknown>, text: string, file: string): YarnLock {
  const metadata = document['__metadata'];
  const version = isJsonObject(metadata) ? metadata['version'] : undefined;
  if (typeof version !== 'number' || !BERRY_VERSIONS.includes(version)) {
    throw unsupportedVersion(file, version, [`yarn v1 (# yarn lockfile v1)`, `berry __metadata.version ${BERRY_VERSIONS.join(', ')}`]);
  }
  const byDescriptor = new Map<string, YarnEntry>();
  const entries: YarnEntry[] = [];
  for (const [key, value] of Object.entries(document)) {
    if (key === '__metadata') continue;
    const fail = (what: string) => {
      const line = lineOfKey(text, key);
      return line === undefined ? invalidAtPath(file, childPath('', key), what) : invalidAtLine(file, line, `${key}: ${what}`);
    };
    if (!isJsonObject(value)) throw fail('expected an entry (version, resolution, ...)');
    const entry = toEntry(value, fail);
    entries.push(entry);
    for (const descriptor of key.split(/,\s*/)) byDescriptor.set(descriptor, entry);
  }
  return {
    entries,
    lookup: (name, range) => byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`),
  };
}

function toEntry(value: Record<string, unknown>, fail: (what: string) => Error): YarnEntry {
  const version = typeof value['version'] === 'number' ? String(value['version']) : value['version'];
  const resolution = value['resolution'];
  if (typeof version !== 'string') throw fail('version must be a string');
  if (typeof resolution !== 'string') throw fail('resolution must be a string');
  const [name, reference] = splitDescriptor(resolution);
  const origin = originOf(name, reference, version);
  const dependencies = stringMap(value['dependencies'], 'dependencies', fail);
  const optional = new Set<string>();
  const meta = value['dependenciesMeta'];
  if (isJsonObject(meta)) {
    for (const [key, flags] of Object.entries(meta)) {
      if (isJsonObject(flags) && flags['optional'] === true) optional.add(splitDescriptor(key)[0] || key);
    }
  }
  const checksum = value['checksum'];
  const properties: ComponentProperty[] = typeof checksum === 'string' && !origin.patched ? [{ name: 'chainmail:yarn:checksum', value: checksum }] : [];
  return {
    name, version: origin.source === 'workspace' ? '' : version, source: origin.source,
    ...(origin.qualifiers === undefined ? {} : { qualifiers: origin.qualifiers }),
    ...(origin.resolved === undefined ? {} : { resolved: origin.resolved }),
    hashes: [], ...(properties.length > 0 ? { properties } : {}),
    dependencies, optional,
    ...(origin.source === 'workspace' ? { workspace: reference.slice('workspace:'.length) } : {}),
  };
}

interface BerryOrigin {
  source: SourceKind;
  qualifiers?: Readonly<Record<string, string>>;
  resolved?: string;
  patched?: boolean;
}

/** What a resolution's reference says about where the package came from. */
function originOf(name: string, reference: string, version: string): BerryOrigin {
  if (reference.startsWith('npm:')) return { source: 'registry' };
  if (reference.startsWith('workspace:')) return { source: 'workspace', resolved: reference.slice('workspace:'.length) };
  if (reference.startsWith('patch:')) {
    // patch:<inner resolution, URL-encoded>#<patch>: the package is the inner one, patched in place.
    const inner = decodeURIComponent(reference.slice('patch:'.length).split('#')[0] ?? '');
    return { ...originOf(name, splitDescriptor(inner)[1], version), patched: true };
  }
  if (/^(?:file|portal|link):/.test(reference)) return { source: 'path', resolved: reference.replace(/^[a-z]+:/, '') };
  if (/^(?:git\+|git:|github:|ssh:)/.test(reference) || reference.includes('#commit=') || /\.git(?:#|$)/.test(reference)) {
    return { source: 'git', qualifiers: { vcs_url: reference }, resolved: reference };
  }
  if (/^https?:\/\//.test(reference)) return { ...classifyResolved(reference, name, version), resolved: reference };
  return { source: 'unknown', resolved: reference };
}

function stringMap(value: unknown, key: string, fail: (what: string) => Error): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isJsonObject(value)) throw fail(`${key} must be a map of name: range`);
  const out: Record<string, string> = {};
  for (const [name, range] of Object.entries(value)) {
    if (typeof range !== 'string' && typeof range !== 'number') throw fail(`${key}.${name} must be a range`);
    out[name] = String(range);
  }
  return out;
}

/** The line of a top-level key, for errors found after parsing (only on the error path). */
function lineOfKey(text: string, key: string): number | undefined {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => l === `${key}:` || l === `"${key}":`);
  return index < 0 ? undefined : index + 1;
}
