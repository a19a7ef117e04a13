import { describe, expect, it } from '@jest/globals';
import { relativeName, stripNames, validateLstripPrefixes } from '../../../src/core/attest-step/artifact-names.js';
import { thrownBy } from '../intoto/helpers.js';

describe('artifact names with lstrip-paths, as in-toto-run --lstrip-paths', () => {
  it('names are workspace-relative with / separators', () => {
    expect(relativeName('src\\lib\\a.c')).toBe('src/lib/a.c');
  });

  it('strips the first prefix a path starts with; others keep their names', () => {
    expect(stripNames(['build/x/a.o', 'other/b.o', 'src/c.c'], ['build/x/', 'src/'], 'products')).toEqual(['a.o', 'other/b.o', 'c.c']);
  });

  it('is a plain string prefix, as in-toto\'s: without a trailing / the name keeps a leading /', () => {
    expect(stripNames(['src/a.c'], ['src'], 'materials')).toEqual(['/a.c']);
  });

  it('refuses two paths that end up with the same name, naming both', () => {
    const e = thrownBy(() => stripNames(['a/x.txt', 'b/x.txt'], ['a/', 'b/'], 'materials'));
    expect(e.code).toBe('INPUT_INVALID');
    expect(e.message).toBe('lstrip-paths: a/x.txt and b/x.txt (materials) are both named "x.txt" after stripping; names in a link must be unique');
    expect(thrownBy(() => stripNames(['a/x.txt', 'x.txt'], ['a/'], 'products')).code).toBe('INPUT_INVALID');
  });

  it('refuses a prefix that strips a whole name', () => {
    expect(thrownBy(() => stripNames(['a/x.txt'], ['a/x.txt'], 'materials')).message).toBe('lstrip-paths: "a/x.txt" strips all of a/x.txt, leaving no name');
  });

  it('refuses prefixes of which one is a prefix of another (in-toto\'s PrefixError)', () => {
    expect(validateLstripPrefixes(['src/', 'src/lib/', 'out/'], 'lstrip-paths')).toEqual([
      { path: 'lstrip-paths', message: '"src/" and "src/lib/": one is a prefix of the other, so which one strips a path would be ambiguous' },
    ]);
    expect(validateLstripPrefixes(['a/', 'b/'], 'lstrip-paths')).toEqual([]);
  });
});
