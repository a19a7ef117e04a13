const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  normalizeLicense
} from "./chunk-O2QIBDGL.js";
import {
  DEPENDENCY_KINDS,
  GraphBuilder,
  JsonFields,
  classifyResolved,
  isPlainVersion,
  manifestPathOf,
  npmPurl,
  parseJsonText,
  readManifest,
  splitNpmName,
  sriToHashes,
  workspaceMatcher
} from "./chunk-25X7SOPV.js";
import "./chunk-F4T5HVIJ.js";
import {
  childPath,
  isJsonObject
} from "./chunk-HWVRGSAX.js";
import {
  unsupportedVersion
} from "./chunk-6F6VBXAP.js";
import "./chunk-FQL4H2QP.js";
import "./chunk-NUWRJM76.js";

// src/core/sbom/parsers/js/npm-tree.ts
var NODE_MODULES = "node_modules/";
function nameAtLocation(location) {
  const at = location.lastIndexOf(NODE_MODULES);
  if (at === 0 || at > 0 && location[at - 1] === "/") return location.slice(at + NODE_MODULES.length);
  return location.slice(location.lastIndexOf("/") + 1);
}
function isTop(location) {
  return !(location.startsWith(NODE_MODULES) || location.includes(`/${NODE_MODULES}`));
}
var NodeModulesResolver = class {
  constructor(nodes) {
    this.nodes = nodes;
    for (const location of nodes.keys()) {
      if (location === "" || isTop(location)) continue;
      const at = location.lastIndexOf(NODE_MODULES);
      const owner = at === 0 ? "" : location.slice(0, at - 1);
      let names = this.children.get(owner);
      if (names === void 0) this.children.set(owner, names = /* @__PURE__ */ new Map());
      names.set(location.slice(at + NODE_MODULES.length), location);
    }
  }
  nodes;
  /** location -> the names installed in its node_modules -> their locations. */
  children = /* @__PURE__ */ new Map();
  parents = /* @__PURE__ */ new Map();
  resolve(location, name) {
    for (let from = location; from !== void 0; from = this.parentOf(from)) {
      const found = this.children.get(from)?.get(name);
      if (found !== void 0) return found;
    }
    return void 0;
  }
  parentOf(location) {
    if (this.parents.has(location)) return this.parents.get(location);
    const parent = resolveParent(this.nodes, location);
    this.parents.set(location, parent);
    return parent;
  }
};
function resolveParent(nodes, location) {
  if (location === "") return void 0;
  if (!isTop(location)) {
    const at = location.lastIndexOf(NODE_MODULES);
    return at === 0 ? "" : location.slice(0, at - 1);
  }
  if (location.startsWith("../") || location.startsWith("/")) return void 0;
  for (let dir = location.slice(0, Math.max(0, location.lastIndexOf("/"))); dir !== ""; dir = dir.slice(0, Math.max(0, dir.lastIndexOf("/")))) {
    const node = nodes.get(dir);
    if (node !== void 0 && !node.link) return dir;
  }
  return "";
}

