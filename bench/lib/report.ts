// What a benchmark entry (bench/*.bench.ts) hands to bench/run.mjs: one JSON line on stdout, prefixed with
// REPORT_PREFIX. Progress goes to stderr. run.mjs renders every report into bench/RESULTS.md.

export const REPORT_PREFIX = 'BENCH_REPORT ';

/** One target: chainmail against its peer, measured in the same run. */
export interface Check {
  readonly name: string;
  readonly chainmail: string;
  readonly peer: string;
  /** The ratio as the target states it (e.g. peer time / chainmail time for "at least 5x faster"). */
  readonly ratio: string;
  readonly target: string;
  readonly pass: boolean;
}

export interface Report {
  readonly title: string;
  /** Markdown lines: what was measured and how. */
  readonly method: readonly string[];
  readonly checks: readonly Check[];
  /** Markdown lines: every sample, request counts, verification, anything a reader needs to trust the numbers. */
  readonly details: readonly string[];
}

export function emit(report: Report): void {
  process.stdout.write(`${REPORT_PREFIX}${JSON.stringify(report)}\n`);
}

/** Progress for the person running the bench (stderr, so stdout stays machine-readable). */
export function progress(line: string): void {
  process.stderr.write(`  ${line}\n`);
}
