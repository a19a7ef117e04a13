const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  scopesByReachability
} from "./chunk-MQULDAXL.js";
import {
  invalidEntry,
  isTable,
  optionalArray,
  optionalString,
  parseTomlFile,
  requiredString
} from "./chunk-FJAHU5GY.js";
import "./chunk-JBP2GKCD.js";
import {
  hexHash
} from "./chunk-YAXPNKVC.js";
import {
  invalidAtPath,
  makePurl,
  unsupportedVersion
} from "./chunk-DKCGIJCU.js";
import "./chunk-JJOBTMFV.js";
import "./chunk-PY6BUDAN.js";
import "./chunk-EOPBEMZW.js";

// src/core/sbom/parsers/cargo/lock-package.ts
function readCargoPackage(value, metadata, fail) {
  if (!isTable(value)) throw fail("is not a table");
  const name = requiredString(value, "name", fail);
  const version = requiredString(value, "version", fail);
  const source = optionalString(value, "source", fail);
  const hex = optionalString(value, "checksum", fail) ?? legacyChecksum(metadata, name, version, source);
  const checksum = hex === void 0 ? void 0 : hexHash("sha256", hex);
  if (hex !== void 0 && checksum === void 0) throw fail(`checksum "${hex}" is not a SHA-256 hex digest`);
  const dependencies = optionalArray(value, "dependencies", fail).map((d, i) => {
    if (typeof d !== "string" || d === "") throw fail(`dependencies[${i}] must be a string`);
    return d;
  });
  return { name, version, ...source ? { source } : {}, ...checksum ? { checksum } : {}, dependencies };
}
function legacyChecksum(metadata, name, version, source) {
  const legacy = source === void 0 ? void 0 : metadata[`checksum ${name} ${version} (${source})`];
  return typeof legacy === "string" && legacy !== "<none>" ? legacy : void 0;
}
function splitDependency(text) {
  const match = /^(\S+)(?: (\S+))?(?: \((.+)\))?$/.exec(text);
  if (match === null) return { name: text };
  return { name: match[1], ...match[2] ? { version: match[2] } : {}, ...match[3] ? { source: match[3] } : {} };
}

// src/core/sbom/parsers/cargo/manifest.ts
function readCargoManifest(text, file = "Cargo.toml") {
  const toml = parseTomlFile(text, file);
  const pkg = isTable(toml.package) ? toml.package : {};
  const targets = Object.values(isTable(toml.target) ? toml.target : {}).filter(isTable);
  const tables = (key) => [toml[key], ...targets.map((t) => t[key])].filter(isTable);
  const normal = new Set([...tables("dependencies"), ...tables("build-dependencies")].flatMap(crateNames));
  const dev = new Set(tables("dev-dependencies").flatMap(crateNames));
  return { ...typeof pkg.name === "string" ? { name: pkg.name } : {}, workspace: isTable(toml.workspace), normal, dev };
}
function crateNames(table) {
  return Object.entries(table).map(([key, spec]) => isTable(spec) && typeof spec.package === "string" ? spec.package : key);
}

// src/core/sbom/parsers/cargo/source.ts
var CRATES_IO = /* @__PURE__ */ new Set(["registry+https://github.com/rust-lang/crates.io-index", "sparse+https://index.crates.io/"]);
function cargoSource(source, workspace) {
  if (source === void 0) return { kind: workspace ? "workspace" : "path", qualifiers: {} };
  if (CRATES_IO.has(source)) return { kind: "registry", resolved: source, qualifiers: {} };
  if (source.startsWith("registry+") || source.startsWith("sparse+")) {
    return { kind: "registry", resolved: source, qualifiers: { repository_url: source.slice(source.indexOf("+") + 1) } };
  }
  if (source.startsWith("git+")) {
    const hash = source.lastIndexOf("#");
    const url = (hash < 0 ? source : source.slice(0, hash)).replace(/\?.*$/, "");
    const commit = hash < 0 ? "" : source.slice(hash + 1);
    return { kind: "git", resolved: source, qualifiers: { vcs_url: commit ? `${url}@${commit}` : url } };
  }
  return { kind: "unknown", resolved: source, qualifiers: {} };
}

