import { ChainmailError } from '../../../errors.js';
import { childPath, describeJson, isJsonObject } from '../../../intoto/json-shape.js';
import { findJsonErrorOffset, lineAndColumn } from '../../../predicates/json-error-offset.js';
import { invalidAtPath } from '../support/lockfile-error.js';

export type JsonObject = Record<string, unknown>;

/** JSON.parse, with a syntax error named by file, line and column (found only on the error path). */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const { line, column } = lineAndColumn(body, findJsonErrorOffset(body) ?? body.length);
    throw new ChainmailError('LOCKFILE_INVALID', `${file} line ${line} column ${column}: not valid JSON`, { cause: e });
  }
}

/**
 * Reads fields of parsed JSON without trusting its shape: a field of the wrong type throws LOCKFILE_INVALID with
 * its JSON path (`packages["node_modules/x"].version: expected a string, found a number`). Absent (or null) is
 * undefined: readers ignore what they do not need.
 */
export class JsonFields {
  constructor(private readonly file: string) {}

  object(value: unknown, path: Path): JsonObject {
    if (!isJsonObject(value)) throw this.wrong(at(path), 'an object', value);
    return value;
  }

  optionalObject(parent: JsonObject, key: string, path: Path): JsonObject | undefined {
    const value = parent[key];
    if (value === undefined || value === null) return undefined;
    if (!isJsonObject(value)) throw this.wrong(childPath(at(path), key), 'an object', value);
    return value;
  }

  optionalString(parent: JsonObject, key: string, path: Path): string | undefined {
    const value = parent[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw this.wrong(childPath(at(path), key), 'a string', value);
    return value;
  }

  flag(parent: JsonObject, key: string, path: Path): boolean {
    const value = parent[key];
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') throw this.wrong(childPath(at(path), key), 'true or false', value);
    return value;
  }

  /** A `{ name: spec }` map (dependencies and their kin); every value must be a string. */
  specs(parent: JsonObject, key: string, path: Path): Readonly<Record<string, string>> {
    const map = this.optionalObject(parent, key, path);
    if (map === undefined) return EMPTY;
    for (const name in map) {
      if (typeof map[name] !== 'string') throw this.wrong(childPath(childPath(at(path), key), name), 'a string', map[name]);
    }
    return map as Record<string, string>;
  }

  private wrong(path: string, expected: string, found: unknown): ChainmailError {
    return invalidAtPath(this.file, path === '' ? '(top level)' : path, `expected ${expected}, found ${describeJson(found)}`);
  }
}

/** A JSON path, or a function that builds it: paths of hot fields are only built when one is wrong. */
export type Path = string | (() => string);

const at = (path: Path): string => (typeof path === 'string' ? path : path());
const EMPTY: Readonly<Record<string, string>> = Object.freeze({});
