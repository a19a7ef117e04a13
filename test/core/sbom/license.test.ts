import { describe, expect, it } from '@jest/globals';
import { normalizeLicense } from '../../../src/core/sbom/license.js';

function normalize(value: unknown): { license: string | undefined; warnings: string[] } {
  const warnings: string[] = [];
  return { license: normalizeLicense(value, (m) => warnings.push(m)), warnings };
}

describe('normalizeLicense', () => {
  it('keeps valid SPDX expressions as written', () => {
    expect(normalize('MIT')).toEqual({ license: 'MIT', warnings: [] });
    expect(normalize(' (MIT OR Apache-2.0) ')).toEqual({ license: '(MIT OR Apache-2.0)', warnings: [] });
    expect(normalize('GPL-2.0-only WITH Classpath-exception-2.0')).toEqual({ license: 'GPL-2.0-only WITH Classpath-exception-2.0', warnings: [] });
    expect(normalize('LicenseRef-Proprietary')).toEqual({ license: 'LicenseRef-Proprietary', warnings: [] });
  });

  it('reads the legacy npm forms: { type } and licenses: [...] (a choice, so OR)', () => {
    expect(normalize({ type: 'ISC', url: 'https://opensource.org/licenses/ISC' }).license).toBe('ISC');
    expect(normalize([{ type: 'MIT' }, { type: 'Apache-2.0' }]).license).toBe('MIT OR Apache-2.0');
    expect(normalize(['BSD-3-Clause']).license).toBe('BSD-3-Clause');
    expect(normalize([{ type: 'MIT AND ISC' }, 'Apache-2.0']).license).toBe('(MIT AND ISC) OR Apache-2.0');
  });

  it('gives undefined and says why for what is not an SPDX expression', () => {
    for (const value of ['SEE LICENSE IN LICENSE.txt', 'UNLICENSED', 'MIT License', { type: 'Public Domain' }, 42]) {
      const { license, warnings } = normalize(value);
      expect(license).toBeUndefined();
      expect(warnings).toHaveLength(1);
    }
  });

  it('says nothing when there is no license at all', () => {
    expect(normalize(undefined)).toEqual({ license: undefined, warnings: [] });
    expect(normalize('')).toEqual({ license: undefined, warnings: [] });
    expect(normalizeLicense('MIT')).toBe('MIT');
  });
});
