/**
 * Finding the line a finding is about, so annotations land on it. Best effort: the parsers give components,
 * not positions, so this looks for the text a lockfile or workflow states the component with.
 */

/** The 1-based line of the first occurrence of the first needle found in `text`, or undefined. */
export function lineOfFirst(text: string | undefined, needles: readonly (string | RegExp | undefined)[]): number | undefined {
  if (text === undefined) return undefined;
  for (const needle of needles) {
    if (needle === undefined || needle === '') continue;
    const index = typeof needle === 'string' ? text.indexOf(needle) : (needle.exec(text)?.index ?? -1);
    if (index >= 0) return lineAt(text, index);
  }
  return undefined;
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
