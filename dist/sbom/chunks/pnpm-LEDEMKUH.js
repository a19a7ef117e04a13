const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  parseYamlDocuments,
  scopesByReach
} from "./chunk-OUQVU4ZV.js";
import "./chunk-EDRHFSKA.js";
import {
  GraphBuilder,
  classifyResolved,
  manifestPathOf,
  npmPurl,
  readManifest,
  splitNpmName,
  sriToHashes
} from "./chunk-25X7SOPV.js";
import "./chunk-F4T5HVIJ.js";
import {
  childPath,
  isJsonObject
} from "./chunk-HWVRGSAX.js";
import {
  invalidAtPath,
  unsupportedVersion
} from "./chunk-6F6VBXAP.js";
import "./chunk-FQL4H2QP.js";
import "./chunk-NUWRJM76.js";

// src/core/sbom/parsers/js/pnpm-keys.ts
function withoutPeers(key, style) {
  const paren = key.indexOf("(");
  if (paren > 0) return key.slice(0, paren);
  if (style === "slash") {
    const underscore = key.indexOf("_", key.lastIndexOf("/"));
    if (underscore > 0) return key.slice(0, underscore);
  }
  return key;
}
function nameAndVersion(key, style) {
  const bare = withoutPeers(key.startsWith("/") ? key.slice(1) : key, style);
  if (style === "at") {
    const at = bare.indexOf("@", 1);
    return at > 0 ? { name: bare.slice(0, at), version: bare.slice(at + 1) } : {};
  }
  const slash = bare.lastIndexOf("/");
  return slash > 0 ? { name: bare.slice(0, slash), version: bare.slice(slash + 1) } : {};
}
function candidateKeys(name, ref, version9, style) {
  const head = ref.includes("(") ? ref.slice(0, ref.indexOf("(")) : ref;
  if (version9) return head.indexOf("@", 1) > 0 ? [ref, `${name}@${ref}`] : [`${name}@${ref}`, ref];
  if (ref.startsWith("/")) return [ref];
  if (head.includes("/") || ref.startsWith("file:")) return [ref, `/${ref}`];
  return [style === "at" ? `/${name}@${ref}` : `/${name}/${ref}`];
}
function joinImporterPath(from, relative) {
  const parts = from === "." || from === "" ? [] : from.split("/");
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts.at(-1) !== "..") parts.pop();
    else parts.push(part);
  }
  return parts.length === 0 ? "." : parts.join("/");
}

