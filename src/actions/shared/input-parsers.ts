import type { FieldProblem } from '../../core/errors.js';

/**
 * Parsers for action inputs that collect every problem instead of stopping at the first, so a user fixes
 * all bad inputs in one round. Each returns a fallback value when it records a problem.
 */
export class InputProblems {
  readonly problems: FieldProblem[] = [];

  add(input: string, message: string): void {
    this.problems.push({ path: input, message });
  }

  boolean(input: string, value: string): boolean {
    const v = value.trim().toLowerCase();
    if (v === 'true') return true;
    if (v === 'false' || v === '') return false;
    this.add(input, `"${value}" is not a boolean; expected true or false`);
    return false;
  }

  integer(input: string, value: string, min: number, max: number): number {
    const v = value.trim();
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      this.add(input, `"${value}" is not a whole number from ${min} to ${max}`);
      return min;
    }
    return n;
  }

  oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
    const v = value.trim() as T;
    if (allowed.includes(v)) return v;
    this.add(input, `"${value}" is not one of ${allowed.join(', ')}`);
    return allowed[0] as T;
  }

  url(input: string, value: string): string | undefined {
    const v = value.trim();
    if (v === '') return undefined;
    try {
      const url = new URL(v);
      if (url.protocol === 'https:' || url.protocol === 'http:') return v.replace(/\/+$/, '');
    } catch {
      // reported below
    }
    this.add(input, `"${value}" is not an http(s) URL`);
    return undefined;
  }
}
