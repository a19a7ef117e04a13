/** How every call to a Sigstore service or the GitHub API behaves on a slow or failing network. */
export interface NetworkPolicy {
  /** Per-request timeout. */
  readonly timeoutMs: number;
  /** Retries after the first attempt, on 5xx, 408, 429 and connection errors. */
  readonly retries: number;
  /** The first backoff; each retry doubles it. */
  readonly minBackoffMs: number;
}

export const DEFAULT_NETWORK: NetworkPolicy = { timeoutMs: 30_000, retries: 3, minBackoffMs: 500 };

/** The wait before retry `attempt` (1-based): exponential, capped at 16 times the first. */
export function backoffMs(network: NetworkPolicy, attempt: number): number {
  return Math.min(network.minBackoffMs * 2 ** (attempt - 1), network.minBackoffMs * 16);
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
