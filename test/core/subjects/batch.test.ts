import { describe, expect, it } from '@jest/globals';
import { batchSubjects } from '../../../src/core/subjects/batch.js';

const subjects = ['a', 'b', 'c', 'd', 'e'];

describe('batchSubjects', () => {
  it('splits into statements of at most maxPerStatement subjects, in order', () => {
    expect(batchSubjects(subjects, 2, 'batched')).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(batchSubjects(subjects, 1024, 'batched')).toEqual([subjects]);
  });

  it('puts each subject in its own statement in per-subject mode', () => {
    expect(batchSubjects(subjects, 1024, 'per-subject')).toEqual(subjects.map((s) => [s]));
  });

  it('returns no statements for no subjects', () => {
    expect(batchSubjects([], 10, 'batched')).toEqual([]);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a limit of %p with INPUT_INVALID', (max) => {
    expect(() => batchSubjects(subjects, max, 'batched')).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
  });
});