// src/core/sbom/parsers/cargo.ts
var UNDERSTOOD = ["1", "2", "3", "4"];
function parseCargoLock(text, lockfile, manifest) {
  const toml = parseTomlFile(text, lockfile);
  if (toml.version !== void 0 && toml.version !== 3 && toml.version !== 4) throw unsupportedVersion(lockfile, toml.version, UNDERSTOOD);
  const metadata = isTable(toml.metadata) ? toml.metadata : {};
  const entries = [...isTable(toml.root) ? [toml.root] : [], ...optionalArray(toml, "package", (what) => invalidAtPath(lockfile, "package", what))];
  const offset = isTable(toml.root) ? 1 : 0;
  const packages = entries.map((p, i) => readCargoPackage(p, metadata, (what) => invalidEntry(text, lockfile, "package", i - offset, what)));
  const cargoToml = manifest === void 0 ? void 0 : readCargoManifest(manifest, siblingCargoToml(lockfile));
  const deps = resolveDependencies(packages, text, lockfile, offset);
  const members = packages.flatMap((p, i) => p.source === void 0 ? [i] : []);
  const rootIndex = findRoot(packages, members, deps, cargoToml);
  const scopes = decideScopes(members, rootIndex, packages, deps, cargoToml);
  const direct = new Set(members.flatMap((m) => deps[m]));
  const sources = packages.map((p) => cargoSource(p.source, cargoToml?.workspace ?? false));
  const purls = packages.map((p, i) => makePurl("cargo", void 0, p.name, p.version, sources[i]?.qualifiers));
  const components = [];
  packages.forEach((p, i) => {
    if (i !== rootIndex) components.push(cargoComponent(p, purls[i], sources[i], scopes.get(i) ?? "required", direct.has(i), lockfile));
  });
  const edges = packages.flatMap((_, i) => deps[i].map((to) => ({ from: purls[i], to: purls[to] })));
  const rootPackage = rootIndex === void 0 ? void 0 : packages[rootIndex];
  const root = rootPackage && { name: rootPackage.name, version: rootPackage.version, purl: purls[rootIndex] };
  return { lockfile, ecosystem: "cargo", ...root ? { root } : {}, components, edges, warnings: manifestWarnings(packages, cargoToml, lockfile) };
}
function resolveDependencies(packages, text, lockfile, offset) {
  const byName = /* @__PURE__ */ new Map();
  packages.forEach((p, i) => {
    const list = byName.get(p.name);
    if (list) list.push(i);
    else byName.set(p.name, [i]);
  });
  return packages.map((p, i) => p.dependencies.map((dep) => {
    const { name, version, source } = splitDependency(dep);
    const found = (byName.get(name) ?? []).filter((j) => (version === void 0 || packages[j]?.version === version) && (source === void 0 || packages[j]?.source === source));
    if (found.length !== 1) {
      throw invalidEntry(text, lockfile, "package", i - offset, `dependency "${dep}" ${found.length === 0 ? "names no package in the lock" : "is ambiguous"}`);
    }
    return found[0];
  }));
}
function findRoot(packages, members, deps, manifest) {
  if (manifest !== void 0) return manifest.name === void 0 ? void 0 : members.find((i) => packages[i]?.name === manifest.name);
  const depended = new Set(deps.flat());
  const tops = members.filter((i) => !depended.has(i));
  return tops.length === 1 ? tops[0] : void 0;
}
function decideScopes(members, root, packages, deps, manifest) {
  const devOnly = (i) => manifest !== void 0 && manifest.dev.has(packages[i]?.name ?? "") && !manifest.normal.has(packages[i]?.name ?? "");
  const childrenOf = (i) => i === root ? deps[i].filter((d) => !devOnly(d)) : deps[i];
  const devStarts = root === void 0 ? [] : deps[root].filter(devOnly).map((id) => ({ id, scope: "excluded" }));
  return scopesByReachability([...members.map((id) => ({ id, scope: "required" })), ...devStarts], childrenOf);
}
function cargoComponent(p, purl, source, scope, direct, lockfile) {
  return {
    purl,
    ecosystem: "cargo",
    name: p.name,
    version: p.version,
    hashes: p.checksum ? [p.checksum] : [],
    scope,
    source: source.kind,
    ...source.resolved ? { resolved: source.resolved } : {},
    lockfile,
    direct
  };
}
function manifestWarnings(packages, manifest, lockfile) {
  if (manifest === void 0) return [];
  const locked = new Set(packages.map((p) => p.name));
  return [.../* @__PURE__ */ new Set([...manifest.normal, ...manifest.dev])].filter((name) => !locked.has(name)).map((name) => ({
    lockfile,
    message: `Cargo.toml depends on ${name} but ${lockfile} has no entry for it: the lockfile is out of date (run cargo update -w)`
  }));
}
function siblingCargoToml(lockfile) {
  const slash = lockfile.lastIndexOf("/");
  return slash < 0 ? "Cargo.toml" : `${lockfile.slice(0, slash)}/Cargo.toml`;
}
export {
  parseCargoLock
};
