// The public-good TUF root.json that ships with @sigstore/tuf: a real root to start a TUF client from.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export function publicGoodTufRoot(): Buffer {
  const seeds = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@sigstore/tuf/seeds.json'), 'utf8')) as Record<string, { 'root.json': string }>;
  const seed = Object.values(seeds)[0];
  if (!seed) throw new Error('@sigstore/tuf ships no seed');
  return Buffer.from(seed['root.json'], 'base64');
}
