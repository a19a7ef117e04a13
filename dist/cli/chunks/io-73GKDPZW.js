const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import "./chunk-EOPBEMZW.js";

// src/cli/io.ts
var stdoutUsed = false;
function processIo() {
  return {
    stdout: (text) => {
      if (!stdoutUsed) {
        stdoutUsed = true;
        process.stdout.on("error", endOnClosedPipe);
      }
      process.stdout.write(text);
    },
    stderr: (text) => void process.stderr.write(text),
    env: process.env
  };
}
async function flushProcessIo() {
  await Promise.all([stdoutUsed ? flushed(process.stdout) : void 0, flushed(process.stderr)]);
}
function endOnClosedPipe(error) {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
}
function flushed(stream) {
  return stream.writableLength === 0 ? void 0 : new Promise((resolve) => stream.write("", () => resolve()));
}
export {
  flushProcessIo,
  processIo
};