// src/core/sbom/parsers/js/pnpm-graph.ts
var IMPORTER = "importer:";
function pnpmGraph(lock, lockfile, manifest, warnings) {
  const importers = new Map(lock.importers.map((i) => [i.path, i]));
  const names = /* @__PURE__ */ new Map();
  const resolve = (from, name, ref) => {
    if (ref.startsWith("link:")) {
      const path = joinImporterPath(from, ref.slice("link:".length));
      if (!importers.has(path)) return void 0;
      if (!names.has(path)) names.set(path, name);
      return IMPORTER + path;
    }
    return candidateKeys(name, ref, lock.version9, lock.style).find((k) => lock.packages.has(k));
  };
  const needs = /* @__PURE__ */ new Map();
  const needsOf = (id) => {
    let found = needs.get(id);
    if (found !== void 0) return found;
    const owner = id.startsWith(IMPORTER) ? importers.get(id.slice(IMPORTER.length)) : lock.packages.get(id);
    const from = id.startsWith(IMPORTER) ? id.slice(IMPORTER.length) : ".";
    const pick = (deps = {}) => Object.entries(deps).map(([n, r]) => resolve(from, n, r)).filter((t) => t !== void 0);
    found = { required: pick(owner?.dependencies), optional: pick(owner?.optionalDependencies) };
    needs.set(id, found);
    return found;
  };
  const rootId = `${IMPORTER}.`;
  const workspaceIds = lock.importers.filter((i) => i.path !== ".").map((i) => IMPORTER + i.path);
  const devOf = (i) => Object.entries(i.devDependencies).map(([n, r]) => resolve(i.path, n, r)).filter((t) => t !== void 0);
  const devRoots = lock.importers.flatMap(devOf);
  const scopes = scopesByReach({ required: [...needsOf(rootId).required, ...workspaceIds], optional: needsOf(rootId).optional, dev: devRoots }, needsOf);
  const graph = new GraphBuilder();
  const purls = /* @__PURE__ */ new Map();
  for (const [key, pkg] of lock.packages) {
    const { name, namespace } = splitNpmName(pkg.name);
    const purl = npmPurl(pkg.name, pkg.version, pkg.qualifiers);
    purls.set(key, graph.add({
      purl,
      ecosystem: "npm",
      name,
      ...namespace === void 0 ? {} : { namespace },
      version: pkg.version,
      hashes: pkg.hashes,
      scope: flaggedScope(pkg) ?? scopes.get(key) ?? "required",
      source: pkg.source,
      ...pkg.resolved === void 0 ? {} : { resolved: pkg.resolved },
      lockfile,
      direct: false
    }));
  }
  for (const id of workspaceIds) {
    const path = id.slice(IMPORTER.length);
    const full = names.get(path) ?? path.slice(path.lastIndexOf("/") + 1);
    const { name, namespace } = splitNpmName(full);
    purls.set(id, graph.add({
      purl: npmPurl(full, ""),
      ecosystem: "npm",
      name,
      ...namespace === void 0 ? {} : { namespace },
      version: "",
      hashes: [],
      scope: "required",
      source: "workspace",
      resolved: path,
      lockfile,
      direct: true
    }));
  }
  const rootName = manifest?.name;
  const rootPurl = rootName === void 0 ? void 0 : npmPurl(rootName, manifest?.version ?? "");
  purls.set(rootId, rootPurl ?? "");
  for (const [id, from] of purls) {
    const targets = [...needsOf(id).required, ...needsOf(id).optional];
    const importer = id.startsWith(IMPORTER) ? importers.get(id.slice(IMPORTER.length)) : void 0;
    if (importer !== void 0) targets.push(...devOf(importer));
    if (id === rootId) targets.push(...workspaceIds);
    for (const target of targets) {
      const to = purls.get(target);
      if (to === void 0 || to === "") continue;
      if (from !== "") graph.edge(from, to);
      if (importer !== void 0) graph.markDirect(to);
    }
  }
  const { components, edges } = graph.build();
  return {
    lockfile,
    ecosystem: "npm",
    ...rootName === void 0 || rootPurl === void 0 ? {} : { root: { name: rootName, ...manifest?.version ? { version: manifest.version } : {}, purl: rootPurl } },
    components,
    edges,
    warnings
  };
}
function flaggedScope(pkg) {
  if (pkg.dev === true) return "excluded";
  if (pkg.dev === false) return pkg.optional ? "optional" : "required";
  return void 0;
}

