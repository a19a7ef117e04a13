import { describe, expect, it } from '@jest/globals';
import { ChainmailError } from '../../src/core/errors.js';
import { snappyDecode } from '../../src/io/snappy.js';
import { snappyCompress } from '../support/snappy.js';

const code = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChainmailError);
    return (error as ChainmailError).code;
  }
  throw new Error('expected a failure');
};

describe('snappyDecode', () => {
  it('decodes Snappy as GitHub writes it, back-references included', () => {
    // "abc", then a 1-byte-offset copy of 9 bytes from 3 back: "abcabcabcabc".
    expect(snappyDecode(Buffer.from([12, 0x08, 0x61, 0x62, 0x63, 0x15, 3]), 100).toString()).toBe('abcabcabcabc');
  });

  it('round-trips a large bundle', () => {
    const data = Buffer.from('x'.repeat(70_000) + JSON.stringify({ mediaType: 'bundle' }));
    expect(snappyDecode(snappyCompress(data), 1 << 20).equals(data)).toBe(true);
  });

  it('refuses truncated data and output over the limit (a decompression bomb)', () => {
    expect(code(() => snappyDecode(Buffer.from([12, 0x08, 0x61]), 100))).toBe('BUNDLE_INVALID');
    expect(code(() => snappyDecode(snappyCompress(Buffer.alloc(200)), 100))).toBe('BUNDLE_INVALID');
  });
});
