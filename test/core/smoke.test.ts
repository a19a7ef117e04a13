import { describe, expect, it } from '@jest/globals';
import { Verifier, toSignedEntity } from '@sigstore/verify';
import * as core from '@actions/core';
import { ChainmailError } from '../../src/core/errors.js';

describe('toolchain', () => {
  it('loads sigstore and @actions/core under jest ESM', () => {
    expect(typeof Verifier).toBe('function');
    expect(typeof toSignedEntity).toBe('function');
    expect(typeof core.getInput).toBe('function');
    expect(new ChainmailError('INPUT_INVALID', 'x').code).toBe('INPUT_INVALID');
    expect(process.version.startsWith('v24')).toBe(true);
  });
});
