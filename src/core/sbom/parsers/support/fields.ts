// Reading parsed TOML/JSON without trusting its shape: each accessor names what it expected.

export type Table = Record<string, unknown>;

export function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `table[key]` as a string, undefined when absent; `fail` names the problem when it is something else. */
export function optionalString(table: Table, key: string, fail: (what: string) => Error): string | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw fail(`${key} must be a string, not ${describe(value)}`);
  return value;
}

export function requiredString(table: Table, key: string, fail: (what: string) => Error): string {
  const value = optionalString(table, key, fail);
  if (value === undefined || value === '') throw fail(`${key} is missing`);
  return value;
}

export function optionalArray(table: Table, key: string, fail: (what: string) => Error): readonly unknown[] {
  const value = table[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw fail(`${key} must be an array, not ${describe(value)}`);
  return value;
}

export function optionalTable(table: Table, key: string, fail: (what: string) => Error): Table | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (!isTable(value)) throw fail(`${key} must be a table, not ${describe(value)}`);
  return value;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'a table' : `${typeof value} ${JSON.stringify(value)}`;
}
