const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  ChainmailError,
  require_packageurl_js
} from "./chunk-FQL4H2QP.js";
import {
  __toESM
} from "./chunk-NUWRJM76.js";

// src/core/sbom/parsers/support/lockfile-error.ts
function invalidAtLine(lockfile, line, what, cause) {
  return new ChainmailError("LOCKFILE_INVALID", `${lockfile} line ${line}: ${what}`, cause === void 0 ? void 0 : { cause });
}
function invalidAtPath(lockfile, path, what) {
  return new ChainmailError("LOCKFILE_INVALID", `${lockfile}: ${path}: ${what}`);
}
function unsupportedVersion(lockfile, found, understood) {
  const shown = found === void 0 ? "no version" : `version ${JSON.stringify(found)}`;
  return new ChainmailError(
    "LOCKFILE_UNSUPPORTED",
    `${lockfile} has ${shown}, which chainmail does not read; understood versions: ${understood.join(", ")}`
  );
}

// src/core/sbom/parsers/support/purl.ts
var import_packageurl_js = __toESM(require_packageurl_js(), 1);
function makePurl(type, namespace, name, version, qualifiers, subpath) {
  const kept = {};
  for (const [key, value] of Object.entries(qualifiers ?? {})) if (value) kept[key] = value;
  const hasQualifiers = Object.keys(kept).length > 0;
  return new import_packageurl_js.PackageURL(type, namespace || void 0, name, version || void 0, hasQualifiers ? kept : void 0, subpath || void 0).toString();
}

export {
  invalidAtLine,
  invalidAtPath,
  unsupportedVersion,
  makePurl
};