// src/core/sbom/parsers/js/pnpm-lock.ts
function readPnpmLock(document, version, file) {
  const version9 = Number(version) >= 7;
  const style = Number(version) >= 6 ? "at" : "slash";
  const field = (value, path) => {
    if (value === void 0 || value === null) return {};
    if (!isJsonObject(value)) throw invalidAtPath(file, path, "expected a map");
    return value;
  };
  const importerJson = field(document["importers"], "importers");
  const importers = Object.keys(importerJson).length > 0 ? Object.entries(importerJson).map(([path, value]) => readImporter(path, field(value, childPath("importers", path)), childPath("importers", path), file)) : [readImporter(".", document, "", file)];
  const packageJson = field(document["packages"], "packages");
  const snapshots = version9 ? field(document["snapshots"], "snapshots") : packageJson;
  const packages = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(snapshots)) {
    const base = version9 ? withoutPeers(key, style) : key;
    const meta = field(packageJson[base], childPath("packages", base));
    packages.set(key, readPackage(key, meta, field(value, childPath(version9 ? "snapshots" : "packages", key)), style, file));
  }
  return { version9, style, importers, packages };
}
function readImporter(path, json, at, file) {
  const specifiers = { ...refs(json["specifiers"], childPath(at, "specifiers"), file, {}) };
  const read = (key) => refs(json[key], childPath(at, key), file, specifiers);
  return { path, dependencies: read("dependencies"), optionalDependencies: read("optionalDependencies"), devDependencies: read("devDependencies"), specifiers };
}
function refs(value, at, file, specifiers) {
  if (value === void 0 || value === null) return {};
  if (!isJsonObject(value)) throw invalidAtPath(file, at, "expected a map of dependencies");
  const out = {};
  for (const [name, ref] of Object.entries(value)) {
    if (typeof ref === "string" || typeof ref === "number") {
      out[name] = String(ref);
      continue;
    }
    if (isJsonObject(ref) && typeof ref["version"] === "string") {
      out[name] = ref["version"];
      if (typeof ref["specifier"] === "string") specifiers[name] = ref["specifier"];
      continue;
    }
    throw invalidAtPath(file, childPath(at, name), "expected a version or { specifier, version }");
  }
  return out;
}
function readPackage(key, meta, snapshot, style, file) {
  const fromKey = nameAndVersion(key, style);
  const name = typeof meta["name"] === "string" ? meta["name"] : fromKey.name;
  const version = typeof meta["version"] === "string" ? meta["version"] : fromKey.version;
  if (name === void 0 || version === void 0) throw invalidAtPath(file, childPath("packages", key), "the key names no package@version, and the entry has no name and version");
  const resolution = isJsonObject(meta["resolution"]) ? meta["resolution"] : {};
  const origin = originOf(resolution, name, version);
  const integrity = resolution["integrity"];
  const dev = snapshot["dev"] ?? meta["dev"];
  return {
    name,
    version,
    ...origin,
    hashes: typeof integrity === "string" ? sriToHashes(integrity) : [],
    dependencies: refs(snapshot["dependencies"], childPath(childPath("packages", key), "dependencies"), file, {}),
    optionalDependencies: refs(snapshot["optionalDependencies"], childPath(childPath("packages", key), "optionalDependencies"), file, {}),
    ...typeof dev === "boolean" ? { dev } : {},
    optional: (snapshot["optional"] ?? meta["optional"]) === true
  };
}
function originOf(resolution, name, version) {
  const { type, tarball, repo, commit, directory } = resolution;
  if (type === "git" && typeof repo === "string") {
    const url = typeof commit === "string" ? `${repo}#${commit}` : repo;
    return { source: "git", qualifiers: { vcs_url: url }, resolved: url };
  }
  if (type === "directory" && typeof directory === "string") return { source: "path", resolved: directory };
  if (typeof tarball === "string") {
    if (tarball.startsWith("file:")) return { source: "path", resolved: tarball };
    return { ...classifyResolved(tarball, name, version), resolved: tarball };
  }
  return { source: typeof resolution["integrity"] === "string" ? "registry" : "unknown" };
}

// src/core/sbom/parsers/pnpm.ts
var UNDERSTOOD = ["5.3", "5.4", "6.0", "6.1", "7.0", "9.0"];
var parsePnpmLockfile = (text, lockfile, manifestText) => {
  const manifest = manifestText === void 0 ? void 0 : readManifest(manifestText, manifestPathOf(lockfile));
  const documents = parseYamlDocuments(text, lockfile);
  const document = documents.at(-1);
  if (!isJsonObject(document)) throw invalidAtPath(lockfile, "(top level)", "expected a map with lockfileVersion");
  const raw = document["lockfileVersion"];
  const version = typeof raw === "number" ? raw.toFixed(1) : String(raw);
  if (!UNDERSTOOD.includes(version)) throw unsupportedVersion(lockfile, raw, UNDERSTOOD);
  const lock = readPnpmLock(document, version, lockfile);
  const root = lock.importers.find((i) => i.path === ".");
  const warnings = manifest === void 0 || root === void 0 ? [] : disagreements(root, manifest).map((message) => ({ lockfile, message }));
  return pnpmGraph(lock, lockfile, manifest, warnings);
};
function disagreements(root, manifest) {
  const messages = [];
  const declared = { ...manifest.devDependencies, ...manifest.optionalDependencies, ...manifest.dependencies };
  for (const [name, spec] of Object.entries(declared)) {
    const locked = root.specifiers[name];
    if (locked === void 0) messages.push(`package.json has ${name}@${spec}, which pnpm-lock.yaml does not list: run pnpm install`);
    else if (locked !== spec) messages.push(`package.json has ${name}@${spec}, pnpm-lock.yaml was written for ${name}@${locked}: run pnpm install`);
  }
  for (const name of Object.keys(root.specifiers)) {
    if (declared[name] === void 0) messages.push(`pnpm-lock.yaml lists ${name}, which package.json no longer declares: run pnpm install`);
  }
  return messages;
}
export {
  parsePnpmLockfile
};
