import { describe, expect, it } from '@jest/globals';
import { checkAttestableSize, MAX_ATTESTED_SBOM_BYTES, SBOM_PREDICATE_TYPE } from '../../../src/actions/sbom/attest.js';
import { isChainmailError } from '../../../src/core/errors.js';

const sbom = (format: 'cyclonedx-json' | 'spdx-json', bytes: number) => ({ format, path: '/out/sbom.json', text: 'x'.repeat(bytes) });

describe('SBOM attestations', () => {
  it('use the predicate types of actions/attest-sbom and the in-toto predicate list', () => {
    expect(SBOM_PREDICATE_TYPE).toEqual({ 'cyclonedx-json': 'https://cyclonedx.org/bom', 'spdx-json': 'https://spdx.dev/Document/v2.3' });
  });

  it('refuse an SBOM over the attestations API\'s 16 MiB before signing, saying what to do', () => {
    expect(() => checkAttestableSize([sbom('cyclonedx-json', MAX_ATTESTED_SBOM_BYTES)], true)).not.toThrow();
    let error: unknown;
    try {
      checkAttestableSize([sbom('spdx-json', 10), sbom('cyclonedx-json', MAX_ATTESTED_SBOM_BYTES + 1)], true);
    } catch (e) {
      error = e;
    }
    expect(isChainmailError(error) && error.code).toBe('SBOM_TOO_LARGE');
    expect((error as Error).message).toBe(`the CycloneDX SBOM is ${MAX_ATTESTED_SBOM_BYTES + 1} bytes; the attestations API accepts 16 MiB: attest a subset of lockfiles or set upload-attestations: false`);
  });

  it('let any size through when nothing is uploaded', () => {
    expect(() => checkAttestableSize([sbom('spdx-json', MAX_ATTESTED_SBOM_BYTES + 1)], false)).not.toThrow();
  });
});
