import { createRequire as __cmCreateRequire } from 'node:module';
import { fileURLToPath as __cmFileURLToPath } from 'node:url';
import { dirname as __cmDirname } from 'node:path';
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import "./chunk-6Y5XIH6Q.js";

// src/cli/io.ts
function processIo() {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env
  };
}
export {
  processIo
};
