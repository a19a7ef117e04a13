import type { KeyObject } from 'node:crypto';
import type { TrustRoot } from './trust-roots.js';

/**
 * Trust material for bundles signed with a known key instead of a certificate: that key (whatever hint the
 * bundle carries), and the logs and timestamp authorities of the trusted roots to place the signature in time.
 */
export function keyTrustRoot(publicKey: KeyObject, roots: readonly TrustRoot[]): TrustRoot {
  const tlogs = roots.flatMap((r) => r.material.tlogs);
  return {
    name: 'the given public key',
    material: {
      certificateAuthorities: [],
      ctlogs: [],
      tlogs,
      timestampAuthorities: roots.flatMap((r) => r.material.timestampAuthorities),
      publicKey: () => ({ publicKey, validFor: () => true }),
    },
    hasTransparencyLog: tlogs.length > 0,
    hasCertificateTransparency: false,
  };
}
