const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  readPyproject
} from "./chunk-3MZD5E5D.js";
import "./chunk-OV3CM65P.js";
import "./chunk-OQBZ5XEF.js";
import "./chunk-YAXPNKVC.js";
import "./chunk-6F6VBXAP.js";
import "./chunk-FQL4H2QP.js";
import "./chunk-JBP2GKCD.js";
import "./chunk-NUWRJM76.js";
export {
  readPyproject
};
