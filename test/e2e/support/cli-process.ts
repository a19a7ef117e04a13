import { execFile } from 'node:child_process';
import { join } from 'node:path';

export interface CliRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

const ROOT = new URL('../../../', import.meta.url).pathname;
export const CLI = join(ROOT, 'dist', 'cli', 'index.js');

/** Runs dist/cli/index.js as a real process with a clean environment (plus `env`), in `cwd`. */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<CliRun> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...options.env };
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env, cwd: options.cwd ?? ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ exitCode: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
