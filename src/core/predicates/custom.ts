// A user-supplied predicate (the `predicate` / `predicate-path` inputs) and its type.
import { ChainmailError } from '../errors.js';
import { describeJson, isJsonObject } from '../intoto/json-shape.js';
import { isUri } from '../intoto/uri.js';
import { findJsonErrorOffset, lineAndColumn } from './json-error-offset.js';

/** The size cap @actions/attest applies to a predicate. */
export const MAX_PREDICATE_BYTES = 16 * 1024 * 1024;

/**
 * `text` parsed as a predicate: at most `maxBytes` of UTF-8, JSON, an object. `source` names where it came from
 * (an input name or a path) in every error; all errors are PREDICATE_INVALID.
 */
export function parseCustomPredicate(text: string, source: string, maxBytes = MAX_PREDICATE_BYTES): Record<string, unknown> {
  // Size first: parsing a huge document only to reject it wastes the runner's memory.
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) {
    throw new ChainmailError('PREDICATE_INVALID', `${source} is ${size} bytes; the limit is ${formatLimit(maxBytes)}`);
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text; // editors on Windows write a BOM
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    throw new ChainmailError('PREDICATE_INVALID', `${source} is not JSON: ${describeJsonError(body, e)}`, { cause: e });
  }
  if (!isJsonObject(value)) {
    throw new ChainmailError('PREDICATE_INVALID', `${source} must be a JSON object, not ${describeJson(value)}`);
  }
  return value;
}

/** `predicateType` must be a URI (it names a schema); `inputName` says which input to fix. */
export function validatePredicateType(type: string, inputName: string): string {
  const trimmed = type.trim();
  if (!isUri(trimmed)) {
    const shown = trimmed.length > 80 ? `${trimmed.slice(0, 80)}...` : trimmed;
    throw new ChainmailError(
      'INPUT_INVALID',
      `${inputName} must be a URI with a scheme, such as https://slsa.dev/provenance/v1; got ${JSON.stringify(shown)}`,
    );
  }
  return trimmed;
}

function formatLimit(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB (${bytes} bytes)` : `${bytes} bytes`;
}

// One line: V8's reason without its own position or its quote of the text (which may span lines), then ours.
function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const reason = raw
    .replace(/,\s[\s\S]* is not valid JSON$/, '')
    .replace(/\s+in JSON at position \d+(\s*\(line \d+ column \d+\))?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const offset = findJsonErrorOffset(text);
  if (offset === undefined) return reason;
  const { line, column } = lineAndColumn(text, offset);
  return `${reason} at line ${line} column ${column} (position ${offset})`;
}
