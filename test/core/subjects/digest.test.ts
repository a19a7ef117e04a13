import { describe, expect, it } from '@jest/globals';
import { parseDigest } from '../../../src/core/subjects/digest.js';

const hex = (n: number, c = 'a'): string => c.repeat(n);

describe('parseDigest', () => {
  it.each([
    ['sha256', 64],
    ['sha384', 96],
    ['sha512', 128],
    ['sha1', 40],
  ])('accepts %s with %i hex characters', (algorithm, length) => {
    expect(parseDigest(`${algorithm}:${hex(length)}`, 'subject-digest')).toEqual({ algorithm, hex: hex(length) });
  });

  it('normalizes case and surrounding space', () => {
    expect(parseDigest(`  SHA256:${hex(64, 'F')} `, 'subject-digest')).toEqual({ algorithm: 'sha256', hex: hex(64, 'f') });
  });

  it.each([
    ['no algorithm', hex(64)],
    ['a short hex', `sha256:${hex(63)}`],
    ['a hex of another algorithm', `sha256:${hex(128)}`],
    ['non-hex characters', `sha256:${hex(63)}g`],
    ['an unknown algorithm', `md5:${hex(32)}`],
    ['an empty string', ''],
    ['a second colon', `sha256:sha256:${hex(64)}`],
  ])('refuses %s with DIGEST_INVALID naming the input', (_, text) => {
    expect(() => parseDigest(text, 'subject-digest')).toThrow(
      expect.objectContaining({
        code: 'DIGEST_INVALID',
        message: `subject-digest: "${text}" is not a digest; expected sha256:<64 hex chars> or sha512:<128 hex chars>`,
      }),
    );
  });
});
