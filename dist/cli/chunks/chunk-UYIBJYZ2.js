import { createRequire as __cmCreateRequire } from 'node:module';
import { fileURLToPath as __cmFileURLToPath } from 'node:url';
import { dirname as __cmDirname } from 'node:path';
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  UsageError
} from "./chunk-TVSYCBGQ.js";
import {
  ChainmailError
} from "./chunk-DD7PWTTE.js";

// src/io/read-text.ts
import { open } from "node:fs/promises";
async function readTextLimitedAs(path, maxBytes, tooLarge, what) {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new ChainmailError("PATH_NOT_FOUND", `${what} ${path} does not exist`, { cause: error });
    throw new ChainmailError("PATH_UNREADABLE", `cannot read ${what} ${path}: ${code ?? error.message}`, { cause: error });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new ChainmailError("PATH_UNREADABLE", `${what} ${path} is not a regular file`);
    if (info.size > maxBytes) throw new ChainmailError(tooLarge, `${what} ${path} is ${info.size} bytes; the limit is ${maxBytes} bytes`);
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandLine(command, args, options, positionals) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${command}: ${describeParseError(error, options)}`);
  }
  const { values, positionals: given } = parsed;
  if (given.length < positionals.min) throw new UsageError(`${command}: ${positionals.name} is required`);
  if (given.length > positionals.max) {
    throw new UsageError(`${command}: unexpected argument "${given[positionals.max]}"; expected only ${positionals.name}`);
  }
  return { values, positionals: given };
}
function describeParseError(error, options) {
  const code = error.code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? "";
  const name = flag.replace(/^-+/, "");
  const spec = options[name] ?? Object.values(options).find((o) => o.short === name);
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown flag ${flag} (see --help)`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return spec?.type === "boolean" ? `${flag} takes no value` : `${flag} expects a value`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return "unexpected argument (see --help)";
    default:
      return message.split("\n")[0] ?? message;
  }
}
function stringFlag(parsed, name) {
  const value = parsed.values[name];
  if (value === void 0) return void 0;
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`--${name} expects a non-empty value`);
  return value.trim();
}
function booleanFlag(parsed, name) {
  return parsed.values[name] === true;
}

// src/core/map-limit.ts
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index], index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
  return results;
}

export {
  mapLimit,
  readTextLimitedAs,
  parseCommandLine,
  stringFlag,
  booleanFlag
};
