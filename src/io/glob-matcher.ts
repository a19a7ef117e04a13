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

/** A test of `/`-separated relative paths against `pattern`, with path.matchesGlob's semantics. */
export function compileGlob(pattern: string): (path: string) => boolean {
  const simple = simpleGlobRegExp(pattern);
  if (simple !== undefined) return (path) => simple.test(path);
  const matcher = new Minimatch(pattern, OPTIONS);
  return (path) => matcher.match(path);
}

const MAGIC = /[*?[\]{}()!+@\\]/;
/** `**` before more segments: any number of segments, none of them a dot-file (minimatch's globstar without `dot`). */
const GLOBSTAR = '(?:[^/.][^/]*/)*';
/** `**` at the end: one segment at least, as minimatch has it (`dir/**` does not match `dir` itself). */
const TRAILING_GLOBSTAR = '[^/.][^/]*(?:/[^/.][^/]*)*';

/**
 * The common patterns made only of literal segments and `**` (`node_modules/**`, `**\/.git/**`) as one regular
 * expression; each segment but the last consumes its own slash. Anything else (wildcards within a segment,
 * classes, braces, `.` or `..` or empty segments) is left to minimatch. Not minimatch's own makeRe: its
 * expression for `dir/**` also takes `dir/.bin/x`, which match() does not.
 */
function simpleGlobRegExp(pattern: string): RegExp | undefined {
  const segments = pattern.split('/');
  let source = '^';
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    if (segment === '**') source += last ? TRAILING_GLOBSTAR : GLOBSTAR;
    else if (segment === '' || segment === '.' || segment === '..' || MAGIC.test(segment)) return undefined;
    else source += segment.replace(/[.$^|]/g, '\\$&') + (last ? '' : '/');
  }
  return new RegExp(`${source}$`);
}
