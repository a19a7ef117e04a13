import { describe, expect, it } from '@jest/globals';
import { parseList } from '../../../src/core/subjects/list.js';

describe('parseList', () => {
  it('splits on newlines and commas, trims, and drops empty entries', () => {
    expect(parseList('dist/*.tgz\n  build/app.zip  \n\n')).toEqual(['dist/*.tgz', 'build/app.zip']);
    expect(parseList('a, b,,c ,\r\nd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('returns nothing for blank input', () => {
    expect(parseList('')).toEqual([]);
    expect(parseList(' \n , \n')).toEqual([]);
  });
});
