/** The headers of every GitHub REST call chainmail makes. The token goes only into Authorization. */
export function githubHeaders(token: string, contentType = 'application/json'): Record<string, string> {
  return {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'content-type': contentType,
    'user-agent': 'chainmail',
    'x-github-api-version': '2022-11-28',
  };
}

/** The message field of a GitHub error body, or its first line. */
export function githubMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.trim().split('\n')[0]?.slice(0, 200) ?? '';
}
