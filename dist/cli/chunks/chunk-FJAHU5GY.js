const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  TomlError,
  parse
} from "./chunk-JBP2GKCD.js";
import {
  invalidAtLine,
  invalidAtPath
} from "./chunk-DKCGIJCU.js";

// src/core/sbom/parsers/support/fields.ts
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function optionalString(table, key, fail) {
  const value = table[key];
  if (value === void 0) return void 0;
  if (typeof value !== "string") throw fail(`${key} must be a string, not ${describe(value)}`);
  return value;
}
function requiredString(table, key, fail) {
  const value = optionalString(table, key, fail);
  if (value === void 0 || value === "") throw fail(`${key} is missing`);
  return value;
}
function optionalArray(table, key, fail) {
  const value = table[key];
  if (value === void 0) return [];
  if (!Array.isArray(value)) throw fail(`${key} must be an array, not ${describe(value)}`);
  return value;
}
function optionalTable(table, key, fail) {
  const value = table[key];
  if (value === void 0) return void 0;
  if (!isTable(value)) throw fail(`${key} must be a table, not ${describe(value)}`);
  return value;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "a table" : `${typeof value} ${JSON.stringify(value)}`;
}

// src/core/sbom/parsers/support/toml.ts
function parseTomlFile(text, file) {
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof TomlError) {
      const first = e.message.split("\n")[0]?.replace(/^Invalid TOML document: /, "") ?? "invalid TOML";
      throw invalidAtLine(file, e.line, `not valid TOML: ${first}`, e);
    }
    throw e;
  }
}
function arrayTableLine(text, name, index) {
  const header = new RegExp(`^[ \\t]*\\[\\[[ \\t]*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \\t]*\\]\\]`);
  let seen = 0;
  let line = 0;
  for (const row of text.split(/\r?\n/)) {
    line++;
    if (header.test(row) && seen++ === index) return line;
  }
  return void 0;
}
function invalidEntry(text, file, name, index, what) {
  const line = arrayTableLine(text, name, index);
  return line === void 0 ? invalidAtPath(file, `${name}[${index}]`, what) : invalidAtLine(file, line, `${name}[${index}]: ${what}`);
}

export {
  isTable,
  optionalString,
  requiredString,
  optionalArray,
  optionalTable,
  parseTomlFile,
  invalidEntry
};
