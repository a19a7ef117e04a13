import type { ComponentHash } from '../../model.js';
import { isTable, optionalArray, optionalString, requiredString, type Table } from '../support/fields.js';
import { hexHash } from '../support/hashes.js';

export interface CargoPackage {
  readonly name: string;
  readonly version: string;
  /** `registry+<index>`, `sparse+<index>`, `git+<url>#<commit>`; absent for workspace members and path crates. */
  readonly source?: string;
  readonly checksum?: ComponentHash;
  /** `name`, `name version` or `name version (source)`, as the lock writes them. */
  readonly dependencies: readonly string[];
}

/** One [[package]] entry; v1 locks keep checksums in [metadata] as `"checksum <name> <version> (<source>)" = "<hex>"`. */
export function readCargoPackage(value: unknown, metadata: Table, fail: (what: string) => Error): CargoPackage {
  if (!isTable(value)) throw fail('is not a table');
  const name = requiredString(value, 'name', fail);
  const version = requiredString(value, 'version', fail);
  const source = optionalString(value, 'source', fail);
  const hex = optionalString(value, 'checksum', fail) ?? legacyChecksum(metadata, name, version, source);
  const checksum = hex === undefined ? undefined : hexHash('sha256', hex);
  if (hex !== undefined && checksum === undefined) throw fail(`checksum "${hex}" is not a SHA-256 hex digest`);
  const dependencies = optionalArray(value, 'dependencies', fail).map((d, i) => {
    if (typeof d !== 'string' || d === '') throw fail(`dependencies[${i}] must be a string`);
    return d;
  });
  return { name, version, ...(source ? { source } : {}), ...(checksum ? { checksum } : {}), dependencies };
}

function legacyChecksum(metadata: Table, name: string, version: string, source: string | undefined): string | undefined {
  const legacy = source === undefined ? undefined : metadata[`checksum ${name} ${version} (${source})`];
  return typeof legacy === 'string' && legacy !== '<none>' ? legacy : undefined;
}

/** Splits `name version (source)`; version and source are optional. */
export function splitDependency(text: string): { name: string; version?: string; source?: string } {
  const match = /^(\S+)(?: (\S+))?(?: \((.+)\))?$/.exec(text);
  if (match === null) return { name: text };
  return { name: match[1] as string, ...(match[2] ? { version: match[2] } : {}), ...(match[3] ? { source: match[3] } : {}) };
}
