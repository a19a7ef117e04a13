#!/usr/bin/env node
const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-EOPBEMZW.js";

// node-builtin:node:module
var require_node_module = __commonJS({
  "node-builtin:node:module"(exports, module) {
    module.exports = process.getBuiltinModule("node:module");
  }
});

// src/cli/index.ts
var import_node_module = __toESM(require_node_module(), 1);
(0, import_node_module.enableCompileCache)();
var [{ flushProcessIo, processIo }, { runCli }] = await Promise.all([import("./chunks/io-73GKDPZW.js"), import("./chunks/main-WOMHY6KH.js")]);
process.exitCode = await runCli(process.argv.slice(2), processIo());
await flushProcessIo();
process.exit();
