import { definedOnly } from '../../core/defined.js';
import type { NetworkPolicy } from '../../core/network-policy.js';
import type { SigstoreInstance } from '../../sigstore/endpoints.js';
import type { InputProblems } from './input-parsers.js';

/** The inputs every keyless-signing action takes, under the same names: where to sign and how to reach it. */
export const SIGNING_INPUT = {
  sigstore: 'sigstore',
  fulcioUrl: 'fulcio-url',
  rekorUrl: 'rekor-url',
  tsaUrl: 'tsa-url',
  requestTimeout: 'request-timeout-seconds',
  networkRetries: 'network-retries',
} as const;

export type SigningInputName = (typeof SIGNING_INPUT)[keyof typeof SIGNING_INPUT];

export interface SigningInputs {
  readonly sigstore: SigstoreInstance | 'auto';
  readonly fulcioUrl?: string;
  readonly rekorUrl?: string;
  readonly tsaUrl?: string;
  readonly network: NetworkPolicy;
}

/** Reads the signing inputs, recording problems in `p` (so they are reported with the action's others). */
export function parseSigningInputs(p: InputProblems, raw: (name: SigningInputName) => string): SigningInputs {
  return {
    sigstore: p.oneOf(SIGNING_INPUT.sigstore, raw(SIGNING_INPUT.sigstore) || 'auto', ['auto', 'public-good', 'github'] as const),
    ...definedOnly({
      fulcioUrl: p.url(SIGNING_INPUT.fulcioUrl, raw(SIGNING_INPUT.fulcioUrl)),
      rekorUrl: p.url(SIGNING_INPUT.rekorUrl, raw(SIGNING_INPUT.rekorUrl)),
      tsaUrl: p.url(SIGNING_INPUT.tsaUrl, raw(SIGNING_INPUT.tsaUrl)),
    }),
    network: {
      timeoutMs: p.integer(SIGNING_INPUT.requestTimeout, raw(SIGNING_INPUT.requestTimeout) || '30', 1, 600) * 1000,
      retries: p.integer(SIGNING_INPUT.networkRetries, raw(SIGNING_INPUT.networkRetries) || '3', 0, 10),
      minBackoffMs: 500,
    },
  };
}
