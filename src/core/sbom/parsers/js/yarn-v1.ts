import { sha1HexToHash, sriToHashes } from '../../integrity.js';
import type { ComponentHash } from '../../model.js';
import { invalidAtLine } from '../support/lockfile-error.js';
import { classifyResolved } from './npm-source.js';
import type { YarnEntry, YarnLock } from './yarn-graph.js';
import { parseYarnV1, type YarnV1Block } from './yarn-v1-syntax.js';

/** `name@range` -> [name, range]; the name may be scoped (`@s/n@^1`), the range may hold '@' (`npm:real@^1`). */
export function splitDescriptor(descriptor: string): [string, string] {
  const at = descriptor.indexOf('@', 1);
  return at < 0 ? [descriptor, ''] : [descriptor.slice(0, at), descriptor.slice(at + 1)];
}

/** A yarn v1 lockfile's entries, each reachable by every descriptor of its key line. */
export function readYarnV1(text: string, file: string): YarnLock {
  const byDescriptor = new Map<string, YarnEntry>();
  const entries: YarnEntry[] = [];
  for (const { keys, block } of parseYarnV1(text, file)) {
    const entry = toEntry(keys, block, file);
    entries.push(entry);
    for (const key of keys) byDescriptor.set(key, entry);
  }
  return { entries, lookup: (name, range) => byDescriptor.get(`${name}@${range}`) };
}

function toEntry(keys: string[], block: YarnV1Block, file: string): YarnEntry {
  const [keyName, range] = splitDescriptor(keys[0] as string);
  // An alias (`alias@npm:real@^1`) installs `real`; yarn v1 records the real name nowhere else.
  const name = range.startsWith('npm:') ? splitDescriptor(range.slice(4))[0] : keyName;
  const version = scalar(block, 'version', file);
  if (version === undefined) throw invalidAtLine(file, block.line, `${keys[0]}: version is missing`);
  const resolved = scalar(block, 'resolved', file);
  const integrity = scalar(block, 'integrity', file);
  const origin = classifyResolved(resolved?.split('#')[0] ?? (range.startsWith('file:') || range.startsWith('link:') ? range : undefined), name, version);
  const hashes: ComponentHash[] = integrity === undefined ? [] : sriToHashes(integrity);
  // A registry or tarball URL's fragment is the tarball's SHA-1 (older yarn wrote no integrity); a git URL's is a commit.
  const fragment = resolved?.includes('#') && origin.source !== 'git' ? sha1HexToHash(resolved.slice(resolved.lastIndexOf('#') + 1)) : undefined;
  if (fragment !== undefined && !hashes.some((h) => h.algorithm === 'SHA-1')) hashes.push(fragment);
  const dependencies = { ...ranges(block, 'dependencies', file), ...ranges(block, 'optionalDependencies', file) };
  const qualifiers = origin.source === 'git' && resolved !== undefined ? { vcs_url: resolved } : origin.qualifiers;
  const from = resolved ?? (origin.source === 'path' ? range : undefined);
  return {
    name, version, source: origin.source, ...(qualifiers === undefined ? {} : { qualifiers }),
    ...(from === undefined ? {} : { resolved: from }),
    hashes, dependencies, optional: new Set(Object.keys(ranges(block, 'optionalDependencies', file))),
  };
}

function scalar(block: YarnV1Block, key: string, file: string): string | undefined {
  const value = block.values.get(key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidAtLine(file, block.line, `${key} must be a string`);
  return value;
}

function ranges(block: YarnV1Block, key: string, file: string): Record<string, string> {
  const nested = block.values.get(key);
  if (nested === undefined) return {};
  if (typeof nested !== 'object') throw invalidAtLine(file, block.line, `${key} must be a block of "name range" lines`);
  const out: Record<string, string> = {};
  for (const [name, range] of nested.values) {
    if (typeof range !== 'string') throw invalidAtLine(file, nested.line, `${key}: ${name} must have a range`);
    out[name] = range;
  }
  return out;
}
