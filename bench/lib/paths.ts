// Where the bench runs: bench/run.mjs sets BENCH_ROOT (the repository) for every entry it starts.
import { join } from 'node:path';

function root(): string {
  const value = process.env.BENCH_ROOT;
  if (!value) throw new Error('BENCH_ROOT is not set: run the benchmarks with `npm run bench`');
  return value;
}

/** The repository root. */
export const repoPath = (...parts: string[]): string => join(root(), ...parts);

/** Scratch space under bench/.work/ (gitignored). */
export const workPath = (...parts: string[]): string => join(root(), 'bench', '.work', ...parts);
