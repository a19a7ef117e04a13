import { describe, expect, it } from '@jest/globals';
import { bundleFileNames, bundleListFileName, safeFileStem } from '../../src/core/bundle-names.js';

const subject = (name: string) => ({ name, digest: { sha256: 'a'.repeat(64) } });

describe('bundle file names', () => {
  it('names the bundle of a one-attestation run after its first subject', () => {
    expect(bundleFileNames([[subject('app-1.0.tgz')]])).toEqual(['app-1.0.tgz.sigstore.json']);
    expect(bundleFileNames([[subject('app-1.0.tgz'), subject('app-1.0.zip')]])).toEqual(['app-1.0.tgz.sigstore.json']);
  });

  it('numbers the attestations of a split run so they never collide', () => {
    expect(bundleFileNames([[subject('a'), subject('b')], [subject('c')]])).toEqual(['a.1-of-2.sigstore.json', 'c.2-of-2.sigstore.json']);
    expect(bundleListFileName([[subject('a')], [subject('c')]])).toBe('a.2-attestations.sigstore.jsonl');
  });

  it('keeps subject names from escaping the bundle directory', () => {
    expect(safeFileStem('../../etc/passwd')).toBe('etc_passwd');
    expect(safeFileStem('.hidden')).toBe('hidden');
    expect(safeFileStem('ghcr.io/owner/app:1.0')).toBe('ghcr.io_owner_app_1.0');
    expect(safeFileStem('')).toBe('attestation');
  });
});
