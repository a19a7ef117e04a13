const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  isTable,
  optionalArray,
  optionalString,
  parseTomlFile
} from "./chunk-FJAHU5GY.js";
import "./chunk-JBP2GKCD.js";
import {
  artifact,
  normalizePypiName,
  pypiComponent
} from "./chunk-ZIE4XART.js";
import {
  parseAlgorithmHex
} from "./chunk-YAXPNKVC.js";
import {
  findJsonErrorOffset,
  lineAndColumn
} from "./chunk-F4T5HVIJ.js";
import {
  invalidAtLine,
  invalidAtPath,
  unsupportedVersion
} from "./chunk-DKCGIJCU.js";
import "./chunk-JJOBTMFV.js";
import "./chunk-PY6BUDAN.js";
import "./chunk-EOPBEMZW.js";

// src/core/sbom/parsers/python/pipfile-entry.ts
function pipfileEntry(value, indexes, fail) {
  if (!isTable(value)) throw fail("must be an object");
  const hashes = optionalArray(value, "hashes", fail).map((h, i) => {
    const hash = typeof h === "string" ? parseAlgorithmHex(h) : void 0;
    if (hash === void 0) throw fail(`hashes[${i}] is not <algorithm>:<hex>`);
    return artifact(void 0, [hash]);
  });
  const git = optionalString(value, "git", fail);
  if (git !== void 0) {
    const ref = optionalString(value, "ref", fail);
    return { version: ref ?? "", floating: ref === void 0, origin: { source: "git", resolved: `git+${git}${ref ? `@${ref}` : ""}` }, artifacts: hashes };
  }
  const version = optionalString(value, "version", fail)?.replace(/^===?/, "");
  const file = optionalString(value, "file", fail);
  if (file !== void 0) {
    return { ...version ? { version } : { version: "" }, origin: { source: /^(?:https?|ftp):/.test(file) ? "tarball" : "path", resolved: file }, artifacts: hashes };
  }
  const path = optionalString(value, "path", fail);
  if (path !== void 0) return { version: version ?? "", origin: { source: "path", resolved: path }, artifacts: hashes };
  const indexName = optionalString(value, "index", fail);
  const index = indexName === void 0 ? void 0 : indexes.get(indexName);
  return { ...version ? { version } : {}, origin: { source: "registry", ...index ? { index } : {} }, artifacts: hashes };
}

// src/core/sbom/parsers/python/pipfile.ts
var UNDERSTOOD = ["6"];
function parsePipfileLock(text, lockfile, manifest) {
  const json = parseJson(text, lockfile);
  const meta = isTable(json._meta) ? json._meta : {};
  if (meta["pipfile-spec"] !== 6) throw unsupportedVersion(lockfile, meta["pipfile-spec"], UNDERSTOOD);
  const indexes = /* @__PURE__ */ new Map();
  for (const source of Array.isArray(meta.sources) ? meta.sources : []) {
    if (isTable(source) && typeof source.name === "string" && typeof source.url === "string") indexes.set(source.name, source.url);
  }
  const pipfile = manifest === void 0 ? void 0 : readPipfile(manifest);
  const scopes = /* @__PURE__ */ new Map();
  for (const [section, scope] of [["develop", "excluded"], ["default", "required"]]) {
    const packages = json[section] ?? {};
    if (!isTable(packages)) throw invalidAtPath(lockfile, section, "must be an object of packages");
    for (const name of Object.keys(packages)) scopes.set(normalizePypiName(name), { name, scope, section });
  }
  const components = [];
  const unpinned = [];
  for (const [key, { name, scope, section }] of scopes) {
    const entry = pipfileEntry(json[section][name], indexes, (what) => invalidAtPath(lockfile, `${section}.${name}`, what));
    if (entry.floating) unpinned.push({ name: key, specifier: entry.origin.resolved ?? "" });
    if (entry.version === void 0) continue;
    const direct = pipfile !== void 0 && (pipfile.packages.has(key) || pipfile.dev.has(key));
    components.push(pypiComponent({ name, version: entry.version, origin: entry.origin, artifacts: entry.artifacts, scope, direct }, lockfile));
  }
  const warnings = [...pipfile?.packages ?? [], ...pipfile?.dev ?? []].filter((name) => !scopes.has(name)).map((name) => ({
    lockfile,
    message: `Pipfile requires ${name} but ${lockfile} has no entry for it: the lockfile is out of date (run pipenv lock)`
  }));
  return { lockfile, ecosystem: "pypi", components, edges: [], warnings, ...unpinned.length ? { facts: { unpinned } } : {} };
}
function parseJson(text, lockfile) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const { line } = lineAndColumn(text, findJsonErrorOffset(text) ?? text.length);
    throw invalidAtLine(lockfile, line, "not valid JSON", e);
  }
  if (!isTable(value)) throw invalidAtLine(lockfile, 1, "must be a JSON object with _meta, default and develop");
  return value;
}
function readPipfile(text) {
  const toml = parseTomlFile(text, "Pipfile");
  const names = (section) => new Set(Object.keys(isTable(section) ? section : {}).map(normalizePypiName));
  return { packages: names(toml.packages), dev: names(toml["dev-packages"]) };
}
export {
  parsePipfileLock
};
