import { uncompress } from 'snappyjs';
import { ChainmailError } from '../core/errors.js';

/**
 * Decodes the Snappy block format GitHub serves attestation bundles in at `bundle_url`. The length in the
 * header is checked against `maxBytes` before anything is allocated, so a small body cannot expand without
 * bound; corrupt input is BUNDLE_INVALID.
 */
export function snappyDecode(input: Uint8Array, maxBytes: number): Buffer {
  try {
    return Buffer.from(uncompress(new Uint8Array(input), maxBytes));
  } catch (error) {
    throw new ChainmailError('BUNDLE_INVALID', `not Snappy-compressed data: ${(error as Error).message}`, { cause: error });
  }
}
