// Small helpers shared by the validators: JSON value shapes and field paths.

/** A JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Readers treat an explicit null like an absent field, as protobuf JSON (which in-toto's Go/Python use) does. */
export function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** "an array", "null", "a string"... for messages that say what was found instead. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `subject[0].digest` + `sha256` -> `subject[0].digest.sha256`; odd keys are quoted: `annotations["a.b"]`. */
export function childPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${base}[${JSON.stringify(key)}]`;
  return base === '' ? key : `${base}.${key}`;
}