// src/core/sbom/parsers/js/npm-graph.ts
function npmGraph(tree, lockfile, warnings) {
  const { nodes, root } = tree;
  const isWorkspace = workspaceMatcher(tree.workspaces);
  const workspaces = /* @__PURE__ */ new Set();
  const purls = /* @__PURE__ */ new Map();
  const graph = new GraphBuilder();
  const warn = (message) => {
    warnings.push({ lockfile, message });
  };
  for (const node of nodes.values()) {
    if (node.location === "" || node.link) continue;
    if (isTop(node.location) && isWorkspace(node.location)) workspaces.add(node.location);
    const component = toComponent(node, lockfile, workspaces.has(node.location), warn);
    purls.set(node.location, graph.add(component));
  }
  const rootPurl = root.name === "" ? void 0 : npmPurl(root.name, root.version);
  const resolver = new NodeModulesResolver(nodes);
  const targetOf = (location) => {
    const node = nodes.get(location);
    return node?.link === true ? node.resolved === void 0 ? void 0 : purls.get(node.resolved) : purls.get(location);
  };
  for (const node of nodes.values()) {
    if (node.link) continue;
    const from = node.location === "" ? rootPurl : purls.get(node.location);
    const ownsDirect = node.location === "" || workspaces.has(node.location);
    const link = (name) => {
      const found = resolver.resolve(node.location, name);
      const to = found === void 0 ? void 0 : targetOf(found);
      if (to === void 0) return;
      if (from !== void 0) graph.edge(from, to);
      if (ownsDirect) graph.markDirect(to);
    };
    for (const name in node.peerDependencies) link(name);
    for (const name in node.dependencies) link(name);
    for (const name in node.optionalDependencies) link(name);
    if (isTop(node.location)) for (const name in node.devDependencies) link(name);
  }
  for (const location of workspaces) {
    const to = purls.get(location);
    if (rootPurl !== void 0) graph.edge(rootPurl, to);
    graph.markDirect(to);
  }
  const { components, edges } = graph.build();
  return {
    lockfile,
    ecosystem: "npm",
    ...root.name === "" ? {} : { root: { name: root.name, ...root.version === "" ? {} : { version: root.version }, purl: rootPurl } },
    components,
    edges,
    warnings
  };
}
function toComponent(node, lockfile, workspace, warn) {
  const linked = isTop(node.location);
  const origin = linked ? { source: workspace ? "workspace" : "path" } : classifyResolved(node.resolved, node.name, node.version);
  const { namespace, name } = splitNpmName(node.name);
  const component = {
    purl: npmPurl(node.name, node.version, origin.qualifiers),
    ecosystem: "npm",
    name,
    version: node.version,
    hashes: node.integrity === void 0 ? [] : sriToHashes(node.integrity),
    scope: scopeOf(node),
    source: origin.source,
    lockfile,
    direct: false
  };
  if (namespace !== void 0) component.namespace = namespace;
  const license = node.license === void 0 ? void 0 : normalizeLicense(node.license, (m) => warn(`${node.name}@${node.version}: ${m}`));
  if (license !== void 0) component.license = license;
  const resolved = linked ? node.location : node.resolved;
  if (resolved !== void 0) component.resolved = resolved;
  return component;
}
function scopeOf(node) {
  if (node.dev) return "excluded";
  return node.optional || node.devOptional ? "optional" : "required";
}

// src/core/sbom/parsers/js/npm-manifest-check.ts
function manifestDisagreements(tree, manifest, lockfileVersion) {
  const messages = [];
  const { root } = tree;
  const resolver = new NodeModulesResolver(tree.nodes);
  for (const kind of DEPENDENCY_KINDS) {
    const declared = manifest[kind];
    for (const [name, spec] of Object.entries(declared)) {
      const locked = root[kind][name];
      if (lockfileVersion >= 2 && locked === void 0) messages.push(`package.json ${kind} has ${name}@${spec}, which the lockfile does not list: run npm install`);
      else if (lockfileVersion >= 2 && locked !== spec) messages.push(`package.json ${kind} has ${name}@${spec}, the lockfile was written for ${name}@${locked}: run npm install`);
      else if (kind !== "optionalDependencies" && kind !== "peerDependencies" && resolver.resolve("", name) === void 0) {
        messages.push(`package.json ${kind} has ${name}@${spec}, which is not in the lockfile: run npm install`);
      }
    }
    if (lockfileVersion < 2) continue;
    for (const name of Object.keys(root[kind])) {
      if (declared[name] === void 0) messages.push(`the lockfile lists ${name} in ${kind}, which package.json no longer declares: run npm install`);
    }
  }
  return messages;
}

// src/core/sbom/parsers/js/npm-packages.ts
function treeFromPackages(top, fields) {
  const packages = fields.optionalObject(top, "packages", "") ?? {};
  const nodes = /* @__PURE__ */ new Map();
  for (const location in packages) {
    const value = packages[location];
    const entry = isJsonObject(value) ? value : fields.object(value, childPath("packages", location));
    nodes.set(location, readNode(location, entry, fields));
  }
  const rootEntry = packages[""];
  const root = nodes.get("") ?? emptyRoot(top, fields);
  const globs = rootEntry !== void 0 && Array.isArray(rootEntry["workspaces"]) ? rootEntry["workspaces"].filter((g) => typeof g === "string") : [];
  if (!nodes.has("")) nodes.set("", root);
  return { nodes, root, workspaces: globs };
}
function readNode(location, entry, fields) {
  const path = () => childPath("packages", location);
  return {
    location,
    name: fields.optionalString(entry, "name", path) ?? nameAtLocation(location),
    version: fields.optionalString(entry, "version", path) ?? "",
    resolved: fields.optionalString(entry, "resolved", path),
    integrity: fields.optionalString(entry, "integrity", path),
    license: entry["license"],
    link: fields.flag(entry, "link", path),
    dev: fields.flag(entry, "dev", path),
    optional: fields.flag(entry, "optional", path),
    devOptional: fields.flag(entry, "devOptional", path),
    dependencies: fields.specs(entry, "dependencies", path),
    optionalDependencies: fields.specs(entry, "optionalDependencies", path),
    peerDependencies: fields.specs(entry, "peerDependencies", path),
    devDependencies: fields.specs(entry, "devDependencies", path)
  };
}
function emptyRoot(top, fields) {
  return {
    location: "",
    name: fields.optionalString(top, "name", "") ?? "",
    version: fields.optionalString(top, "version", "") ?? "",
    link: false,
    dev: false,
    optional: false,
    devOptional: false,
    dependencies: {},
    optionalDependencies: {},
    peerDependencies: {},
    devDependencies: {}
  };
}

