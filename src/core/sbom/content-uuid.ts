import { createHash } from 'node:crypto';

/** RFC 4122's name-based namespace for URLs (Appendix C), under which chainmail names its documents. */
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/**
 * A UUID that is a function of `content`: version 5 (RFC 4122 §4.3, SHA-1 name-based) in the URL namespace,
 * named `chainmail:sha256:<hex of the content's sha256>`. Reproducible documents take their serial number and
 * namespace from it, so the same content always has the same identity and different content never shares one.
 */
export function contentUuid(content: string): string {
  const digest = createHash('sha256').update(content).digest('hex');
  const bytes = createHash('sha1').update(URL_NAMESPACE).update(`chainmail:sha256:${digest}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
