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
  DEPENDENCY_KINDS,
  GraphBuilder,
  classifyResolved,
  manifestPathOf,
  npmPurl,
  readManifest,
  sha1HexToHash,
  splitNpmName,
  sriToHashes
} from "./chunk-25X7SOPV.js";
import "./chunk-F4T5HVIJ.js";
import {
  childPath,
  isJsonObject
} from "./chunk-HWVRGSAX.js";
import {
  invalidAtLine,
  invalidAtPath,
  unsupportedVersion
} from "./chunk-6F6VBXAP.js";
import "./chunk-FQL4H2QP.js";
import "./chunk-NUWRJM76.js";

// src/core/sbom/parsers/js/yarn-v1-syntax.ts
function parseYarnV1(text, file) {
  const entries = [];
  const stack = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const content = raw.trimStart();
    if (content === "" || content.startsWith("#")) continue;
    const line = i + 1;
    const indent = raw.length - content.length;
    const fail = (what) => invalidAtLine(file, line, what);
    if (indent % 2 !== 0 || raw.slice(0, indent).includes("	")) throw fail("indentation is not a multiple of two spaces");
    const depth = indent / 2;
    if (depth > stack.length) throw fail("indented deeper than the block it belongs to");
    stack.length = depth;
    const tokens = tokenize(content.trimEnd(), fail);
    if (tokens.at(-1) === ":") {
      const keys = splitKeys(tokens.slice(0, -1), fail);
      const block = { line, values: /* @__PURE__ */ new Map() };
      if (depth === 0) entries.push({ keys, block });
      else stack[depth - 1].values.set(keys[0], block);
      stack.push(block);
      continue;
    }
    if (depth === 0) throw fail('expected an entry such as "name@range:"');
    if (tokens.length !== 2 || tokens[0] === "," || tokens[1] === "," || tokens[1] === ":") throw fail('expected "key value"');
    const value = tokens[1];
    stack[depth - 1].values.set(tokens[0], value === "true" ? true : value === "false" ? false : value);
  }
  return entries;
}
function tokenize(content, fail) {
  const tokens = [];
  let i = 0;
  while (i < content.length) {
    const c = content[i];
    if (c === " " || c === "	") {
      i++;
      continue;
    }
    if (c === "," || c === ":" && endsToken(content, i)) {
      tokens.push(c);
      i++;
      continue;
    }
    if (c === '"') {
      let j2 = i + 1;
      while (j2 < content.length && content[j2] !== '"') j2 += content[j2] === "\\" ? 2 : 1;
      if (j2 >= content.length) throw fail("a quoted string is not closed");
      try {
        tokens.push(JSON.parse(content.slice(i, j2 + 1)));
      } catch {
        throw fail("a quoted string has an invalid escape");
      }
      i = j2 + 1;
      continue;
    }
    let j = i;
    while (j < content.length && !/[\s,]/.test(content[j]) && !(content[j] === ":" && endsToken(content, j))) j++;
    tokens.push(content.slice(i, j));
    i = j;
  }
  return tokens;
}
function endsToken(content, i) {
  return i + 1 >= content.length || content[i + 1] === " " || content[i + 1] === "	";
}
function splitKeys(tokens, fail) {
  const keys = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (k % 2 === 1 ? token !== "," : token === "," || token === ":") throw fail('expected keys separated by commas before ":"');
    if (k % 2 === 0) keys.push(token);
  }
  if (keys.length === 0) throw fail("a block has no key");
  return keys;
}

