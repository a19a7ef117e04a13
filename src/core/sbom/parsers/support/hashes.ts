import type { ComponentHash, Distribution, HashAlgorithm } from '../../model.js';

const ALGORITHMS: Readonly<Record<string, { algorithm: HashAlgorithm; hexLength: number }>> = {
  md5: { algorithm: 'MD5', hexLength: 32 },
  sha1: { algorithm: 'SHA-1', hexLength: 40 },
  sha256: { algorithm: 'SHA-256', hexLength: 64 },
  sha384: { algorithm: 'SHA-384', hexLength: 96 },
  sha512: { algorithm: 'SHA-512', hexLength: 128 },
};

/** `sha256:<hex>` (pip, poetry, uv, Pipfile.lock) as a hash; undefined when it is not one we know. */
export function parseAlgorithmHex(text: string): ComponentHash | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  return hexHash(text.slice(0, colon).toLowerCase(), text.slice(colon + 1));
}

/** A hex digest of a named algorithm (`sha256`), checked for length; undefined when it is not one. */
export function hexHash(algorithmName: string, hex: string): ComponentHash | undefined {
  const known = ALGORITHMS[algorithmName];
  if (known === undefined || hex.length !== known.hexLength || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  return { algorithm: known.algorithm, hex: hex.toLowerCase() };
}

/**
 * The hashes a lockfile lists for one version, placed by what they identify. A component's hash must identify
 * THE artifact: one artifact (a lone wheel, a pinned URL) puts its hashes on the component; several (an sdist
 * and wheels for each platform, of which the installer picks one) become distributions, each with its own hash,
 * and the component carries none rather than a set of hashes no single file matches.
 */
export function placeHashes(artifacts: readonly Distribution[]): { hashes: ComponentHash[]; distributions?: Distribution[] } {
  const withHashes = artifacts.filter((a) => a.hashes.length > 0);
  if (withHashes.length === 0) return { hashes: [] };
  if (withHashes.length === 1) return { hashes: [...(withHashes[0] as Distribution).hashes] };
  return { hashes: [], distributions: withHashes };
}
