import { homedir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_NETWORK } from '../core/network-policy.js';
import type { TrustOptions } from '../verify/trust.js';
import { booleanFlag, stringFlag, type Parsed } from './args.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/** The trust flags both verify commands take. */
export const TRUST_FLAGS = {
  'trusted-root': { type: 'string' },
  tuf: { type: 'boolean' },
  'tuf-mirror': { type: 'string' },
  'tuf-root': { type: 'string' },
  'tuf-cache': { type: 'string' },
} as const;

export function trustOptions(parsed: Parsed, io: CliIo): TrustOptions {
  const trustedRootPath = stringFlag(parsed, 'trusted-root');
  const mirror = stringFlag(parsed, 'tuf-mirror');
  const rootPath = stringFlag(parsed, 'tuf-root');
  const cache = stringFlag(parsed, 'tuf-cache');
  const tuf = booleanFlag(parsed, 'tuf');
  if (!tuf && (mirror ?? rootPath ?? cache) !== undefined) {
    throw new UsageError(`--${mirror ? 'tuf-mirror' : rootPath ? 'tuf-root' : 'tuf-cache'} goes with --tuf`);
  }
  if (mirror !== undefined && !/^https?:\/\/[^\s]+$/.test(mirror)) throw new UsageError('--tuf-mirror expects an http(s) URL');
  return {
    ...(trustedRootPath !== undefined ? { trustedRootPath } : {}),
    ...(tuf
      ? {
          tuf: {
            cachePath: cache ?? defaultTufCache(io.env),
            network: DEFAULT_NETWORK,
            ...(mirror !== undefined ? { mirrorURL: mirror } : {}),
            ...(rootPath !== undefined ? { rootPath } : {}),
          },
        }
      : {}),
  };
}

/** The runner's tool cache on a runner, else the user's cache directory (XDG). */
export function defaultTufCache(env: CliIo['env']): string {
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, 'chainmail', 'tuf');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'chainmail', 'tuf');
}
