import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { sha1HexToHash, sriToHashes, uniteHashes } from '../../../src/core/sbom/integrity.js';

const body = Buffer.from('a tarball');
const sri = (algorithm: string) => `${algorithm}-${createHash(algorithm).update(body).digest('base64')}`;
const hex = (algorithm: string) => createHash(algorithm).update(body).digest('hex');

describe('sriToHashes', () => {
  it('turns sha512, sha384, sha256 and sha1 integrity into lowercase hex with CycloneDX algorithm names', () => {
    expect(sriToHashes(sri('sha512'))).toEqual([{ algorithm: 'SHA-512', hex: hex('sha512') }]);
    expect(sriToHashes(sri('sha384'))).toEqual([{ algorithm: 'SHA-384', hex: hex('sha384') }]);
    expect(sriToHashes(sri('sha256'))).toEqual([{ algorithm: 'SHA-256', hex: hex('sha256') }]);
    expect(sriToHashes(sri('sha1'))).toEqual([{ algorithm: 'SHA-1', hex: hex('sha1') }]);
  });

  it('reads several space-separated hashes, ignores ?options and drops repeats', () => {
    expect(sriToHashes(`${sri('sha1')} ${sri('sha512')}?opt  ${sri('sha512')}`)).toEqual([
      { algorithm: 'SHA-1', hex: hex('sha1') },
      { algorithm: 'SHA-512', hex: hex('sha512') },
    ]);
  });

  it('gives no hash rather than a wrong one: unknown algorithms, bad base64, wrong lengths', () => {
    expect(sriToHashes(`md5-${createHash('md5').update(body).digest('base64')}`)).toEqual([]);
    expect(sriToHashes('sha512-not*base64')).toEqual([]);
    expect(sriToHashes(`sha512-${createHash('sha256').update(body).digest('base64')}`)).toEqual([]);
    expect(sriToHashes('')).toEqual([]);
    expect(sriToHashes('sha512')).toEqual([]);
  });
});

describe('sha1HexToHash', () => {
  it('accepts 40 hex digits (npm shasum, yarn v1 URL fragments), lowercased', () => {
    expect(sha1HexToHash(hex('sha1').toUpperCase())).toEqual({ algorithm: 'SHA-1', hex: hex('sha1') });
  });

  it('refuses anything else', () => {
    expect(sha1HexToHash('abc')).toBeUndefined();
    expect(sha1HexToHash('z'.repeat(40))).toBeUndefined();
  });
});

describe('uniteHashes', () => {
  it('keeps the first list and adds what the second has new', () => {
    const a = { algorithm: 'SHA-1' as const, hex: '1'.repeat(40) };
    const b = { algorithm: 'SHA-512' as const, hex: '2'.repeat(128) };
    expect(uniteHashes([a], [b, a])).toEqual([a, b]);
  });
});
