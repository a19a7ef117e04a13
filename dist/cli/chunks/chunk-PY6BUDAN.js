const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);

// src/core/errors.ts
var ChainmailError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "ChainmailError";
    this.code = code;
  }
};
var ValidationError = class extends ChainmailError {
  problems;
  constructor(code, what, problems) {
    super(code, `${what}: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
    this.name = "ValidationError";
    this.problems = problems;
  }
};
function isChainmailError(e) {
  return e instanceof ChainmailError;
}

export {
  ChainmailError,
  ValidationError,
  isChainmailError
};
