import { optionalString, requiredString, type Table } from '../support/fields.js';
import type { PypiOrigin } from './pypi.js';

/** Where a poetry.lock package came from: its [package.source] table (absent: PyPI). */
export function poetrySource(source: Table | undefined, fail: (what: string) => Error): PypiOrigin {
  if (source === undefined) return { source: 'registry' };
  const type = requiredString(source, 'type', (what) => fail(`source.${what}`));
  const url = requiredString(source, 'url', (what) => fail(`source.${what}`));
  switch (type) {
    case 'git': {
      // resolved_reference is the commit the lock pinned; reference is the branch or tag asked for.
      const ref = optionalString(source, 'resolved_reference', fail) ?? optionalString(source, 'reference', fail);
      return { source: 'git', resolved: `git+${url}${ref ? `@${ref}` : ''}` };
    }
    case 'url':
      return { source: 'tarball', resolved: url };
    case 'file':
    case 'directory':
      return { source: 'path', resolved: url };
    case 'legacy':
    case 'explicit':
    case 'supplemental':
    case 'primary':
      return { source: 'registry', resolved: url, index: url };
    default:
      throw fail(`source.type "${type}" is not one poetry writes (git, url, file, directory, legacy)`);
  }
}
