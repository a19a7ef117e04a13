import { describe, expect, it } from '@jest/globals';
import {
  makeStatement,
  parseStatement,
  serializeStatement,
  validateStatement,
} from '../../../src/core/intoto/statement.js';
import { STATEMENT_TYPE_V1 } from '../../../src/core/intoto/types.js';
import { paths, validationErrorBy } from './helpers.js';

const sha256 = '49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25';
const valid = () => ({
  _type: STATEMENT_TYPE_V1,
  subject: [{ name: 'app.whl', digest: { sha256 } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: { buildDefinition: {} },
});

describe('validateStatement', () => {
  it('accepts a valid statement, with or without a predicate', () => {
    expect(validateStatement(valid())).toEqual([]);
    const { predicate: _predicate, ...bare } = valid();
    expect(validateStatement(bare)).toEqual([]);
  });

  it('lists every problem with its field path, not just the first', () => {
    const problems = validateStatement({
      _type: 'https://in-toto.io/Statement/v0.1',
      subject: [
        { name: 'ok', digest: { sha256 } },
        { name: 'no-digest', uri: 'https://example.com/a' },
        { digest: { sha256: sha256.toUpperCase(), sha512: 'abc' } },
        'not-an-object',
      ],
      predicateType: 'slsa provenance',
      predicate: [1, 2],
    });
    expect(paths(problems)).toEqual([
      '_type',
      'subject[1].digest',
      'subject[2].digest.sha256',
      'subject[2].digest.sha512',
      'subject[3]',
      'predicateType',
      'predicate',
    ]);
    expect(problems[0]?.message).toBe(`must be "${STATEMENT_TYPE_V1}", not "https://in-toto.io/Statement/v0.1"`);
  });

  it('names each missing required field', () => {
    expect(validateStatement({})).toEqual([
      { path: '_type', message: 'is required' },
      { path: 'subject', message: 'is required' },
      { path: 'predicateType', message: 'is required' },
    ]);
  });

  it('rejects an empty subject list', () => {
    expect(validateStatement({ ...valid(), subject: [] })).toEqual([
      { path: 'subject', message: 'must list at least one subject' },
    ]);
  });

  it('rejects a statement that is not an object', () => {
    expect(paths(validateStatement([]))).toEqual(['$']);
    expect(paths(validateStatement('{}'))).toEqual(['$']);
  });

  it('ignores unknown fields at every level (spec parsing rules)', () => {
    const withExtras = { ...valid(), extension: { x: 1 }, subject: [{ name: 'a', digest: { sha256 }, ext: true }] };
    expect(validateStatement(withExtras)).toEqual([]);
  });
});

describe('parseStatement', () => {
  it('returns the known fields only', () => {
    const parsed = parseStatement({ ...valid(), unknownTopLevel: 1, subject: [{ name: 'a', digest: { sha256 }, ext: 1 }] });
    expect(parsed).toEqual({ ...valid(), subject: [{ name: 'a', digest: { sha256 } }] });
  });

  it('drops a null predicate (unset and null mean the same)', () => {
    expect(parseStatement({ ...valid(), predicate: null })).not.toHaveProperty('predicate');
  });

  it('throws STATEMENT_INVALID listing every problem', () => {
    const error = validationErrorBy(() => parseStatement({ _type: STATEMENT_TYPE_V1, subject: [], predicateType: 7 }));
    expect(error.code).toBe('STATEMENT_INVALID');
    expect(paths(error.problems)).toEqual(['subject', 'predicateType']);
    expect(error.message).toMatch(/^in-toto statement: subject: .*; predicateType: /);
  });
});

describe('makeStatement', () => {
  it('builds a statement in the spec field order', () => {
    const s = makeStatement([{ name: 'a', digest: { sha256 } }], 'https://example.com/p/v1', { ok: true });
    expect(Object.keys(s)).toEqual(['_type', 'subject', 'predicateType', 'predicate']);
    expect(s.predicate).toEqual({ ok: true });
  });

  it('throws STATEMENT_INVALID for bad subjects or type', () => {
    const error = validationErrorBy(() => makeStatement([{ name: 'a', digest: { sha256: 'short' } }], 'nope'));
    expect(error.code).toBe('STATEMENT_INVALID');
    expect(paths(error.problems)).toEqual(['subject[0].digest.sha256', 'predicateType']);
  });
});

describe('serializeStatement', () => {
  it('is the UTF-8 JSON of the statement, which parses back to the same statement', () => {
    const s = makeStatement([{ name: 'é', digest: { sha256 } }], 'https://example.com/p/v1');
    const bytes = serializeStatement(s);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('{"_type":"https://in-toto.io/Statement/v1","subject":')).toBe(true);
    expect(parseStatement(JSON.parse(text))).toEqual(s);
  });
});
