import { describe, expect, it } from '@jest/globals';
import { findJsonErrorOffset, lineAndColumn } from '../../../src/core/predicates/json-error-offset.js';

// V8's own position, where its message has one.
function v8Offset(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    const m = /at position (\d+)/.exec((e as Error).message);
    return m === null ? -1 : Number(m[1]);
  }
}

describe('findJsonErrorOffset', () => {
  it.each([
    '{"a":1}', '[]', '{}', ' [1, -2.5e+3, true, false, null, "x\\u00e9\\n", {"k": []}] ', '"s"', '0',
  ])('finds no error in valid JSON: %s', (text) => {
    expect(findJsonErrorOffset(text)).toBeUndefined();
  });

  it.each([
    '{"a":1,}', '[1,2', '{"a" 1}', '{"a":1}x', '"abc', '[1,]', '{,}', '[01]', '{"a":tru}', '"\\x"', '"\\u12x4"', '"a\tb"',
    '[1 2]', '{"a":1 "b":2}', '', '   ', '-', '1.', '1e', '{"a":{"b":[}}', ']',
  ])('agrees with V8 where V8 gives a position: %j', (text) => {
    const ours = findJsonErrorOffset(text);
    expect(ours).toBeDefined();
    const theirs = v8Offset(text);
    if (theirs !== -1) expect(ours).toBe(theirs);
  });

  it('points at the unexpected character V8 does not locate', () => {
    expect(findJsonErrorOffset('abc')).toBe(0);
    expect(findJsonErrorOffset('{"a": nope}')).toBe(7); // the 'o' V8 names
    expect(findJsonErrorOffset('[1, 2')).toBe(5);
  });

  it('handles deep nesting without recursion', () => {
    expect(findJsonErrorOffset('['.repeat(200_000))).toBe(200_000);
    expect(findJsonErrorOffset(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeUndefined();
  });
});

describe('lineAndColumn', () => {
  it('counts lines after \\n, \\r\\n and \\r, columns from 1', () => {
    expect(lineAndColumn('ab', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('a\nb\r\nc\rd', 7)).toEqual({ line: 4, column: 1 });
    expect(lineAndColumn('a\r\nbc', 4)).toEqual({ line: 2, column: 2 });
  });
});
