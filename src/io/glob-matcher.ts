// A glob pattern compiled once, for matching many paths. path.matchesGlob compiles its pattern on every call,
// and even a compiled minimatch splits the path and walks its segments on every call: over a node_modules tree
// (27,000 files, five patterns with the default excludes) that was most of the time spent listing materials.
import { Minimatch, type MinimatchOptions } from 'minimatch';

// The options node:fs.glob and path.matchesGlob hand to their (vendored) minimatch, so that a compiled
// pattern matches what they match: case-insensitive where the file system usually is (in magic segments
// only), no `!` or `#` syntax.
const OPTIONS: MinimatchOptions = {
  nocase: process.platform === 'win32' || process.platform === 'darwin',
  windowsPathsNoEscape: true,
  nonegate: true,
  nocomment: true,
  optimizationLevel: 2,
  platform: process.platform,
  nocaseMagicOnly: true,
};

/** Whether a `/`-separated relative path matches a compiled pattern. */
export type Matcher = (path: string) => boolean;

/** A test of `/`-separated relative paths against `pattern`, with path.matchesGlob's semantics. */
export function compileGlob(pattern: string): Matcher {
  const simple = simpleGlobRegExp(pattern);
  if (simple !== undefined) return (path) => simple.test(path);
  const matcher = new Minimatch(pattern, OPTIONS);
  return (path) => matcher.match(path);
}

/** Syntax left to minimatch: classes, braces, extglobs, escapes. `*` and `?` within a segment are translated. */
const COMPLEX = /[[\]{}()!+@\\]/;
/** `**` before more segments: any number of segments, none of them a dot-file (minimatch's globstar without `dot`). */
const GLOBSTAR = '(?:[^/.][^/]*/)*';
/** `**` at the end: one segment at least, as minimatch has it (`dir/**` does not match `dir` itself). */
const TRAILING_GLOBSTAR = '[^/.][^/]*(?:/[^/.][^/]*)*';

/**
 * The common patterns (`node_modules/**`, `**\/.git/**`, `dist/*.tgz`, `**\/.*`) as one regular expression; each
 * segment but the last consumes its own slash. A segment's `*` and `?` stay within the segment and, unless the
 * segment itself starts with a dot, do not match a dot-file. Anything else (classes, braces, extglobs, `.`, `..`
 * or empty segments, and wildcards where matching ignores case) is left to minimatch. Not minimatch's own
 * makeRe: its expression for `dir/**` also takes `dir/.bin/x`, which match() does not.
 */
function simpleGlobRegExp(pattern: string): RegExp | undefined {
  const segments = pattern.split('/');
  let source = '^';
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    if (segment === '**') {
      source += last ? TRAILING_GLOBSTAR : GLOBSTAR;
      continue;
    }
    if (segment === '' || segment === '.' || segment === '..' || COMPLEX.test(segment)) return undefined;
    const wild = /[*?]/.test(segment);
    if (wild && OPTIONS.nocase === true) return undefined;
    const body = segment.replace(/[.$^|]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
    source += (wild && !segment.startsWith('.') ? '(?!\\.)' : '') + body + (last ? '' : '/');
  }
  return new RegExp(`${source}$`);
}
