import type { NetworkPolicy } from '../../core/network-policy.js';

/** The retry/timeout options in the shape sigstore-js's fetch (promise-retry) takes. */
export function sigstoreFetchOptions(network: NetworkPolicy) {
  return {
    timeout: network.timeoutMs,
    retry: { retries: network.retries, factor: 2, minTimeout: network.minBackoffMs, maxTimeout: network.minBackoffMs * 16 },
  };
}
