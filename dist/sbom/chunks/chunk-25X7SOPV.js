const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  findJsonErrorOffset,
  lineAndColumn
} from "./chunk-F4T5HVIJ.js";
import {
  childPath,
  describeJson,
  isJsonObject
} from "./chunk-HWVRGSAX.js";
import {
  invalidAtPath,
  makePurl
} from "./chunk-6F6VBXAP.js";
import {
  ChainmailError
} from "./chunk-FQL4H2QP.js";

// src/core/sbom/parsers/js/json-text.ts
function parseJsonText(text, file) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const { line, column } = lineAndColumn(body, findJsonErrorOffset(body) ?? body.length);
    throw new ChainmailError("LOCKFILE_INVALID", `${file} line ${line} column ${column}: not valid JSON`, { cause: e });
  }
}
var JsonFields = class {
  constructor(file) {
    this.file = file;
  }
  file;
  object(value, path) {
    if (!isJsonObject(value)) throw this.wrong(at(path), "an object", value);
    return value;
  }
  optionalObject(parent, key, path) {
    const value = parent[key];
    if (value === void 0 || value === null) return void 0;
    if (!isJsonObject(value)) throw this.wrong(childPath(at(path), key), "an object", value);
    return value;
  }
  optionalString(parent, key, path) {
    const value = parent[key];
    if (value === void 0 || value === null) return void 0;
    if (typeof value !== "string") throw this.wrong(childPath(at(path), key), "a string", value);
    return value;
  }
  flag(parent, key, path) {
    const value = parent[key];
    if (value === void 0 || value === null) return false;
    if (typeof value !== "boolean") throw this.wrong(childPath(at(path), key), "true or false", value);
    return value;
  }
  /** A `{ name: spec }` map (dependencies and their kin); every value must be a string. */
  specs(parent, key, path) {
    const map = this.optionalObject(parent, key, path);
    if (map === void 0) return EMPTY;
    for (const name in map) {
      if (typeof map[name] !== "string") throw this.wrong(childPath(childPath(at(path), key), name), "a string", map[name]);
    }
    return map;
  }
  wrong(path, expected, found) {
    return invalidAtPath(this.file, path === "" ? "(top level)" : path, `expected ${expected}, found ${describeJson(found)}`);
  }
};
var at = (path) => typeof path === "string" ? path : path();
var EMPTY = Object.freeze({});

// src/core/sbom/parsers/js/manifest.ts
var DEPENDENCY_KINDS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
function manifestPathOf(lockfile) {
  const slash = Math.max(lockfile.lastIndexOf("/"), lockfile.lastIndexOf("\\"));
  return `${lockfile.slice(0, slash + 1)}package.json`;
}
function readManifest(text, file) {
  const fields = new JsonFields(file);
  const top = fields.object(parseJsonText(text, file), "");
  const workspaces = top["workspaces"];
  const globs = Array.isArray(workspaces) ? workspaces : typeof workspaces === "object" && workspaces !== null && Array.isArray(workspaces.packages) ? workspaces.packages : [];
  const name = fields.optionalString(top, "name", "");
  const version = fields.optionalString(top, "version", "");
  return {
    ...name === void 0 ? {} : { name },
    ...version === void 0 ? {} : { version },
    dependencies: fields.specs(top, "dependencies", ""),
    devDependencies: fields.specs(top, "devDependencies", ""),
    optionalDependencies: fields.specs(top, "optionalDependencies", ""),
    peerDependencies: fields.specs(top, "peerDependencies", ""),
    workspaces: globs.filter((g) => typeof g === "string")
  };
}
function workspaceMatcher(globs) {
  const toRegExp = (glob) => {
    const body = glob.replace(/^\.\//, "").replace(/\/+$/, "").split(/(\*\*\/?|\*)/).map((part) => {
      if (part === "**" || part === "**/") return "(?:.*/)?" + (part === "**" ? ".*" : "");
      if (part === "*") return "[^/]*";
      return part.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
    }).join("");
    return new RegExp(`^${body}$`);
  };
  const include = globs.filter((g) => !g.startsWith("!")).map(toRegExp);
  const exclude = globs.filter((g) => g.startsWith("!")).map((g) => toRegExp(g.slice(1)));
  return (path) => include.some((r) => r.test(path)) && !exclude.some((r) => r.test(path));
}

// src/core/sbom/integrity.ts
var SRI_ALGORITHMS = {
  sha1: { algorithm: "SHA-1", bytes: 20 },
  sha256: { algorithm: "SHA-256", bytes: 32 },
  sha384: { algorithm: "SHA-384", bytes: 48 },
  sha512: { algorithm: "SHA-512", bytes: 64 }
};
var SCRATCH = Buffer.alloc(96);
function sriToHashes(text) {
  const hashes = [];
  const trimmed = text.trim();
  for (const token of /\s/.test(trimmed) ? trimmed.split(/\s+/) : [trimmed]) {
    const dash = token.indexOf("-");
    if (dash < 0) continue;
    const known = SRI_ALGORITHMS[token.slice(0, dash).toLowerCase()];
    if (known === void 0) continue;
    const query = token.indexOf("?", dash);
    const base64 = query < 0 ? token.slice(dash + 1) : token.slice(dash + 1, query);
    if (base64.length !== 4 * Math.ceil(known.bytes / 3) || !isBase64(base64)) continue;
    const length = SCRATCH.write(base64, "base64");
    if (length !== known.bytes) continue;
    const hex = SCRATCH.toString("hex", 0, length);
    if (!hashes.some((h) => h.algorithm === known.algorithm && h.hex === hex)) hashes.push({ algorithm: known.algorithm, hex });
  }
  return hashes;
}
var BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
function isBase64(text) {
  return BASE64.test(text);
}
function sha1HexToHash(hex) {
  return /^[0-9a-fA-F]{40}$/.test(hex) ? { algorithm: "SHA-1", hex: hex.toLowerCase() } : void 0;
}
function uniteHashes(a, b) {
  const united = [...a];
  for (const h of b) if (!united.some((u) => u.algorithm === h.algorithm && u.hex === h.hex)) united.push(h);
  return united;
}

