import { describe, expect, it } from '@jest/globals';
import {
  MAX_PREDICATE_BYTES,
  parseCustomPredicate,
  validatePredicateType,
} from '../../../src/core/predicates/custom.js';
import { thrownBy } from '../intoto/helpers.js';

// A JSON object of exactly `bytes` UTF-8 bytes: {"p":"xxx...x"}.
function objectOfSize(bytes: number): string {
  const frame = '{"p":""}';
  return `{"p":"${'x'.repeat(bytes - frame.length)}"}`;
}

describe('parseCustomPredicate', () => {
  it('parses a JSON object', () => {
    expect(parseCustomPredicate('{"a":[1,{"b":null}]}', 'predicate')).toEqual({ a: [1, { b: null }] });
  });

  it('accepts exactly 16 MiB and rejects 16 MiB + 1 byte, before parsing', () => {
    expect(MAX_PREDICATE_BYTES).toBe(16 * 1024 * 1024);
    const atLimit = objectOfSize(MAX_PREDICATE_BYTES);
    expect(Buffer.byteLength(atLimit)).toBe(16777216);
    expect(Object.keys(parseCustomPredicate(atLimit, 'predicate-path'))).toEqual(['p']);

    const over = `${atLimit} `;
    const e = thrownBy(() => parseCustomPredicate(over, 'predicate-path'));
    expect(e.code).toBe('PREDICATE_INVALID');
    expect(e.message).toBe('predicate-path is 16777217 bytes; the limit is 16 MiB (16777216 bytes)');
  });

  it('counts UTF-8 bytes, not characters', () => {
    const e = thrownBy(() => parseCustomPredicate('{"a":"ééé"}', 'p.json', 12));
    expect(e.code).toBe('PREDICATE_INVALID');
    expect(e.message).toBe('p.json is 14 bytes; the limit is 12 bytes');
  });

  it('names the source and the error position when the text is not JSON', () => {
    const trailingComma = thrownBy(() => parseCustomPredicate('{"a": 1,}', 'build/predicate.json'));
    expect(trailingComma.code).toBe('PREDICATE_INVALID');
    expect(trailingComma.message).toBe(
      'build/predicate.json is not JSON: Expected double-quoted property name at line 1 column 9 (position 8)',
    );
    expect(trailingComma.cause).toBeInstanceOf(SyntaxError);
  });

  it('gives a position on one line even where V8 gives none and quotes multi-line text', () => {
    const e = thrownBy(() => parseCustomPredicate('{\n  "a": 1,\n  "b": nope\n}', 'predicate'));
    expect(e.code).toBe('PREDICATE_INVALID');
    expect(e.message).toBe("predicate is not JSON: Unexpected token 'o' at line 3 column 9 (position 20)");
    expect(e.message).not.toContain('\n');
  });

  it('reports truncated input at its end', () => {
    const e = thrownBy(() => parseCustomPredicate('{"a": [1, 2', 'predicate'));
    expect(e.message).toMatch(/^predicate is not JSON: .* at line 1 column 12 \(position 11\)$/);
    expect(thrownBy(() => parseCustomPredicate('', 'predicate')).message).toBe(
      'predicate is not JSON: Unexpected end of JSON input at line 1 column 1 (position 0)',
    );
  });

  it.each([
    ['[1, 2]', 'an array'],
    ['null', 'null'],
    ['"text"', 'a string'],
    ['42', 'a number'],
  ])('rejects %s: a predicate must be an object', (text, what) => {
    const e = thrownBy(() => parseCustomPredicate(text, 'predicate'));
    expect(e.code).toBe('PREDICATE_INVALID');
    expect(e.message).toBe(`predicate must be a JSON object, not ${what}`);
  });

  it('ignores a UTF-8 byte order mark', () => {
    expect(parseCustomPredicate('\uFEFF{"a":1}', 'predicate')).toEqual({ a: 1 });
  });
});

describe('validatePredicateType', () => {
  it('returns a URI with a scheme, trimmed', () => {
    expect(validatePredicateType(' https://slsa.dev/provenance/v1 ', 'predicate-type')).toBe('https://slsa.dev/provenance/v1');
    expect(validatePredicateType('urn:example:predicate:v1', 'predicate-type')).toBe('urn:example:predicate:v1');
  });

  it.each(['', 'provenance', 'slsa.dev/provenance/v1', 'C:\\predicates\\v1', 'https://a b'])('rejects %j', (type) => {
    const e = thrownBy(() => validatePredicateType(type, 'predicate-type'));
    expect(e.code).toBe('INPUT_INVALID');
    expect(e.message).toMatch(/^predicate-type must be a URI with a scheme/);
  });
});
