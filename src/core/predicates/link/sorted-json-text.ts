// The text of a classic link file as in-toto writes it (json.dumps with sort_keys and indent=1): keys in
// code-point order at every depth, one space of indent per level. For a link whose keys are not already in
// order (classic.ts has JSON.stringify write one that is). Written directly rather than as JSON.stringify of a
// key-sorted copy, which would still put integer-like keys ("9", "10") first whatever their order.
import { keysInCodePointOrder } from './canonical-json.js';

/** `value` as JSON with sorted keys and a one-space indent; what JSON.stringify(value, null, 1) would give, sorted. */
export function sortedJsonText(value: unknown, indent = ''): string {
  if (typeof value !== 'object' || value === null) return typeof value === 'bigint' ? value.toString() : (JSON.stringify(value) as string);
  const inner = `${indent} `;
  let text = '';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) text += `${i === 0 ? '\n' : ',\n'}${inner}${sortedJsonText(value[i], inner)}`;
    return text === '' ? '[]' : `[${text}\n${indent}]`;
  }
  const keys = keysInCodePointOrder(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    text += `${i === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: ${sortedJsonText((value as Record<string, unknown>)[key], inner)}`;
  }
  return text === '' ? '{}' : `{${text}\n${indent}}`;
}
