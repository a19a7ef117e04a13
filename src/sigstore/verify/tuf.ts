import { TrustedRoot } from '@sigstore/protobuf-specs';
import { DEFAULT_MIRROR_URL, getTrustedRoot } from '@sigstore/tuf';
import { ChainmailError } from '../../core/errors.js';
import type { NetworkPolicy } from '../../core/network-policy.js';
import { trustRootFromJSON, type TrustRoot } from './trust-roots.js';

export const PUBLIC_GOOD_TUF_MIRROR = DEFAULT_MIRROR_URL;

export interface TufRefreshOptions {
  /** The TUF repository; the public-good one (whose root ships with sigstore-js) by default. */
  readonly mirrorURL?: string;
  /** The TUF metadata cache: kept between runs, so a refresh downloads only what changed. */
  readonly cachePath: string;
  /** The initial root.json of a mirror other than public-good (trust on first use needs one). */
  readonly rootPath?: string;
  readonly network: NetworkPolicy;
}

/**
 * The current trusted root from a Sigstore TUF repository: root rotation, expiry and every signature are
 * checked by tuf-js. It fails closed: a mirror that cannot be reached, or metadata that does not verify, is a
 * TRUST_ROOT_INVALID error, never a silent fall back to older trust material.
 */
export async function refreshTrustRoots(options: TufRefreshOptions): Promise<TrustRoot[]> {
  const mirrorURL = (options.mirrorURL ?? PUBLIC_GOOD_TUF_MIRROR).replace(/\/+$/, '');
  let root: TrustedRoot;
  try {
    root = await getTrustedRoot({
      mirrorURL,
      cachePath: options.cachePath,
      ...(options.rootPath ? { rootPath: options.rootPath } : {}),
      timeout: options.network.timeoutMs,
      retry: options.network.retries === 0 ? false : { retries: options.network.retries, minTimeout: options.network.minBackoffMs, factor: 2 },
      forceCache: false,
    });
  } catch (error) {
    throw new ChainmailError('TRUST_ROOT_INVALID', `could not refresh trust material from ${mirrorURL}: ${reason(error)}`, { cause: error });
  }
  return [trustRootFromJSON(TrustedRoot.toJSON(root), `trusted_root.json from ${mirrorURL}`)];
}

/** The innermost useful message: tuf-js wraps fetch failures, which wrap the connection error. */
function reason(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    parts.push(typeof code === 'string' && !e.message.includes(code) ? `${e.message} (${code})` : e.message);
  }
  const text = parts.filter((p, i) => p && !parts.slice(0, i).some((q) => q.includes(p))).join(': ');
  return (text || String(error)).replace(/\s*\n\s*/g, ' ');
}
