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
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
var [{ processIo }, { runCli }] = await Promise.all([import("./chunks/io-IA2FTEKR.js"), import("./chunks/main-63ZTHSRY.js")]);
process.exitCode = await runCli(process.argv.slice(2), processIo());
