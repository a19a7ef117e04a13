import * as core from '@actions/core';
import { ChainmailError } from '../core/errors.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Requests the job's OIDC token for `audience` from the runner. The token is masked in the log before it is
 * returned. Without `permissions: id-token: write` (and always on pull requests from forks) the runner sets no
 * request URL: that is reported as the permission to add, not as a network failure.
 */
export async function requestOidcToken(audience: string, timeoutMs: number, env: Env = process.env): Promise<string> {
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new ChainmailError(
      'OIDC_UNAVAILABLE',
      'no OIDC token: add `permissions: id-token: write` to the job (pull requests from forks never get one; sign on push or release instead)',
    );
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ChainmailError('OIDC_FAILED', `the runner's OIDC endpoint did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const token = await Promise.race([core.getIDToken(audience), timeout]);
    core.setSecret(token);
    return token;
  } catch (error) {
    if (error instanceof ChainmailError) throw error;
    // @actions/core's message spans lines; keep the first meaningful one.
    const detail = String((error as Error).message).split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
    throw new ChainmailError('OIDC_FAILED', `could not get an OIDC token from the runner: ${detail}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
