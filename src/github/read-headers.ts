import { githubHeaders } from './api-headers.js';

/** Headers of a GitHub API read: with the token when there is one, anonymous (public data only) without. */
export function readHeaders(token: string, accept?: string): Record<string, string> {
  const { authorization, 'content-type': _contentType, ...rest } = githubHeaders(token);
  return { ...rest, ...(token ? { authorization } : {}), ...(accept ? { accept } : {}) } as Record<string, string>;
}
