import { isChainmailError } from '../core/errors.js';
import type { CliIo } from './io.js';
import { MAIN_USAGE } from './usage.js';
import { EXIT, UsageError } from './usage-error.js';
import { VERSION } from './version.js';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

// Each command's code is loaded only when it runs: `sbom` never compiles the Sigstore, TUF and verify code, and
// the bundle (split per command by scripts/build.mjs) does not even read it.
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  verify: async () => (await import('./verify-command.js')).runVerify,
  'verify-bundle': async () => (await import('./verify-bundle-command.js')).runVerifyBundle,
  sbom: async () => (await import('./sbom-command.js')).runSbom,
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
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (load === undefined) throw new UsageError(`unknown command "${command.slice(0, 40)}"; expected verify, verify-bundle or sbom (see chainmail --help)`);
    const run = await load();
    return await run(rest, io);
  } catch (error) {
    if (io.env.CHAINMAIL_DEBUG && error instanceof Error) io.stderr(`${error.stack ?? error.message}\n`);
    if (error instanceof UsageError) {
      const prefix = error.message.startsWith('chainmail') ? '' : command && Object.hasOwn(COMMANDS, command) ? `chainmail ${command}: ` : 'chainmail: ';
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
