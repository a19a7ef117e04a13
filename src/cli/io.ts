/** What a command touches of its process: output streams and environment. Tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

// process.stdout is made on first use (a pipe's socket costs a few ms); `chainmail sbom -o file` never needs it.
let stdoutUsed = false;

export function processIo(): CliIo {
  return {
    stdout: (text) => {
      if (!stdoutUsed) {
        stdoutUsed = true;
        process.stdout.on('error', endOnClosedPipe);
      }
      process.stdout.write(text);
    },
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
  };
}

/** Resolves once what the commands wrote is handed to the system (at once where writes are synchronous). */
export async function flushProcessIo(): Promise<void> {
  await Promise.all([stdoutUsed ? flushed(process.stdout) : undefined, flushed(process.stderr)]);
}

/** A reader that stops early (`chainmail sbom . | head`) closes the pipe: that ends the output, not the program. */
function endOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
}

function flushed(stream: NodeJS.WriteStream): Promise<void> | undefined {
  return stream.writableLength === 0 ? undefined : new Promise((resolve) => stream.write('', () => resolve()));
}
