import { ChainmailError } from '../core/errors.js';
import type { Candidate } from '../sigstore/verify/candidates.js';

/**
 * The bundles in a text: one JSON bundle (pretty-printed or not), or JSON Lines with one bundle per line.
 * `label` names where the text came from; a JSONL candidate's source adds its line (`all.jsonl line 3`).
 * A line that is not JSON becomes an unreadable candidate, so one bad line does not hide the others.
 */
export function bundlesInText(text: string, label: string): Candidate[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return [{ source: label, unreadable: new ChainmailError('BUNDLE_INVALID', `${label} is empty; expected a Sigstore bundle or JSON Lines of them`) }];
  const whole = tryParse(trimmed);
  if (whole.ok) return [{ source: label, json: whole.value }];
  const lines = trimmed.split('\n');
  const nonEmpty = lines.filter((line) => line.trim() !== '');
  // A single document that does not parse is one unreadable bundle, not one error per line of it.
  if (nonEmpty.length === 1 || !nonEmpty.every((line) => line.trim().startsWith('{'))) {
    return [{ source: label, unreadable: new ChainmailError('BUNDLE_INVALID', `${label} is not JSON: ${whole.error}`) }];
  }
  const candidates: Candidate[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const source = `${label} line ${index + 1}`;
    const parsed = tryParse(line);
    candidates.push(parsed.ok ? { source, json: parsed.value } : { source, unreadable: new ChainmailError('BUNDLE_INVALID', `${source} is not JSON: ${parsed.error}`) });
  });
  return candidates;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
