import { describe, expect, it } from '@jest/globals';
import {
  expectedHexLengths,
  isKnownDigestAlgorithm,
  validateDigestSet,
} from '../../../src/core/intoto/digest-set.js';
import { paths } from './helpers.js';

const hex = (n: number) => 'a1'.repeat(n).slice(0, n);

describe('validateDigestSet', () => {
  it.each([
    ['sha256', 64], ['sha224', 56], ['sha384', 96], ['sha512', 128], ['sha512_224', 56], ['sha512_256', 64],
    ['sha3_224', 56], ['sha3_256', 64], ['sha3_384', 96], ['sha3_512', 128], ['sha1', 40], ['md5', 32],
    ['ripemd160', 40], ['sm3', 64], ['dirHash', 64], ['dirHash1', 64],
  ])('%s takes exactly %i hex characters', (alg, len) => {
    expect(validateDigestSet({ [alg]: hex(len) }, 'd')).toEqual([]);
    for (const wrong of [len - 1, len + 1, len - 2]) {
      expect(validateDigestSet({ [alg]: hex(wrong) }, 'd')).toEqual([
        { path: `d.${alg}`, message: `must be ${len} hex characters for ${alg}, got ${wrong}` },
      ]);
    }
  });

  it.each(['gitCommit', 'gitTree', 'gitBlob', 'gitTag'])('%s takes SHA-1 (40) or SHA-256 (64) object ids', (alg) => {
    expect(validateDigestSet({ [alg]: hex(40) }, 'd')).toEqual([]);
    expect(validateDigestSet({ [alg]: hex(64) }, 'd')).toEqual([]);
    expect(validateDigestSet({ [alg]: hex(50) }, 'd')).toEqual([
      { path: `d.${alg}`, message: `must be 40 or 64 hex characters for ${alg}, got 50` },
    ]);
  });

  it('takes variable-length hashes in whole bytes, within their maximum', () => {
    expect(validateDigestSet({ shake256: hex(200), blake2b: hex(128), blake2s: hex(32) }, 'd')).toEqual([]);
    expect(paths(validateDigestSet({ shake128: hex(63), blake2b: hex(130), blake2s: hex(66) }, 'd'))).toEqual([
      'd.shake128', 'd.blake2b', 'd.blake2s',
    ]);
  });

  it('rejects uppercase hex for a known algorithm, and non-hex', () => {
    expect(validateDigestSet({ sha256: hex(64).toUpperCase() }, 'subject[0].digest')).toEqual([
      { path: 'subject[0].digest.sha256', message: 'must be lowercase hex' },
    ]);
    expect(validateDigestSet({ sha1: 'z'.repeat(40) }, 'd')).toEqual([{ path: 'd.sha1', message: 'must be hex (0-9, a-f)' }]);
  });

  it('accepts an unknown algorithm with any non-empty string value (digest_set.md allows them)', () => {
    expect(validateDigestSet({ somecoolhash: 'ABCD', 'x.y': 'base64+/=' }, 'd')).toEqual([]);
    expect(validateDigestSet({ somecoolhash: '' }, 'd')).toEqual([{ path: 'd.somecoolhash', message: 'must not be empty' }]);
  });

  it('reports every bad entry at once, quoting odd keys in paths', () => {
    const problems = validateDigestSet({ sha256: 'abc', md5: 7, 'a.b': '', '': 'x', sha512: hex(128) }, 'subject[2].digest');
    expect(paths(problems)).toEqual([
      'subject[2].digest.sha256', 'subject[2].digest.md5', 'subject[2].digest["a.b"]', 'subject[2].digest[""]',
    ]);
    expect(problems[1]?.message).toBe('must be a string, not a number');
  });

  it('requires a non-empty object', () => {
    expect(validateDigestSet({}, 'd')).toEqual([{ path: 'd', message: 'must contain at least one digest' }]);
    expect(validateDigestSet(['sha256'], 'd')[0]?.message).toMatch(/not an array/);
    expect(validateDigestSet(null, 'd')[0]?.message).toMatch(/not null/);
  });

  it('does not treat inherited Object properties as known algorithms', () => {
    expect(isKnownDigestAlgorithm('constructor')).toBe(false);
    expect(expectedHexLengths('toString')).toBeUndefined();
    expect(validateDigestSet(JSON.parse('{"__proto__": "x", "constructor": "y"}'), 'd')).toEqual([]);
  });
});
