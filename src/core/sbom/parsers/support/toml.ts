import { parse, TomlError } from 'smol-toml';
import { invalidAtLine, invalidAtPath } from './lockfile-error.js';

export type TomlTable = Record<string, unknown>;

/** Parses a TOML lockfile or manifest; a syntax error names the file and the line. */
export function parseTomlFile(text: string, file: string): TomlTable {
  try {
    return parse(text) as TomlTable;
  } catch (e) {
    if (e instanceof TomlError) {
      const first = e.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? 'invalid TOML';
      throw invalidAtLine(file, e.line, `not valid TOML: ${first}`, e);
    }
    throw e;
  }
}

/**
 * The line of the header of the `index`-th `[[name]]` array-of-tables entry (`[[package]]`), so a structural
 * error in a parsed entry can still point at a line. Only called on the error path.
 */
export function arrayTableLine(text: string, name: string, index: number): number | undefined {
  const header = new RegExp(`^[ \\t]*\\[\\[[ \\t]*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*\\]\\]`);
  let seen = 0;
  let line = 0;
  for (const row of text.split(/\r?\n/)) {
    line++;
    if (header.test(row) && seen++ === index) return line;
  }
  return undefined;
}

/** A structural error in the `index`-th `[[name]]` entry, at its header's line when it can be found. */
export function invalidEntry(text: string, file: string, name: string, index: number, what: string): Error {
  const line = arrayTableLine(text, name, index);
  return line === undefined ? invalidAtPath(file, `${name}[${index}]`, what) : invalidAtLine(file, line, `${name}[${index}]: ${what}`);
}
