// Runs the attested command without a shell (unless the user asked for bash, which is then argv[0]), with its
// output reaching the log as a `run:` step's does and hashed on the way. The command gets the step's
// environment without the action's INPUT_* and STATE_* variables: those hold this action's inputs — the
// GitHub token, a private key — which a `run:` step would not see either.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { ChainmailError } from '../../core/errors.js';

export interface CommandResult {
  readonly exitCode: number;
  readonly stdoutSha256: string;
  readonly stderrSha256: string;
}

export interface CommandRunner {
  run(argv: readonly string[], options: { readonly cwd: string; readonly env: Readonly<Record<string, string | undefined>> }): Promise<CommandResult>;
}

/** The step's environment for the command: everything but the action's own inputs and state. */
export function commandEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !/^(INPUT|STATE)_/i.test(name)) out[name] = value;
  }
  return out;
}

/**
 * Runs argv with node:child_process, not @actions/exec: a CI step has no terminal, so the command's stdin is
 * /dev/null (a command that reads it ends instead of hanging), which @actions/exec can only do by writing an
 * empty `input` to a pipe — and that write fails with an unhandled EPIPE when the command exits first.
 * Like @actions/exec, it logs the command line first and passes both streams through to the log.
 */
export const SPAWN_RUNNER: CommandRunner = {
  run(argv, options) {
    const [tool, ...args] = argv;
    if (tool === undefined) return Promise.reject(new ChainmailError('COMMAND_FAILED', 'command: empty'));
    process.stdout.write(`[command]${argv.join(' ')}\n`);
    return new Promise((resolve, reject) => {
      const child = spawn(tool, args, { cwd: options.cwd, env: commandEnvironment(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
      const stdout = createHash('sha256');
      const stderr = createHash('sha256');
      child.stdout.on('data', (chunk: Buffer) => stdout.update(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.update(chunk));
      // pipe() keeps backpressure: a command printing faster than the log takes it is slowed, not buffered.
      child.stdout.pipe(process.stdout, { end: false });
      child.stderr.pipe(process.stderr, { end: false });
      child.on('error', (e: NodeJS.ErrnoException) => reject(startError(tool, e)));
      child.on('close', (code, signal) => {
        // Killed by a signal: the shell convention, 128 + the signal's number.
        const exitCode = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
        resolve({ exitCode, stdoutSha256: stdout.digest('hex'), stderrSha256: stderr.digest('hex') });
      });
    });
  },
};

function startError(tool: string, e: NodeJS.ErrnoException): ChainmailError {
  if (e.code === 'ENOENT') return new ChainmailError('COMMAND_FAILED', `command: ${tool} not found (not on PATH, or not an executable file)`, { cause: e });
  if (e.code === 'EACCES') return new ChainmailError('COMMAND_FAILED', `command: ${tool} is not executable (permission denied)`, { cause: e });
  return new ChainmailError('COMMAND_FAILED', `command: ${tool} could not be started: ${e.message}`, { cause: e });
}
