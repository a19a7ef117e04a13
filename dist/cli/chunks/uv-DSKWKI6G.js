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
  optionalTable,
  parseTomlFile,
  requiredString
} from "./chunk-FJAHU5GY.js";
import "./chunk-JBP2GKCD.js";
import {
  artifact,
  normalizePypiName,
  pypiComponent,
  pypiPurl
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

// src/core/sbom/parsers/python/uv-package.ts
function readUvPackage(value, fail) {
  if (!isTable(value)) throw fail("is not a table");
  const source = optionalTable(value, "source", fail) ?? {};
  const member = typeof source.editable === "string" ? source.editable : typeof source.virtual === "string" ? source.virtual : void 0;
  const sdist = optionalTable(value, "sdist", fail);
  const wheels = optionalArray(value, "wheels", fail);
  return {
    name: requiredString(value, "name", fail),
    // Workspace members without a version (virtual projects) are legal.
    version: optionalString(value, "version", fail) ?? "",
    origin: uvOrigin(source),
    ...member !== void 0 ? { member } : {},
    artifacts: [...sdist ? [sdist] : [], ...wheels].map((a, i) => readArtifact(a, i, fail)),
    dependencies: readDependencies(optionalArray(value, "dependencies", fail), "dependencies", fail),
    optional: readGroups(optionalTable(value, "optional-dependencies", fail), "optional-dependencies", fail),
    dev: readGroups(optionalTable(value, "dev-dependencies", fail), "dev-dependencies", fail)
  };
}
function uvOrigin(source) {
  const str = (key) => typeof source[key] === "string" ? source[key] : void 0;
  const registry = str("registry");
  if (registry !== void 0) return { source: "registry", index: registry };
  const git = str("git");
  if (git !== void 0) return { source: "git", resolved: `git+${git}` };
  const url = str("url");
  if (url !== void 0) return { source: "tarball", resolved: url };
  const path = str("path") ?? str("directory");
  if (path !== void 0) return { source: "path", resolved: path };
  const member = str("editable") ?? str("virtual");
  if (member !== void 0) return { source: "workspace", resolved: member };
  return { source: "unknown" };
}
function readArtifact(value, index, fail) {
  if (!isTable(value)) throw fail(`wheels[${index}] is not a table`);
  const hash = optionalString(value, "hash", fail);
  const parsed = hash === void 0 ? void 0 : parseAlgorithmHex(hash);
  if (hash !== void 0 && parsed === void 0) throw fail(`hash "${hash}" is not <algorithm>:<hex>`);
  const name = optionalString(value, "url", fail) ?? optionalString(value, "path", fail) ?? optionalString(value, "filename", fail);
  return artifact(name, parsed ? [parsed] : []);
}
function readDependencies(list, where, fail) {
  return list.map((dep, i) => {
    const inner = (what) => fail(`${where}[${i}].${what}`);
    if (!isTable(dep)) throw fail(`${where}[${i}] is not a table`);
    const version = optionalString(dep, "version", inner);
    return { name: requiredString(dep, "name", inner), ...version ? { version } : {}, extras: optionalArray(dep, "extra", inner).map(String) };
  });
}
function readGroups(table, where, fail) {
  const groups = /* @__PURE__ */ new Map();
  for (const [group, list] of Object.entries(table ?? {})) {
    if (!Array.isArray(list)) throw fail(`${where}.${group} must be an array`);
    groups.set(group, readDependencies(list, `${where}.${group}`, fail));
  }
  return groups;
}

// src/core/sbom/parsers/python/uv.ts
var UNDERSTOOD = ["1"];
function parseUvLock(text, lockfile) {
  const toml = parseTomlFile(text, lockfile);
  if (toml.version !== 1) throw unsupportedVersion(lockfile, toml.version, UNDERSTOOD);
  const raw = optionalArray(toml, "package", (what) => invalidAtPath(lockfile, "package", what));
  const packages = raw.map((p, i) => readUvPackage(p, (what) => invalidEntry(text, lockfile, "package", i, what)));
  const graph = new UvGraph(packages);
  const members = packages.flatMap((p, i) => p.member !== void 0 ? [i] : []);
  const rootIndex = members.find((i) => packages[i]?.member === ".");
  const scopes = graph.scopes(members);
  const direct = new Set(members.flatMap((i) => graph.targets(allLists(packages[i]))));
  const purls = [];
  const components = [];
  let root;
  packages.forEach((p, i) => {
    if (i === rootIndex) {
      root = { name: p.name, ...p.version ? { version: p.version } : {}, purl: pypiPurl(p.name, p.version, { source: "registry" }) };
      purls.push(root.purl);
      return;
    }
    const component = pypiComponent({ ...p, scope: scopes.get(i) ?? "required", direct: direct.has(i) }, lockfile);
    purls.push(component.purl);
    components.push(component);
  });
  const edges = packages.flatMap((p, i) => graph.targets(allLists(p)).map((to) => ({ from: purls[i], to: purls[to] })));
  return { lockfile, ecosystem: "pypi", ...root ? { root } : {}, components, edges, warnings: [] };
}
function allLists(p) {
  return [...p.dependencies, ...[...p.optional.values()].flat(), ...[...p.dev.values()].flat()];
}
var UvGraph = class {
  constructor(packages) {
    this.packages = packages;
    packages.forEach((p, i) => {
      const key = normalizePypiName(p.name);
      const list = this.byName.get(key);
      if (list) list.push(i);
      else this.byName.set(key, [i]);
    });
  }
  packages;
  byName = /* @__PURE__ */ new Map();
  /** The packages a dependency entry names (several when the name is ambiguous and no version narrows it). */
  resolve(dep) {
    const candidates = this.byName.get(normalizePypiName(dep.name)) ?? [];
    return dep.version === void 0 ? candidates : candidates.filter((i) => this.packages[i]?.version === dep.version);
  }
  targets(deps) {
    return deps.flatMap((d) => this.resolve(d));
  }
  /** Members' dependencies required, their extras optional, their dev groups excluded; the strongest wins. */
  scopes(members) {
    const starts = members.flatMap((m) => {
      const p = this.packages[m];
      return [
        { id: state(m, ""), scope: "required" },
        ...[...p.optional.keys()].map((e) => ({ id: state(m, e), scope: "optional" })),
        ...[...p.dev.keys()].map((g) => ({ id: state(m, `dev:${g}`), scope: "excluded" }))
      ];
    });
    const byState = scopesByReachability(starts, (id) => this.stateChildren(id));
    const byPackage = /* @__PURE__ */ new Map();
    for (const [id, scope] of byState) {
      const i = Number(id.slice(0, id.indexOf(":")));
      if (!byPackage.has(i)) byPackage.set(i, scope);
    }
    return byPackage;
  }
  stateChildren(id) {
    const colon = id.indexOf(":");
    const p = this.packages[Number(id.slice(0, colon))];
    const key = id.slice(colon + 1);
    const list = key === "" ? p.dependencies : key.startsWith("dev:") ? p.dev.get(key.slice(4)) : p.optional.get(key);
    return (list ?? []).flatMap((dep) => this.resolve(dep).flatMap((t) => [state(t, ""), ...dep.extras.map((e) => state(t, e))]));
  }
};
function state(index, extra) {
  return `${index}:${extra}`;
}
export {
  parseUvLock
};
