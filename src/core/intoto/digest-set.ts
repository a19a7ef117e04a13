// DigestSet validation per in-toto spec/v1/digest_set.md: the named standard algorithms are lowercase hex of a
// known length; any other algorithm is allowed (the spec says consumers ignore what they do not recognize), but
// its value must still be a non-empty string.
import type { FieldProblem } from '../errors.js';
import { childPath, describeJson, isJsonObject } from './json-shape.js';

const FIXED_HEX_LENGTHS: Readonly<Record<string, readonly number[]>> = {
  sha256: [64],
  sha224: [56],
  sha384: [96],
  sha512: [128],
  sha512_224: [56],
  sha512_256: [64],
  sha3_224: [56],
  sha3_256: [64],
  sha3_384: [96],
  sha3_512: [128],
  sha1: [40],
  md5: [32],
  ripemd160: [40],
  sm3: [64],
  gost: [64, 128], // GOST R 34.11-94 / Streebog-256, Streebog-512
  // Git object ids: SHA-1 or SHA-256 repositories.
  gitCommit: [40, 64],
  gitTree: [40, 64],
  gitBlob: [40, 64],
  gitTag: [40, 64],
  // The spec's heading says `dirHash`, its example says `dirHash1`; both are a sha256 in hex.
  dirHash: [64],
  dirHash1: [64],
};

// Extendable-output and keyed-length hashes: any whole number of bytes up to the maximum (in hex characters).
const VARIABLE_HEX_MAX: Readonly<Record<string, number>> = {
  shake128: Number.POSITIVE_INFINITY,
  shake256: Number.POSITIVE_INFINITY,
  blake2b: 128,
  blake2s: 64,
};

const LOWER_HEX = /^[0-9a-f]+$/;
const ANY_CASE_HEX = /^[0-9a-fA-F]+$/;

/** True for the algorithms digest_set.md names (whose values are lowercase hex). */
export function isKnownDigestAlgorithm(algorithm: string): boolean {
  return Object.hasOwn(FIXED_HEX_LENGTHS, algorithm) || Object.hasOwn(VARIABLE_HEX_MAX, algorithm);
}

/** The hex lengths a known fixed-length algorithm allows, or undefined for any other algorithm. */
export function expectedHexLengths(algorithm: string): readonly number[] | undefined {
  return Object.hasOwn(FIXED_HEX_LENGTHS, algorithm) ? FIXED_HEX_LENGTHS[algorithm] : undefined;
}

/** Problems with one digest value; [] when it is acceptable. */
export function validateDigestValue(algorithm: string, value: unknown, path: string): FieldProblem[] {
  if (typeof value !== 'string') return [{ path, message: `must be a string, not ${describeJson(value)}` }];
  if (value === '') return [{ path, message: 'must not be empty' }];
  if (!isKnownDigestAlgorithm(algorithm)) return [];
  if (!LOWER_HEX.test(value)) {
    const why = ANY_CASE_HEX.test(value) ? 'must be lowercase hex' : 'must be hex (0-9, a-f)';
    return [{ path, message: why }];
  }
  const lengths = expectedHexLengths(algorithm);
  if (lengths !== undefined && !lengths.includes(value.length)) {
    const want = lengths.join(' or ');
    return [{ path, message: `must be ${want} hex characters for ${algorithm}, got ${value.length}` }];
  }
  const max = VARIABLE_HEX_MAX[algorithm];
  if (max !== undefined && (value.length % 2 !== 0 || value.length > max)) {
    const limit = Number.isFinite(max) ? ` of at most ${max} characters` : '';
    return [{ path, message: `must be whole bytes of hex${limit} for ${algorithm}, got ${value.length}` }];
  }
  return [];
}

/** Every problem with a DigestSet at `path` (e.g. `subject[0].digest`). */
export function validateDigestSet(value: unknown, path: string): FieldProblem[] {
  if (!isJsonObject(value)) {
    return [{ path, message: `must be an object of algorithm -> digest, not ${describeJson(value)}` }];
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return [{ path, message: 'must contain at least one digest' }];
  const problems: FieldProblem[] = [];
  for (const [algorithm, digest] of entries) {
    const at = childPath(path, algorithm);
    if (algorithm === '') problems.push({ path: at, message: 'algorithm name must not be empty' });
    else problems.push(...validateDigestValue(algorithm, digest, at));
  }
  return problems;
}
