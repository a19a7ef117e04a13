#!/usr/bin/env node
import { createRequire as __cmCreateRequire } from 'node:module';
import { fileURLToPath as __cmFileURLToPath } from 'node:url';
import { dirname as __cmDirname } from 'node:path';
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);

// src/cli/index.ts
import { enableCompileCache } from "node:module";
enableCompileCache();
var [{ flushProcessIo, processIo }, { runCli }] = await Promise.all([import("./chunks/io-WSG4VDFN.js"), import("./chunks/main-VLESBH3I.js")]);
process.exitCode = await runCli(process.argv.slice(2), processIo());
await flushProcessIo();
process.exit();
