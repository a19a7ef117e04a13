const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  readPyproject
} from "./chunk-JDCXISO7.js";
import "./chunk-FJAHU5GY.js";
import "./chunk-JBP2GKCD.js";
import "./chunk-ZIE4XART.js";
import "./chunk-YAXPNKVC.js";
import "./chunk-DKCGIJCU.js";
import "./chunk-JJOBTMFV.js";
import "./chunk-PY6BUDAN.js";
import "./chunk-EOPBEMZW.js";
export {
  readPyproject
};