// src/core/sbom/purl.ts
function splitNpmName(fullName) {
  if (fullName.startsWith("@")) {
    const slash = fullName.indexOf("/");
    if (slash > 1 && slash < fullName.length - 1) return { namespace: fullName.slice(0, slash), name: fullName.slice(slash + 1) };
  }
  return { name: fullName };
}
function npmPurl(fullName, version, qualifiers) {
  const { namespace, name } = splitNpmName(fullName);
  return makePurl("npm", namespace, name, version, qualifiers);
}

// src/core/sbom/parsers/js/graph-builder.ts
var STRENGTH = { required: 2, optional: 1, excluded: 0 };
var GraphBuilder = class {
  components = /* @__PURE__ */ new Map();
  // Targets per source: a short array (packages have few dependencies; a Set each costs more memory and time).
  targets = /* @__PURE__ */ new Map();
  edges = [];
  add(component) {
    const seen = this.components.get(component.purl);
    if (seen === void 0) {
      this.components.set(component.purl, component);
      return component.purl;
    }
    const stronger = STRENGTH[component.scope] > STRENGTH[seen.scope];
    const properties = uniteProperties(seen.properties, component.properties);
    this.components.set(component.purl, {
      ...seen,
      scope: stronger ? component.scope : seen.scope,
      direct: seen.direct || component.direct,
      hashes: uniteHashes(seen.hashes, component.hashes),
      ...seen.license === void 0 && component.license !== void 0 ? { license: component.license } : {},
      ...seen.resolved === void 0 && component.resolved !== void 0 ? { resolved: component.resolved } : {},
      ...properties === void 0 ? {} : { properties }
    });
    return component.purl;
  }
  has(purl) {
    return this.components.has(purl);
  }
  markDirect(purl) {
    const seen = this.components.get(purl);
    if (seen !== void 0 && !seen.direct) this.components.set(purl, { ...seen, direct: true });
  }
  edge(from, to) {
    const seen = this.targets.get(from);
    if (seen === void 0) this.targets.set(from, [to]);
    else if (Array.isArray(seen)) {
      if (seen.includes(to)) return;
      if (seen.length < 32) seen.push(to);
      else this.targets.set(from, /* @__PURE__ */ new Set([...seen, to]));
    } else {
      if (seen.has(to)) return;
      seen.add(to);
    }
    this.edges.push({ from, to });
  }
  build() {
    return { components: [...this.components.values()], edges: this.edges };
  }
};
function uniteProperties(a, b) {
  if (a === void 0 || b === void 0) return a ?? b;
  const united = [...a];
  for (const p of b) if (!united.some((u) => u.name === p.name && u.value === p.value)) united.push(p);
  return united;
}

// src/core/sbom/parsers/js/npm-source.ts
var REGISTRY_PREFIXES = ["https://registry.npmjs.org/", "https://registry.yarnpkg.com/", "https://registry.npmjs.com/"];
var GIT_PREFIX = /^(?:git\+|git:|github:|gitlab:|bitbucket:|gist:|ssh:\/\/)/;
var PLAIN_VERSION = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/;
function classifyResolved(resolved, name, version) {
  if (resolved === void 0 || resolved === "") return { source: PLAIN_VERSION.test(version) ? "registry" : "unknown" };
  if (REGISTRY_PREFIXES.some((prefix) => resolved.startsWith(prefix))) return REGISTRY;
  if (GIT_PREFIX.test(resolved)) return { source: "git", qualifiers: { vcs_url: resolved } };
  if (resolved.startsWith("file:") || resolved.startsWith("link:") || /^\.{0,2}\//.test(resolved)) return { source: "path" };
  if (resolved.startsWith("https://") || resolved.startsWith("http://")) {
    const fragment = resolved.indexOf("#");
    if ((fragment < 0 ? resolved : resolved.slice(0, fragment)).endsWith(".git")) return { source: "git", qualifiers: { vcs_url: resolved } };
    return isRegistryTarball(resolved, name, version) ? REGISTRY : { source: "tarball", qualifiers: { download_url: resolved } };
  }
  return { source: "unknown" };
}
var REGISTRY = { source: "registry" };
function isRegistryTarball(url, name, version) {
  const bare = name.startsWith("@") ? name.slice(name.indexOf("/") + 1) : name;
  const end = url.search(/[?#]/);
  let path = end < 0 ? url : url.slice(0, end);
  try {
    path = decodeURIComponent(path);
  } catch {
    return false;
  }
  return path.endsWith(`/${name}/-/${bare}-${version}.tgz`);
}
function isPlainVersion(version) {
  return PLAIN_VERSION.test(version);
}

export {
  parseJsonText,
  JsonFields,
  DEPENDENCY_KINDS,
  manifestPathOf,
  readManifest,
  workspaceMatcher,
  sriToHashes,
  sha1HexToHash,
  splitNpmName,
  npmPurl,
  GraphBuilder,
  classifyResolved,
  isPlainVersion
};
