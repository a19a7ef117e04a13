/**
 * The rel="next" URL of an RFC 8288 Link header (`<https://...>; rel="next", <...>; rel="last"`), or
 * undefined on the last page. GitHub's cursor pagination is followed through it, never by building URLs.
 */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match && /;\s*rel="?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(match[2] ?? '')) return match[1];
  }
  return undefined;
}

/** Whether `url` is on the same origin as `base`: a token is only ever sent back to the API it is for. */
export function sameOrigin(url: string, base: string): boolean {
  try {
    return new URL(url).origin === new URL(base).origin;
  } catch {
    return false;
  }
}
