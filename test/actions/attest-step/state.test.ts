import { describe, expect, it } from '@jest/globals';
import { isPostRun, loadStartRef, markMainRan, saveStartRef, type StateStore } from '../../../src/github/state.js';
import { parseStateFile } from '../../e2e/support/post-step.js';

function memoryState(): StateStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, save: (name, value) => values.set(name, value), get: (name) => values.get(name) ?? '' };
}

describe('main/post state', () => {
  it('main marks itself, so the post run knows it is one', () => {
    const state = memoryState();
    expect(isPostRun(state)).toBe(false);
    markMainRan(state);
    expect(isPostRun(state)).toBe(true);
  });

  it('keeps where phase: start left its record, and nothing for other uses', () => {
    const state = memoryState();
    expect(loadStartRef(state)).toBeUndefined();
    saveStartRef({ recordPath: '/tmp/r.json', sha256: 'ab' }, state);
    expect(loadStartRef(state)).toEqual({ recordPath: '/tmp/r.json', sha256: 'ab' });
    state.values.set('phase-started', '{"recordPath": 1}');
    expect(() => loadStartRef(state)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
  });

  it('the test runner reads GITHUB_STATE the way the runner does', () => {
    expect(parseStateFile('is-post<<ghadelimiter_1\ntrue\nghadelimiter_1\nphase-started<<d\n{"a":\n1}\nd\n')).toEqual({ 'is-post': 'true', 'phase-started': '{"a":\n1}' });
  });
});
