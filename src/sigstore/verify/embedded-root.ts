import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };

/** The TUF repository whose seed sigstore-js ships: public-good Sigstore's. */
export const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';

/**
 * The public-good trusted root as sigstore-js's TUF seed carries it (a target signed by the TUF root in the same
 * seed), so verification works offline by default. It is as new as the @sigstore/tuf release we bundle.
 */
export function embeddedPublicGoodRoot(): Record<string, unknown> {
  const target = (seeds as Record<string, { targets: Record<string, string> }>)[PUBLIC_GOOD_TUF_MIRROR]?.targets['trusted_root.json'];
  if (target === undefined) throw new Error('@sigstore/tuf seeds.json has no public-good trusted_root.json');
  return JSON.parse(Buffer.from(target, 'base64').toString('utf8')) as Record<string, unknown>;
}
