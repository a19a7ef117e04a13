import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { embeddedPublicGoodRoot } from '../../src/sigstore/verify/embedded-root.js';

describe('embedded public-good root', () => {
  it('is the public-good trusted root, as published', () => {
    const published = JSON.parse(readFileSync(new URL('../fixtures/sigstore/roots/public-good.json', import.meta.url), 'utf8'));
    expect(embeddedPublicGoodRoot()).toEqual(published);
  });
});
