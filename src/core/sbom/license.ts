import parseSpdx from 'spdx-expression-parse';

/**
 * A validated SPDX license expression from a package's `license` field, or from the forms npm still meets in old
 * packages: `{ "type": "MIT" }` and `licenses: [{ "type": "MIT" }, "Apache-2.0"]` (several mean a choice: OR, as
 * npm sbom reads them). Anything else (`SEE LICENSE IN LICENSE.txt`, `UNLICENSED`, a typo) is undefined, and
 * `warn` is told why, so an SBOM never states a license that is not an SPDX expression.
 */
export function normalizeLicense(value: unknown, warn?: (message: string) => void): string | undefined {
  const expression = toExpression(value);
  const known = expression === undefined ? undefined : checked.get(expression);
  if (known !== undefined) {
    if (!known) warn?.(`license ${JSON.stringify(expression)} is not a valid SPDX expression`);
    return known ? expression : undefined;
  }
  if (expression === undefined) {
    if (value !== undefined && value !== null && value !== '') warn?.(`license ${JSON.stringify(value)} is not a license expression`);
    return undefined;
  }
  let valid = true;
  try {
    parseSpdx(expression);
  } catch {
    valid = false;
    warn?.(`license ${JSON.stringify(expression)} is not a valid SPDX expression`);
  }
  if (checked.size < CHECKED_LIMIT) checked.set(expression, valid);
  return valid ? expression : undefined;
}

// Lockfiles repeat a few licenses thousands of times (MIT, ISC, Apache-2.0): each is parsed once. Bounded.
const checked = new Map<string, boolean>();
const CHECKED_LIMIT = 10_000;

function toExpression(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) {
    const parts = value.map(toExpression).filter((p): p is string => p !== undefined);
    if (parts.length === 0) return undefined;
    return parts.length === 1 ? parts[0] : parts.map((p) => (/\s/.test(p) ? `(${p})` : p)).join(' OR ');
  }
  if (typeof value === 'object' && value !== null && 'type' in value) return toExpression((value as { type: unknown }).type);
  return undefined;
}
