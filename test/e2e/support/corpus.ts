import { join } from 'node:path';

/** The real bundles signed on GitHub runners (test/fixtures/sigstore/real, see its README). */
export const CORPUS = new URL('../../fixtures/sigstore/real', import.meta.url).pathname;

export function corpus(name: string): string {
  return join(CORPUS, name);
}
