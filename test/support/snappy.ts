import { compress } from 'snappyjs';

/** `data` Snappy-compressed, as GitHub serves a bundle at bundle_url. */
export function snappyCompress(data: Buffer): Buffer {
  return Buffer.from(compress(new Uint8Array(data)));
}
