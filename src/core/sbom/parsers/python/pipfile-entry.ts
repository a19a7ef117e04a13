import type { Distribution } from '../../model.js';
import { isTable, optionalArray, optionalString } from '../support/fields.js';
import { parseAlgorithmHex } from '../support/hashes.js';
import { artifact, type PypiOrigin } from './pypi.js';

/** One Pipfile.lock package entry: `{ "hashes": [...], "index": "pypi", "version": "==4.2.7" }`, or a VCS, file or path one. */
export function pipfileEntry(value: unknown, indexes: ReadonlyMap<string, string>, fail: (what: string) => Error): {
  /** undefined: a registry entry without a version (no component can be made). */
  version?: string; origin: PypiOrigin; artifacts: Distribution[];
  /** A VCS entry without a ref: it follows a branch. */
  floating?: boolean;
} {
  if (!isTable(value)) throw fail('must be an object');
  const hashes = optionalArray(value, 'hashes', fail).map((h, i) => {
    const hash = typeof h === 'string' ? parseAlgorithmHex(h) : undefined;
    if (hash === undefined) throw fail(`hashes[${i}] is not <algorithm>:<hex>`);
    return artifact(undefined, [hash]); // each hash is one acceptable distribution file, as with pip
  });
  const git = optionalString(value, 'git', fail);
  if (git !== undefined) {
    const ref = optionalString(value, 'ref', fail);
    return { version: ref ?? '', floating: ref === undefined, origin: { source: 'git', resolved: `git+${git}${ref ? `@${ref}` : ''}` }, artifacts: hashes };
  }
  const version = optionalString(value, 'version', fail)?.replace(/^===?/, '');
  const file = optionalString(value, 'file', fail);
  if (file !== undefined) {
    return { ...(version ? { version } : { version: '' }), origin: { source: /^(?:https?|ftp):/.test(file) ? 'tarball' : 'path', resolved: file }, artifacts: hashes };
  }
  const path = optionalString(value, 'path', fail);
  if (path !== undefined) return { version: version ?? '', origin: { source: 'path', resolved: path }, artifacts: hashes };
  const indexName = optionalString(value, 'index', fail);
  const index = indexName === undefined ? undefined : indexes.get(indexName);
  return { ...(version ? { version } : {}), origin: { source: 'registry', ...(index ? { index } : {}) }, artifacts: hashes };
}