// src/core/sbom/parsers/js/yarn-v1.ts
function splitDescriptor(descriptor) {
  const at = descriptor.indexOf("@", 1);
  return at < 0 ? [descriptor, ""] : [descriptor.slice(0, at), descriptor.slice(at + 1)];
}
function readYarnV1(text, file) {
  const byDescriptor = /* @__PURE__ */ new Map();
  const entries = [];
  for (const { keys, block } of parseYarnV1(text, file)) {
    const entry = toEntry(keys, block, file);
    entries.push(entry);
    for (const key of keys) byDescriptor.set(key, entry);
  }
  return { entries, lookup: (name, range) => byDescriptor.get(`${name}@${range}`) };
}
function toEntry(keys, block, file) {
  const [keyName, range] = splitDescriptor(keys[0]);
  const name = range.startsWith("npm:") ? splitDescriptor(range.slice(4))[0] : keyName;
  const version = scalar(block, "version", file);
  if (version === void 0) throw invalidAtLine(file, block.line, `${keys[0]}: version is missing`);
  const resolved = scalar(block, "resolved", file);
  const integrity = scalar(block, "integrity", file);
  const origin = classifyResolved(resolved?.split("#")[0] ?? (range.startsWith("file:") || range.startsWith("link:") ? range : void 0), name, version);
  const hashes = integrity === void 0 ? [] : sriToHashes(integrity);
  const fragment = resolved?.includes("#") && origin.source !== "git" ? sha1HexToHash(resolved.slice(resolved.lastIndexOf("#") + 1)) : void 0;
  if (fragment !== void 0 && !hashes.some((h) => h.algorithm === "SHA-1")) hashes.push(fragment);
  const dependencies = { ...ranges(block, "dependencies", file), ...ranges(block, "optionalDependencies", file) };
  const qualifiers = origin.source === "git" && resolved !== void 0 ? { vcs_url: resolved } : origin.qualifiers;
  const from = resolved ?? (origin.source === "path" ? range : void 0);
  return {
    name,
    version,
    source: origin.source,
    ...qualifiers === void 0 ? {} : { qualifiers },
    ...from === void 0 ? {} : { resolved: from },
    hashes,
    dependencies,
    optional: new Set(Object.keys(ranges(block, "optionalDependencies", file)))
  };
}
function scalar(block, key, file) {
  const value = block.values.get(key);
  if (value === void 0) return void 0;
  if (typeof value !== "string") throw invalidAtLine(file, block.line, `${key} must be a string`);
  return value;
}
function ranges(block, key, file) {
  const nested = block.values.get(key);
  if (nested === void 0) return {};
  if (typeof nested !== "object") throw invalidAtLine(file, block.line, `${key} must be a block of "name range" lines`);
  const out = {};
  for (const [name, range] of nested.values) {
    if (typeof range !== "string") throw invalidAtLine(file, nested.line, `${key}: ${name} must have a range`);
    out[name] = range;
  }
  return out;
}

