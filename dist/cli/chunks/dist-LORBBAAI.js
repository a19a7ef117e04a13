import { createRequire as __cmCreateRequire } from 'node:module';
import { fileURLToPath as __cmFileURLToPath } from 'node:url';
import { dirname as __cmDirname } from 'node:path';
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  TomlDate,
  TomlError,
  dist_default,
  parse,
  stringify
} from "./chunk-XQVBP4SW.js";
import "./chunk-6Y5XIH6Q.js";
export {
  TomlDate,
  TomlError,
  dist_default as default,
  parse,
  stringify
};
