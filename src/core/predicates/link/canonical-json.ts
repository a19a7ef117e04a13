// OLPC canonical JSON as securesystemslib encodes it (formats.encode_canonical): sorted keys, no whitespace,
// only `"` and `\` escaped, integers only. What classic in-toto signatures cover. A link of a node_modules tree
// has ~30,000 entries and is encoded once, so before any warm-up: when JSON.stringify's output already is the
// canonical form (keys already in order, nothing it escapes differently) it is taken, natively, a quarter
// faster than encoding in JavaScript. The encoder tracks no paths; only a document it cannot encode is walked
// again, to say where the problem is.
import { ChainmailError } from '../../errors.js';

/** The keys of an object in Unicode code-point order, as Python's sorted() puts them. */
export function keysInCodePointOrder(object: object): string[] {
  const keys = Object.keys(object);
  if (keys.length < 2) return keys;
  keys.sort();
  // JS sorts by UTF-16 unit, which differs from code-point order only when a key holds a unit at or above U+D800.
  return keys.some((k) => BEYOND_SURROGATES_START.test(k)) ? keys.sort(byCodePoint) : keys;
}

/**
 * `value` with every object's keys inserted in code-point order: the object itself where they are already (and
 * its values too), else a copy. Integer-like keys ("9", "10") stay first whatever the order: JS enumerates them so.
 */
export function inCodePointOrder<T>(value: T): T {
  if (Array.isArray(value)) {
    const items = value.map(inCodePointOrder);
    return (items.every((item, i) => item === value[i]) ? value : items) as T;
  }
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  const inserted = Object.keys(object);
  const keys = keysInCodePointOrder(object);
  let same = true;
  const values = new Array<unknown>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    values[i] = inCodePointOrder(object[key]);
    same &&= values[i] === object[key] && inserted[i] === key;
  }
  if (same) return value;
  const sorted: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) Object.defineProperty(sorted, keys[i] as string, { value: values[i], enumerable: true, writable: true, configurable: true });
  return sorted as T;
}

export function canonicalJson(value: unknown): string {
  const native = nativeCanonicalJson(value);
  if (native !== undefined) return native;
  try {
    return encodeFast(value);
  } catch (error) {
    if (error !== NOT_CANONICAL) throw error;
    const problem = firstProblem(value, '$');
    if (problem === undefined) throw new Error('internal error: the canonical JSON encoder refused a value that has no problem');
    throw new ChainmailError('STATEMENT_INVALID', `canonical JSON cannot encode ${problem.what} at ${problem.path}`);
  }
}

/** JSON.stringify's text of `value` when that is its canonical JSON; undefined when it is not. */
export function nativeCanonicalJson(value: unknown): string | undefined {
  if (!stringifiesInCodePointOrder(value)) return undefined;
  const text = JSON.stringify(value);
  // JSON.stringify escapes control characters and lone surrogates, which canonical JSON writes raw or refuses.
  return ESCAPE_OTHER_THAN_QUOTES.test(text) ? undefined : text;
}

/**
 * Whether JSON.stringify writes `value` with every object's keys in code-point order and nothing canonical JSON
 * lacks: strings, safe integers, booleans, null, arrays and plain objects only. Objects enumerate integer-like
 * keys first ("9" before "10"), so the test is on enumeration order, which is also JSON.stringify's.
 */
export function stringifiesInCodePointOrder(value: unknown): boolean {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return true;
  if (typeof value === 'number') return Number.isSafeInteger(value);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!stringifiesInCodePointOrder(value[i])) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  let previous: string | undefined;
  for (const key in value) {
    // `<` compares UTF-16 units: the same as code points below U+D800.
    if ((previous !== undefined && !(previous < key)) || BEYOND_SURROGATES_START.test(key)) return false;
    if (!stringifiesInCodePointOrder((value as Record<string, unknown>)[key])) return false;
    previous = key;
  }
  return true;
}

const BEYOND_SURROGATES_START = /[\uD800-\uFFFF]/;
/** A backslash not followed by `"` or `\`: an escape (`\n`, `\u0001`, `\ud800`) canonical JSON does not write. */
const ESCAPE_OTHER_THAN_QUOTES = /\\[^"\\]/;
/** What a string must contain to need more than its quotes: an escape, or a surrogate to check. */
const NOT_PLAIN = /["\\\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ESCAPED = /["\\]/;
/** Thrown by the fast path, caught by canonicalJson. */
const NOT_CANONICAL = Symbol('not canonical');

function encodeFast(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (value === null) return 'null';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw NOT_CANONICAL;
    return String(value);
  }
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + encodeFast(value[i]);
    return `${text}]`;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let text = '{';
    let first = true;
    for (const k of keysInCodePointOrder(value)) {
      text += `${first ? '' : ','}${quote(k)}:${encodeFast((value as Record<string, unknown>)[k])}`;
      first = false;
    }
    return `${text}}`;
  }
  throw NOT_CANONICAL;
}

function quote(text: string): string {
  if (!NOT_PLAIN.test(text)) return `"${text}"`; // paths and hex digests: one test each
  // Python cannot UTF-8 encode a lone surrogate: no signature could be checked.
  if (LONE_SURROGATE.test(text)) throw NOT_CANONICAL;
  return ESCAPED.test(text) ? `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `"${text}"`;
}

/** Where the first value canonical JSON cannot encode sits (encodeFast's order), and what it is. */
function firstProblem(value: unknown, path: string): { path: string; what: string } | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? { path, what: 'a string with a lone surrogate' } : undefined;
  if (typeof value === 'boolean' || value === null || typeof value === 'bigint') return undefined;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? undefined : { path, what: `the number ${value} (only integers are canonical)` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = firstProblem(value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const k of keysInCodePointOrder(value)) {
      const problem = firstProblem(k, path) ?? firstProblem((value as Record<string, unknown>)[k], `${path}.${k}`);
      if (problem) return problem;
    }
    return undefined;
  }
  return { path, what: typeof value };
}

/**
 * Orders keys by Unicode code point. JS compares UTF-16 units, which differs only when a surrogate (a code
 * point above U+FFFF) meets a unit in U+E000..U+FFFF: shift both so surrogates sort last.
 */
function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit <= 0xdfff ? unit + 0x2000 : unit - 0x800;
}
