import { describe, expect, it } from '@jest/globals';
import { matchesGlob } from 'node:path';
import { compileGlob } from '../../src/io/glob-matcher.js';

// Paths as a walk lists them: nested, with dot-files and dot-directories at every depth, scoped packages,
// names that are prefixes of each other, and characters that mean something to regular expressions.
const PATHS = [
  'node_modules', 'node_modules/a', 'node_modules/a/index.js', 'node_modules/a/b/c/d.js', 'node_modules/.bin/tsc',
  'node_modules/.package-lock.json', 'node_modules/a/.npmignore', 'node_modules/a/.github/workflows/ci.yml',
  'node_modules/@scope/pkg/package.json', 'node_modules/@scope/.hidden/x', 'node_modules_old/a.js', 'node_modulesx',
  '.git', '.git/config', '.git/objects/ab/cdef', 'src/.git/HEAD', 'src/a/.git/HEAD', 'src/.b/.git/HEAD', 'x.git/y',
  'dist/app.tgz', 'dist/sub/app.tgz', 'dist/.hidden.tgz', 'dist/sub/.env', 'a.b/c$d/e^f|g.js', 'a.b/cxd/e.js',
  'README.md', 'docs/README.md', 'docs/.vitepress/config.ts', '.env', '.github/workflows/ci.yml', 'dist/app.TGZ',
  'dist/.x/.y', 'dist/a.tgz.bak', 'lib/index.js', 'lib/.index.js', 'lib/sub/x.ts', 'node_modules/a/.bin/.cache/z',
];

const PATTERNS = [
  // The simple forms compiled to one expression.
  'node_modules', 'node_modules/**', '.git/**', '**/.git/**', '**', 'dist/**', 'src/**/.git/**', '**/README.md',
  'a.b/c$d/**', 'node_modules/**/package.json', 'docs/**/**',
  // Wildcards within a segment, also compiled to one expression.
  'node_modules/**/.*', 'node_modules/**/.*/**', 'dist/*.tgz', 'dist/**/*.tgz', '*', '**/*.js', '?ode_modules/**',
  'dist/?pp.tgz', 'dist/*', '**/.*', '.*', 'dist/.*', '*/*', 'node_modules/*/package.json', 'a.b/c?d/**', '**/*',
  'lib/*.js', '*.md', 'dist/*.tgz/**',
  // Forms left to minimatch.
  '**/*.{js,ts}', 'dist/', './dist/**', 'node_modules/@scope/*/**', 'src/**/../a/**', 'dist/[ab]*.tgz', 'lib/!(x).js',
];

describe('compileGlob', () => {
  it.each(PATTERNS)('matches exactly what path.matchesGlob matches for %s', (pattern) => {
    const matches = compileGlob(pattern);
    const ours = PATHS.filter((p) => matches(p));
    expect(ours).toEqual(PATHS.filter((p) => matchesGlob(p, pattern)));
  });

  it('keeps dot-files out of **, a trailing ** at one segment at least, and literal segments exact', () => {
    const nodeModules = compileGlob('node_modules/**');
    expect(nodeModules('node_modules/a/b/c/d.js')).toBe(true);
    expect(nodeModules('node_modules')).toBe(false);
    expect(compileGlob('**/README.md')('README.md')).toBe(true);
    expect(nodeModules('node_modules/.bin/tsc')).toBe(false);
    expect(nodeModules('node_modules_old/a.js')).toBe(false);
    expect(compileGlob('a.b/c$d/**')('a.b/cxd/e.js')).toBe(false);
  });
});
