import { createRequire as __cmCreateRequire } from 'node:module';
import { fileURLToPath as __cmFileURLToPath } from 'node:url';
import { dirname as __cmDirname } from 'node:path';
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  readPyproject
} from "./chunk-YOYEYMWN.js";
import "./chunk-THSLHUJO.js";
import "./chunk-SIHYKLTA.js";
import "./chunk-7KYNDL3X.js";
import "./chunk-5QYQUG3O.js";
import "./chunk-3F3M6KYX.js";
import "./chunk-DD7PWTTE.js";
import "./chunk-XQVBP4SW.js";
import "./chunk-6Y5XIH6Q.js";
export {
  readPyproject
};
