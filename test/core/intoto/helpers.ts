// Shared by the core tests: catch what a function throws, so tests can assert its `code` and `problems`.
import { ChainmailError, ValidationError } from '../../../src/core/errors.js';

export function thrownBy(fn: () => unknown): ChainmailError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ChainmailError) return e;
    throw new Error(`expected a ChainmailError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected an error, but nothing was thrown');
}

export function validationErrorBy(fn: () => unknown): ValidationError {
  const e = thrownBy(fn);
  if (!(e instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${e.name}: ${e.message}`);
  return e;
}

/** The paths of a problem list, for compact assertions. */
export function paths(problems: readonly { path: string }[]): string[] {
  return problems.map((p) => p.path);
}
