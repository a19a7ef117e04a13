const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  UsageError
} from "./chunk-XNPR6T7V.js";
import {
  ChainmailError
} from "./chunk-PY6BUDAN.js";
import {
  __commonJS,
  __toESM
} from "./chunk-EOPBEMZW.js";

// node-builtin:node:path
var require_node_path = __commonJS({
  "node-builtin:node:path"(exports, module) {
    module.exports = process.getBuiltinModule("node:path");
  }
});

// node-builtin:node:crypto
var require_node_crypto = __commonJS({
  "node-builtin:node:crypto"(exports, module) {
    module.exports = process.getBuiltinModule("node:crypto");
  }
});

// node-builtin:node:fs/promises
var require_promises = __commonJS({
  "node-builtin:node:fs/promises"(exports, module) {
    module.exports = process.getBuiltinModule("node:fs/promises");
  }
});

// node-builtin:node:util
var require_node_util = __commonJS({
  "node-builtin:node:util"(exports, module) {
    module.exports = process.getBuiltinModule("node:util");
  }
});

// src/io/read-text.ts
var import_promises = __toESM(require_promises(), 1);
async function readTextLimitedAs(path, maxBytes, tooLarge, what) {
  let handle;
  try {
    handle = await (0, import_promises.open)(path, "r");
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
var import_node_util = __toESM(require_node_util(), 1);
function parseCommandLine(command, args, options, positionals) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: [...args], options, strict: true, allowPositionals: true });
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
  require_promises,
  require_node_path,
  require_node_crypto,
  mapLimit,
  readTextLimitedAs,
  parseCommandLine,
  stringFlag,
  booleanFlag
};
