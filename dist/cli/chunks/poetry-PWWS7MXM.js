const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  readPyproject
} from "./chunk-JDCXISO7.js";
import {
  scopesByReachability
} from "./chunk-MQULDAXL.js";
import {
  invalidEntry,
  isTable,
  optionalArray,
  optionalString,
  optionalTable,
  parseTomlFile,
  requiredString
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
  invalidAtPath,
  unsupportedVersion
} from "./chunk-DKCGIJCU.js";
import "./chunk-JJOBTMFV.js";
import "./chunk-PY6BUDAN.js";
import "./chunk-EOPBEMZW.js";

// src/core/sbom/parsers/python/poetry-source.ts
function poetrySource(source, fail) {
  if (source === void 0) return { source: "registry" };
  const type = requiredString(source, "type", (what) => fail(`source.${what}`));
  const url = requiredString(source, "url", (what) => fail(`source.${what}`));
  switch (type) {
    case "git": {
      const ref = optionalString(source, "resolved_reference", fail) ?? optionalString(source, "reference", fail);
      return { source: "git", resolved: `git+${url}${ref ? `@${ref}` : ""}` };
    }
    case "url":
      return { source: "tarball", resolved: url };
    case "file":
    case "directory":
      return { source: "path", resolved: url };
    case "legacy":
    case "explicit":
    case "supplemental":
    case "primary":
      return { source: "registry", resolved: url, index: url };
    default:
      throw fail(`source.type "${type}" is not one poetry writes (git, url, file, directory, legacy)`);
  }
}

// src/core/sbom/parsers/python/poetry.ts
var UNDERSTOOD = ["1.0", "1.1", "2.0", "2.1"];
function parsePoetryLock(text, lockfile, manifest) {
  const toml = parseTomlFile(text, lockfile);
  const metadata = isTable(toml.metadata) ? toml.metadata : {};
  const lockVersion = metadata["lock-version"];
  if (typeof lockVersion !== "string" || !/^[12]\.\d+$/.test(lockVersion)) throw unsupportedVersion(lockfile, lockVersion, UNDERSTOOD);
  const legacyFiles = isTable(metadata.files) ? metadata.files : {};
  const project = manifest === void 0 ? void 0 : readPyproject(manifest);
  const raw = optionalArray(toml, "package", (what) => invalidAtPath(lockfile, "package", what));
  const packages = raw.map((entry, index) => readPackage(entry, legacyFiles, (what) => invalidEntry(text, lockfile, "package", index, what)));
  const scopes = decideScopes(packages, project);
  const entries = packages.map((p, i) => ({
    ...p.entry,
    scope: p.optional && scopes[i] === "required" ? "optional" : scopes[i],
    direct: project !== void 0 && (project.main.has(p.key) || project.dev.has(p.key) || project.optional.has(p.key))
  }));
  const components = entries.map((e) => pypiComponent(e, lockfile));
  return {
    lockfile,
    ecosystem: "pypi",
    ...project?.root ? { root: project.root } : {},
    components,
    edges: edgesOf(packages, components, project),
    warnings: manifestWarnings(packages, project, lockfile)
  };
}
function readPackage(value, legacyFiles, fail) {
  if (!isTable(value)) throw fail("is not a table");
  const name = requiredString(value, "name", fail);
  const version = requiredString(value, "version", fail);
  const files = value.files ?? legacyFiles[name] ?? legacyFiles[normalizePypiName(name)] ?? [];
  if (!Array.isArray(files)) throw fail("files must be an array");
  const artifacts = files.map((file, i) => {
    if (!isTable(file)) throw fail(`files[${i}] is not a table`);
    const hash = optionalString(file, "hash", fail);
    const parsed = hash === void 0 || hash === "" ? void 0 : parseAlgorithmHex(hash);
    if (hash && parsed === void 0) throw fail(`files[${i}].hash "${hash}" is not <algorithm>:<hex>`);
    return artifact(optionalString(file, "file", fail), parsed ? [parsed] : []);
  });
  const groups = value.groups === void 0 ? void 0 : optionalArray(value, "groups", fail).map(String);
  const category = optionalString(value, "category", fail);
  const source = optionalTable(value, "source", fail);
  return {
    key: normalizePypiName(name),
    entry: { name, version, origin: poetrySource(source, fail), artifacts },
    ...groups ? { groups } : {},
    ...category ? { category } : {},
    optional: value.optional === true,
    dependencies: Object.keys(optionalTable(value, "dependencies", fail) ?? {}).map(normalizePypiName)
  };
}
function decideScopes(packages, project) {
  if (packages.some((p) => p.groups !== void 0)) return packages.map((p) => p.groups?.includes("main") === false ? "excluded" : "required");
  if (packages.some((p) => p.category !== void 0)) return packages.map((p) => p.category === "dev" ? "excluded" : "required");
  if (project === void 0) return packages.map(() => "required");
  const byName = indexByName(packages);
  const starts = [
    ...[...project.main].flatMap((n) => (byName.get(n) ?? []).map((id) => ({ id, scope: "required" }))),
    ...[...project.optional].flatMap((n) => (byName.get(n) ?? []).map((id) => ({ id, scope: "optional" }))),
    ...[...project.dev].flatMap((n) => (byName.get(n) ?? []).map((id) => ({ id, scope: "excluded" })))
  ];
  const reached = scopesByReachability(starts, (id) => packages[id].dependencies.flatMap((n) => byName.get(n) ?? []));
  return packages.map((_, i) => reached.get(i) ?? "required");
}
function indexByName(packages) {
  const byName = /* @__PURE__ */ new Map();
  packages.forEach((p, i) => {
    const list = byName.get(p.key);
    if (list) list.push(i);
    else byName.set(p.key, [i]);
  });
  return byName;
}
function edgesOf(packages, components, project) {
  const byName = indexByName(packages);
  const edges = [];
  const link = (from, names) => {
    for (const name of names) for (const i of byName.get(name) ?? []) edges.push({ from, to: components[i].purl });
  };
  packages.forEach((p, i) => link(components[i].purl, p.dependencies));
  const root = project?.root?.purl;
  if (root && project) link(root, [...project.main, ...project.optional, ...project.dev]);
  return edges;
}
function manifestWarnings(packages, project, lockfile) {
  if (project === void 0) return [];
  const locked = new Set(packages.map((p) => p.key));
  return [...project.main, ...project.dev].filter((name) => !locked.has(name)).map((name) => ({
    lockfile,
    message: `pyproject.toml requires ${name} but ${lockfile} has no entry for it: the lockfile is out of date (run poetry lock)`
  }));
}
export {
  parsePoetryLock
};
