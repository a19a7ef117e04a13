import { ChainmailError } from '../errors.js';

/** An expected value: exact text, or a regular expression that must match the whole value. */
export type Matcher = { readonly kind: 'exact'; readonly value: string } | { readonly kind: 'pattern'; readonly source: string };

/**
 * A pattern matcher, compiled to check it and always anchored: `release.yml` as a pattern never matches
 * `release.yml.evil.yml`, and `a|b` means "exactly a or exactly b", not "contains a".
 */
export function patternMatcher(source: string, inputName: string): Matcher {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    throw new ChainmailError('INPUT_INVALID', `${inputName}: "${source}" is not a regular expression: ${(error as Error).message}`);
  }
  return { kind: 'pattern', source };
}

export function exactMatcher(value: string): Matcher {
  return { kind: 'exact', value };
}

export function matches(matcher: Matcher, value: string | undefined): boolean {
  if (value === undefined) return false;
  return matcher.kind === 'exact' ? value === matcher.value : new RegExp(`^(?:${matcher.source})$`, 'u').test(value);
}

export function describeMatcher(matcher: Matcher): string {
  return matcher.kind === 'exact' ? `"${matcher.value}"` : `/^(?:${matcher.source})$/`;
}
