// Child processes timed from the outside: wall time from spawn to exit, or to the first line on stdout.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';

export interface ProcessOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export interface TimedRun {
  /** Spawn to exit (the 'close' of every stdio stream), in ms. */
  readonly wallMs: number;
  /** Spawn to the first newline on stdout, in ms (undefined when nothing was printed). */
  readonly firstLineMs: number | undefined;
  readonly firstLine: string | undefined;
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `command` to completion and times it. Rejects only when it cannot be spawned. */
export function runTimed(command: string, args: readonly string[], options: ProcessOptions = {}): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let firstLineMs: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      if (firstLineMs === undefined && chunk.includes(10)) firstLineMs = performance.now() - start;
      out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', reject);
    child.once('close', (exitCode) => {
      const wallMs = performance.now() - start;
      const stdout = Buffer.concat(out).toString('utf8');
      const newline = stdout.indexOf('\n');
      resolve({
        wallMs,
        firstLineMs,
        firstLine: newline >= 0 ? stdout.slice(0, newline) : undefined,
        exitCode,
        stdout,
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** runTimed that insists on exit status 0. */
export async function runOk(command: string, args: readonly string[], options: ProcessOptions = {}): Promise<TimedRun> {
  const run = await runTimed(command, args, options);
  if (run.exitCode !== 0) {
    throw new Error(`${command} ${args.slice(0, 3).join(' ')}... exited with ${run.exitCode}: ${run.stderr.slice(0, 2000)}`);
  }
  return run;
}

/**
 * The path of a sibling bundle in the bench output directory: children are bundled next to the benchmark that
 * runs (process.argv[1]); this module itself may sit in a shared chunk below it.
 */
export function siblingBundle(name: string): string {
  return join(dirname(process.argv[1] ?? '.'), `${name}.mjs`);
}