// src/core/sbom/parsers/js/npm-v1.ts
function treeFromDependencies(top, fields, manifest) {
  const nodes = /* @__PURE__ */ new Map();
  const stack = [];
  const rootDeps = fields.optionalObject(top, "dependencies", "") ?? {};
  stack.push({ location: "", path: "dependencies", entries: rootDeps });
  const requiredNames = /* @__PURE__ */ new Set();
  while (stack.length > 0) {
    const { location, path, entries } = stack.pop();
    for (const [key, value] of Object.entries(entries)) {
      const here = childPath(path, key);
      const entry = fields.object(value, here);
      const nodeLocation = location === "" ? `node_modules/${key}` : `${location}/node_modules/${key}`;
      const requires = entry["requires"] === true ? {} : fields.specs(entry, "requires", here);
      for (const name of Object.keys(requires)) requiredNames.add(name);
      nodes.set(nodeLocation, readV1Node(nodeLocation, key, entry, here, requires, fields));
      const nested = fields.optionalObject(entry, "dependencies", here);
      if (nested !== void 0) stack.push({ location: nodeLocation, path: childPath(here, "dependencies"), entries: nested });
    }
  }
  const base = emptyRoot(top, fields);
  const root = manifest !== void 0 ? {
    ...base,
    name: base.name || (manifest.name ?? ""),
    dependencies: manifest.dependencies,
    devDependencies: manifest.devDependencies,
    optionalDependencies: manifest.optionalDependencies,
    peerDependencies: manifest.peerDependencies
  } : { ...base, dependencies: Object.fromEntries(Object.keys(rootDeps).filter((n) => !requiredNames.has(n)).map((n) => [n, "*"])) };
  nodes.set("", root);
  return { nodes, root, workspaces: [] };
}
function readV1Node(location, key, entry, path, requires, fields) {
  const written = fields.optionalString(entry, "version", path) ?? "";
  const resolved = fields.optionalString(entry, "resolved", path);
  const integrity = fields.optionalString(entry, "integrity", path);
  const { name, version, spec } = readVersionField(key, written);
  const from = resolved ?? spec;
  return {
    location,
    name,
    version,
    ...from === void 0 ? {} : { resolved: from },
    ...integrity === void 0 ? {} : { integrity },
    link: false,
    dev: fields.flag(entry, "dev", path),
    optional: fields.flag(entry, "optional", path),
    devOptional: false,
    dependencies: requires,
    optionalDependencies: {},
    peerDependencies: {},
    devDependencies: {}
  };
}
function readVersionField(key, written) {
  if (written.startsWith("npm:")) {
    const alias = written.slice(4);
    const at = alias.lastIndexOf("@");
    if (at > 0) return { name: alias.slice(0, at), version: alias.slice(at + 1) };
  }
  if (isPlainVersion(written) || written === "") return { name: key, version: written };
  const hash = written.lastIndexOf("#");
  const isPathOrUrl = /^(?:file:|link:|https?:\/\/[^#]*\.t(?:ar\.)?gz$)/.test(written);
  return { name: key, version: isPathOrUrl || hash < 0 ? "" : written.slice(hash + 1), spec: written };
}

// src/core/sbom/parsers/npm.ts
var UNDERSTOOD = ["1", "2", "3"];
var parseNpmLockfile = (text, lockfile, manifestText) => {
  const fields = new JsonFields(lockfile);
  const top = fields.object(parseJsonText(text, lockfile), "");
  const version = top["lockfileVersion"];
  if (version !== 1 && version !== 2 && version !== 3) throw unsupportedVersion(lockfile, version, UNDERSTOOD);
  const manifest = manifestText === void 0 ? void 0 : readManifest(manifestText, manifestPathOf(lockfile));
  const tree = version === 1 || top["packages"] === void 0 ? treeFromDependencies(top, fields, manifest) : treeFromPackages(top, fields);
  const warnings = [];
  if (manifest !== void 0) {
    for (const message of manifestDisagreements(tree, manifest, version)) warnings.push({ lockfile, message });
  }
  return npmGraph(tree, lockfile, warnings);
};
export {
  parseNpmLockfile
};
