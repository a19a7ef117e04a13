import { describe, expect, it } from '@jest/globals';
import { chooseSigningEndpoints, GITHUB_INSTANCE, PUBLIC_GOOD } from '../../src/sigstore/endpoints.js';

describe('chooseSigningEndpoints', () => {
  it('signs public repositories on public-good (Fulcio + Rekor), like GitHub own actions', () => {
    expect(chooseSigningEndpoints({ sigstore: 'auto', visibility: 'public' })).toEqual(PUBLIC_GOOD);
  });

  it('signs private, internal and unknown-visibility repositories on GitHub instance (Fulcio + TSA, no public log)', () => {
    for (const visibility of ['private', 'internal', undefined]) {
      expect(chooseSigningEndpoints({ sigstore: 'auto', ...(visibility ? { visibility } : {}) })).toEqual(GITHUB_INSTANCE);
    }
  });

  it('lets the sigstore input override the visibility', () => {
    expect(chooseSigningEndpoints({ sigstore: 'github', visibility: 'public' }).instance).toBe('github');
    expect(chooseSigningEndpoints({ sigstore: 'public-good', visibility: 'private' }).instance).toBe('public-good');
  });

  it('applies custom URLs on top of the chosen instance and calls the result custom', () => {
    const endpoints = chooseSigningEndpoints({ sigstore: 'public-good', fulcioURL: 'https://fulcio.example', tsaURL: 'https://tsa.example' });
    expect(endpoints).toEqual({ instance: 'custom', fulcioURL: 'https://fulcio.example', rekorURL: PUBLIC_GOOD.rekorURL, tsaURL: 'https://tsa.example' });
  });
});
