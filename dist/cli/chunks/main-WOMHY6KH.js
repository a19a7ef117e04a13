const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  EXIT,
  MAIN_USAGE,
  UsageError,
  VERSION
} from "./chunk-XNPR6T7V.js";
import {
  isChainmailError
} from "./chunk-PY6BUDAN.js";
import "./chunk-EOPBEMZW.js";

// src/cli/main.ts
var COMMANDS = {
  verify: async () => (await import("./verify-command-GFACJGPC.js")).runVerify,
  "verify-bundle": async () => (await import("./verify-bundle-command-735C7GG7.js")).runVerifyBundle,
  sbom: async () => (await import("./sbom-command-GQBO2EFW.js")).runSbom
};
async function runCli(argv, io) {
  const [command, ...rest] = argv;
  try {
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      io.stdout(MAIN_USAGE);
      return command === void 0 ? EXIT.usage : EXIT.ok;
    }
    if (command === "--version" || command === "-v" || command === "version") {
      io.stdout(`chainmail ${VERSION}
`);
      return EXIT.ok;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : void 0;
    if (load === void 0) throw new UsageError(`unknown command "${command.slice(0, 40)}"; expected verify, verify-bundle or sbom (see chainmail --help)`);
    const run = await load();
    return await run(rest, io);
  } catch (error) {
    if (io.env.CHAINMAIL_DEBUG && error instanceof Error) io.stderr(`${error.stack ?? error.message}
`);
    if (error instanceof UsageError) {
      const prefix = error.message.startsWith("chainmail") ? "" : command && Object.hasOwn(COMMANDS, command) ? `chainmail ${command}: ` : "chainmail: ";
      io.stderr(`${prefix}${oneLine(error.message)}
`);
      return EXIT.usage;
    }
    io.stderr(`chainmail: ${isChainmailError(error) ? `${oneLine(error.message)} [${error.code}]` : `unexpected error: ${oneLine(String(error?.message ?? error))}`}
`);
    return EXIT.failed;
  }
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
export {
  runCli
};
