import { describe, expect, it } from '@jest/globals';
import { ChainmailError } from '../../src/core/errors.js';
import { failureLine } from '../../src/actions/shared/run-action.js';

describe('failureLine', () => {
  it('gives one line with the error code', () => {
    expect(failureLine(new ChainmailError('PATH_NOT_FOUND', 'subject-path: dist/*.tgz\n matched no file'))).toBe('subject-path: dist/*.tgz matched no file [PATH_NOT_FOUND]');
  });

  it('marks errors that are not ours as unexpected', () => {
    expect(failureLine(new TypeError('x is undefined'))).toBe('unexpected error: x is undefined');
  });
});
