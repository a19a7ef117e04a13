import { describe, expect, it } from '@jest/globals';
import { parseStartRecord, serializeStartRecord, type StartRecord } from '../../../src/core/attest-step/start-record.js';
import { validateStepName } from '../../../src/core/attest-step/step-name.js';
import { thrownBy } from '../intoto/helpers.js';

describe('step names', () => {
  it('accepts names a layout uses and that name files safely', () => {
    for (const name of ['build', 'test-linux_x64', 'v1.2', '0']) expect(validateStepName(name, 'name')).toEqual([]);
  });

  it('refuses empty, path-like, hidden and overlong names, never rewriting them', () => {
    expect(validateStepName('', 'name')[0]?.message).toMatch(/^is required/);
    for (const name of ['a/b', '../x', '.hidden', 'a..b', 'with space', 'ü']) expect(validateStepName(name, 'name')).toHaveLength(1);
    expect(validateStepName('x'.repeat(129), 'name')[0]?.message).toBe('is 129 characters long; at most 128');
  });
});

describe('the wrap-mode start record', () => {
  const record: StartRecord = { version: 1, name: 'build', startedAt: '2026-01-01T00:00:00.000Z', materials: [{ name: 'a', digest: { sha256: 'ab' } }], products: ['dist/**'], materialPatterns: ['src/**'] };

  it('round-trips', () => {
    expect(parseStartRecord(serializeStartRecord(record), 'r.json')).toEqual(record);
  });

  it('refuses what is not a start record of this version', () => {
    expect(thrownBy(() => parseStartRecord('{"version":2}', 'r.json')).message).toBe('r.json is not a version 1 start record of attest-step');
    expect(thrownBy(() => parseStartRecord('{tru', 'r.json')).code).toBe('INPUT_INVALID');
  });
});
