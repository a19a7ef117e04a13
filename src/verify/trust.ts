import { readTextLimitedAs } from '../io/read-text.js';
import { refreshTrustRoots, type TufRefreshOptions } from '../sigstore/verify/tuf.js';
import { defaultTrustRoots, parseTrustRoots, type TrustRoot } from '../sigstore/verify/trust-roots.js';

/** A trusted_root.json (or JSONL of roots) is small; this refuses anything that is clearly not one. */
const MAX_TRUSTED_ROOT_BYTES = 16 * 1024 * 1024;

export interface TrustOptions {
  /** A trusted_root.json, or JSON Lines of them (e.g. `gh attestation trusted-root` output). */
  readonly trustedRootPath?: string;
  /** Refresh the public-good root (or a mirror's) through TUF instead of using the embedded one. */
  readonly tuf?: TufRefreshOptions;
}

/**
 * The roots to verify against: the given file's, plus either a TUF-refreshed root or, when the file is not
 * given, the embedded public-good root. Offline by default; with TUF, a refresh that fails fails the run.
 */
export async function loadTrustRoots(options: TrustOptions): Promise<TrustRoot[]> {
  const roots: TrustRoot[] = [];
  if (options.trustedRootPath !== undefined) {
    const text = await readTextLimitedAs(options.trustedRootPath, MAX_TRUSTED_ROOT_BYTES, 'TRUST_ROOT_INVALID', 'trusted root');
    roots.push(...parseTrustRoots(text, options.trustedRootPath));
  }
  if (options.tuf !== undefined) roots.push(...(await refreshTrustRoots(options.tuf)));
  return roots.length > 0 ? roots : defaultTrustRoots();
}
