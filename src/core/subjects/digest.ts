// Parses a digest given by the user as `<algorithm>:<hex>`. Only algorithms whose hex length is fixed
// are accepted, and the length is checked, so a truncated or mistyped digest fails here, by name,
// rather than producing a statement that matches nothing.
import { ChainmailError } from '../errors.js';

export type SubjectDigestAlgorithm = 'sha256' | 'sha384' | 'sha512' | 'sha1';

/** Hex length of each accepted algorithm. sha1 is accepted for git commits, never produced by us. */
export const HEX_LENGTH: Readonly<Record<SubjectDigestAlgorithm, number>> = {
  sha1: 40,
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

export interface ParsedDigest {
  readonly algorithm: SubjectDigestAlgorithm;
  readonly hex: string;
}

export function parseDigest(text: string, inputName: string): ParsedDigest {
  const match = /^([a-z0-9]+):([0-9a-f]+)$/i.exec(text.trim());
  const algorithm = match?.[1]?.toLowerCase();
  const hex = match?.[2]?.toLowerCase();
  if (algorithm !== undefined && hex !== undefined && isAlgorithm(algorithm) && hex.length === HEX_LENGTH[algorithm]) {
    return { algorithm, hex };
  }
  throw new ChainmailError(
    'DIGEST_INVALID',
    `${inputName}: "${text}" is not a digest; expected sha256:<64 hex chars> or sha512:<128 hex chars>`,
  );
}

function isAlgorithm(name: string): name is SubjectDigestAlgorithm {
  return Object.hasOwn(HEX_LENGTH, name);
}
