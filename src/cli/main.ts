import { isChainmailError } from '../core/errors.js';
import type { CliIo } from './io.js';
import { MAIN_USAGE } from './usage.js';
import { EXIT, UsageError } from './usage-error.js';
import { runSbom } from './sbom-command.js';
import { runVerifyBundle } from './verify-bundle-command.js';
import { runVerify } from './verify-command.js';
import { VERSION } from './version.js';

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> = {
  verify: runVerify,
  'verify-bundle': runVerifyBundle,
  sbom: runSbom,
};

/**
 * The chainmail command line: returns the exit status. Every failure is one line on stderr ending with its
 * code; a usage problem names the flag and exits 2. The stack is printed only with CHAINMAIL_DEBUG set.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(MAIN_USAGE);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-v' || command === 'version') {
      io.stdout(`chainmail ${VERSION}\n`);
      return EXIT.ok;
    }
    const run = COMMANDS[command];
    if (run === undefined) throw new UsageError(`unknown command "${command.slice(0, 40)}"; expected verify, verify-bundle or sbom (see chainmail --help)`);
    return await run(rest, io);
  } catch (error) {
    if (io.env.CHAINMAIL_DEBUG && error instanceof Error) io.stderr(`${error.stack ?? error.message}\n`);
    if (error instanceof UsageError) {
      const prefix = error.message.startsWith('chainmail') ? '' : command && COMMANDS[command] ? `chainmail ${command}: ` : 'chainmail: ';
      io.stderr(`${prefix}${oneLine(error.message)}\n`);
      return EXIT.usage;
    }
    io.stderr(`chainmail: ${isChainmailError(error) ? `${oneLine(error.message)} [${error.code}]` : `unexpected error: ${oneLine(String((error as Error)?.message ?? error))}`}\n`);
    return EXIT.failed;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