// src/core/sbom/parsers/js/yarn-berry.ts
var BERRY_VERSIONS = [4, 5, 6, 7, 8, 9, 10];
function readYarnBerry(document, text, file) {
  const metadata = document["__metadata"];
  const version = isJsonObject(metadata) ? metadata["version"] : void 0;
  if (typeof version !== "number" || !BERRY_VERSIONS.includes(version)) {
    throw unsupportedVersion(file, version, [`yarn v1 (# yarn lockfile v1)`, `berry __metadata.version ${BERRY_VERSIONS.join(", ")}`]);
  }
  const byDescriptor = /* @__PURE__ */ new Map();
  const entries = [];
  for (const [key, value] of Object.entries(document)) {
    if (key === "__metadata") continue;
    const fail = (what) => {
      const line = lineOfKey(text, key);
      return line === void 0 ? invalidAtPath(file, childPath("", key), what) : invalidAtLine(file, line, `${key}: ${what}`);
    };
    if (!isJsonObject(value)) throw fail("expected an entry (version, resolution, ...)");
    const entry = toEntry2(value, fail);
    entries.push(entry);
    for (const descriptor of key.split(/,\s*/)) byDescriptor.set(descriptor, entry);
  }
  return {
    entries,
    lookup: (name, range) => byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`)
  };
}
function toEntry2(value, fail) {
  const version = typeof value["version"] === "number" ? String(value["version"]) : value["version"];
  const resolution = value["resolution"];
  if (typeof version !== "string") throw fail("version must be a string");
  if (typeof resolution !== "string") throw fail("resolution must be a string");
  const [name, reference] = splitDescriptor(resolution);
  const origin = originOf(name, reference, version);
  const dependencies = stringMap(value["dependencies"], "dependencies", fail);
  const optional = /* @__PURE__ */ new Set();
  const meta = value["dependenciesMeta"];
  if (isJsonObject(meta)) {
    for (const [key, flags] of Object.entries(meta)) {
      if (isJsonObject(flags) && flags["optional"] === true) optional.add(splitDescriptor(key)[0] || key);
    }
  }
  const checksum = value["checksum"];
  const properties = typeof checksum === "string" && !origin.patched ? [{ name: "chainmail:yarn:checksum", value: checksum }] : [];
  return {
    name,
    version: origin.source === "workspace" ? "" : version,
    source: origin.source,
    ...origin.qualifiers === void 0 ? {} : { qualifiers: origin.qualifiers },
    ...origin.resolved === void 0 ? {} : { resolved: origin.resolved },
    hashes: [],
    ...properties.length > 0 ? { properties } : {},
    dependencies,
    optional,
    ...origin.source === "workspace" ? { workspace: reference.slice("workspace:".length) } : {}
  };
}
function originOf(name, reference, version) {
  if (reference.startsWith("npm:")) return { source: "registry" };
  if (reference.startsWith("workspace:")) return { source: "workspace", resolved: reference.slice("workspace:".length) };
  if (reference.startsWith("patch:")) {
    const inner = decodeURIComponent(reference.slice("patch:".length).split("#")[0] ?? "");
    return { ...originOf(name, splitDescriptor(inner)[1], version), patched: true };
  }
  if (/^(?:file|portal|link):/.test(reference)) return { source: "path", resolved: reference.replace(/^[a-z]+:/, "") };
  if (/^(?:git\+|git:|github:|ssh:)/.test(reference) || reference.includes("#commit=") || /\.git(?:#|$)/.test(reference)) {
    return { source: "git", qualifiers: { vcs_url: reference }, resolved: reference };
  }
  if (/^https?:\/\//.test(reference)) return { ...classifyResolved(reference, name, version), resolved: reference };
  return { source: "unknown", resolved: reference };
}
function stringMap(value, key, fail) {
  if (value === void 0 || value === null) return {};
  if (!isJsonObject(value)) throw fail(`${key} must be a map of name: range`);
  const out = {};
  for (const [name, range] of Object.entries(value)) {
    if (typeof range !== "string" && typeof range !== "number") throw fail(`${key}.${name} must be a range`);
    out[name] = String(range);
  }
  return out;
}
function lineOfKey(text, key) {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => l === `${key}:` || l === `"${key}":`);
  return index < 0 ? void 0 : index + 1;
}

// src/core/sbom/parsers/js/yarn-graph.ts
var STRENGTH = { required: 2, optional: 1, excluded: 0 };
function yarnGraph(lock, lockfile, manifest, warnings) {
  const graph = new GraphBuilder();
  const purls = /* @__PURE__ */ new Map();
  const rootEntry = lock.entries.find((e) => e.workspace === ".");
  for (const entry of lock.entries) {
    if (entry !== rootEntry) purls.set(entry, npmPurl(entry.name, entry.version, entry.qualifiers));
  }
  const needs = /* @__PURE__ */ new Map();
  const needsOf = (entry) => {
    let found = needs.get(entry);
    if (found === void 0) {
      found = { required: [], optional: [] };
      for (const [name, range] of Object.entries(entry.dependencies)) {
        const target = lock.lookup(name, range);
        if (target !== void 0) (entry.optional.has(name) ? found.optional : found.required).push(target);
      }
      needs.set(entry, found);
    }
    return found;
  };
  const rootName = manifest?.name ?? rootEntry?.name;
  const rootPurl = rootName === void 0 ? void 0 : npmPurl(rootName, manifest?.version ?? "");
  const declared = (deps) => {
    const found = [];
    for (const [name, range] of Object.entries(deps ?? {})) {
      const target = lock.lookup(name, range);
      if (target !== void 0) found.push(target);
    }
    return found;
  };
  const workspaces = lock.entries.filter((e) => e.workspace !== void 0 && e !== rootEntry);
  const depended = /* @__PURE__ */ new Set();
  for (const entry of lock.entries) for (const t of [...needsOf(entry).required, ...needsOf(entry).optional]) depended.add(t);
  const rootDeps = manifest !== void 0 ? { required: [...declared(manifest.dependencies), ...declared(manifest.peerDependencies), ...workspaces], optional: declared(manifest.optionalDependencies), dev: declared(manifest.devDependencies) } : rootEntry !== void 0 ? { required: [...needsOf(rootEntry).required, ...workspaces], optional: needsOf(rootEntry).optional, dev: [] } : { required: lock.entries.filter((e) => !depended.has(e)), optional: [], dev: [] };
  const scopes = scopesByReach(rootDeps, needsOf);
  const direct = /* @__PURE__ */ new Set([...rootDeps.required, ...rootDeps.optional, ...rootDeps.dev]);
  for (const ws of workspaces) for (const t of [...needsOf(ws).required, ...needsOf(ws).optional]) direct.add(t);
  for (const entry of lock.entries) if (!depended.has(entry) && !scopes.has(entry) && entry !== rootEntry) direct.add(entry);
  const reachedScope = /* @__PURE__ */ new Map();
  for (const [entry, purl] of purls) {
    const scope = scopes.get(entry);
    if (scope !== void 0 && (reachedScope.get(purl) === void 0 || STRENGTH[scope] > STRENGTH[reachedScope.get(purl)])) reachedScope.set(purl, scope);
  }
  for (const [entry, purl] of purls) {
    const { name, namespace } = splitNpmName(entry.name);
    graph.add({
      purl,
      ecosystem: "npm",
      name,
      ...namespace === void 0 ? {} : { namespace },
      version: entry.version,
      hashes: entry.hashes,
      scope: scopes.get(entry) ?? reachedScope.get(purl) ?? "required",
      source: entry.source,
      ...entry.resolved === void 0 ? {} : { resolved: entry.resolved },
      ...entry.properties === void 0 ? {} : { properties: entry.properties },
      lockfile,
      direct: direct.has(entry)
    });
  }
  if (rootPurl !== void 0) {
    for (const to of [...rootDeps.required, ...rootDeps.optional, ...rootDeps.dev]) {
      const target = purls.get(to);
      if (target !== void 0) graph.edge(rootPurl, target);
    }
  }
  for (const [entry, purl] of purls) {
    const { required, optional } = needsOf(entry);
    for (const to of [...required, ...optional]) {
      const target = purls.get(to);
      if (target !== void 0) graph.edge(purl, target);
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

// src/core/sbom/parsers/yarn.ts
var parseYarnLockfile = (text, lockfile, manifestText) => {
  const manifest = manifestText === void 0 ? void 0 : readManifest(manifestText, manifestPathOf(lockfile));
  const lock = readLock(text, lockfile);
  const warnings = manifest === void 0 ? [] : disagreements(lock, manifest).map((message) => ({ lockfile, message }));
  return yarnGraph(lock, lockfile, manifest, warnings);
};
function readLock(text, lockfile) {
  if (/^# yarn lockfile v1\s*$/m.test(text)) return readYarnV1(text, lockfile);
  const version = /^# yarn lockfile v(\d+)/m.exec(text)?.[1];
  const understood = ["yarn v1 (# yarn lockfile v1)", `berry __metadata.version ${BERRY_VERSIONS.join(", ")}`];
  if (version !== void 0) throw unsupportedVersion(lockfile, `v${version}`, understood);
  const document = parseYamlDocuments(text, lockfile)[0];
  if (!isJsonObject(document) || !("__metadata" in document)) throw unsupportedVersion(lockfile, void 0, understood);
  return readYarnBerry(document, text, lockfile);
}
function disagreements(lock, manifest) {
  const known = new Set(lock.entries.map((e) => e.name));
  const messages = [];
  for (const kind of DEPENDENCY_KINDS) {
    for (const [name, range] of Object.entries(manifest[kind])) {
      if (lock.lookup(name, range) !== void 0) continue;
      if (manifest.workspaces.length > 0 && !known.has(name)) continue;
      if (kind === "peerDependencies") continue;
      messages.push(`package.json ${kind} has ${name}@${range}, which yarn.lock does not resolve: run yarn install`);
    }
  }
  return messages;
}
export {
  parseYarnLockfile
};
