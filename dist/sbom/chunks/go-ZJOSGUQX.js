const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  invalidAtLine,
  makePurl
} from "./chunk-6F6VBXAP.js";
import "./chunk-FQL4H2QP.js";
import "./chunk-NUWRJM76.js";

// src/core/sbom/parsers/go/go-mod.ts
function parseGoMod(text, file = "go.mod") {
  let module;
  const requires = [];
  const replaces = [];
  const excludes = /* @__PURE__ */ new Set();
  let block;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const fail = (what) => invalidAtLine(file, line, what);
    const { tokens, comment } = tokenize(raw, fail);
    if (tokens.length === 0) return;
    if (block !== void 0 && tokens[0] === ")") {
      block = void 0;
      return;
    }
    let verb = block;
    let args = tokens;
    if (verb === void 0) {
      verb = tokens[0];
      args = tokens.slice(1);
      if (args.length === 1 && args[0] === "(") {
        block = verb;
        return;
      }
    }
    if (verb === "module") module = args[0];
    else if (verb === "require") {
      if (args.length !== 2) throw fail(`"${raw.trim()}" is not a requirement; expected <module path> <version>`);
      requires.push({ path: args[0], version: args[1], indirect: /^\s*indirect\s*(;|$)/.test(comment), line });
    } else if (verb === "exclude") {
      if (args.length !== 2) throw fail(`"${raw.trim()}" is not an exclusion; expected <module path> <version>`);
      excludes.add(`${args[0]}@${args[1]}`);
    } else if (verb === "replace") replaces.push(parseReplace(args, raw, fail));
  });
  return { ...module ? { module } : {}, requires, replaces, excludes };
}
function parseReplace(args, raw, fail) {
  const arrow = args.indexOf("=>");
  const left = args.slice(0, arrow);
  const right = args.slice(arrow + 1);
  if (arrow < 0 || left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
    throw fail(`"${raw.trim()}" is not a replacement; expected <path> [version] => <path> [version]`);
  }
  return {
    path: left[0],
    ...left[1] ? { version: left[1] } : {},
    to: right[0],
    ...right[1] ? { toVersion: right[1] } : {}
  };
}
function tokenize(raw, fail) {
  const tokens = [];
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if (c === " " || c === "	") {
      i++;
      continue;
    }
    if (raw.startsWith("//", i)) return { tokens, comment: raw.slice(i + 2) };
    if (c === '"' || c === "`") {
      const end = raw.indexOf(c, i + 1);
      if (end < 0) throw fail("an unterminated quoted string");
      tokens.push(c === '"' ? JSON.parse(raw.slice(i, end + 1)) : raw.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < raw.length && raw[j] !== " " && raw[j] !== "	" && !raw.startsWith("//", j)) j++;
    tokens.push(raw.slice(i, j));
    i = j;
  }
  return { tokens, comment: "" };
}

// src/core/sbom/parsers/go/go-sum.ts
var LINE = /^(\S+) (\S+) (h\d+:[A-Za-z0-9+/]+={0,2})$/;
function parseGoSumText(text, file) {
  const content = /* @__PURE__ */ new Map();
  const modules = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const match = LINE.exec(line);
    if (match === null) throw invalidAtLine(file, i + 1, `"${line}" is not a go.sum line; expected <module> <version>[/go.mod] h1:<base64>`);
    const [, path, version, hash] = match;
    if (version.endsWith("/go.mod")) return;
    const key = `${path} ${version}`;
    if (!content.has(key)) modules.push([path, version]);
    content.set(key, hash);
  });
  return { content, modules };
}

// src/core/sbom/parsers/go.ts
function parseGoSum(text, lockfile, manifest) {
  const sum = parseGoSumText(text, lockfile);
  const mod = manifest === void 0 ? void 0 : parseGoMod(manifest, siblingGoMod(lockfile));
  const components = [];
  const warnings = [];
  const required = /* @__PURE__ */ new Set();
  for (const req of mod?.requires ?? []) {
    required.add(req.path);
    const component = requiredModule(req, mod, sum, lockfile);
    if (component.replacement) required.add(component.replacement.to);
    if (mod?.excludes.has(`${req.path}@${req.version}`)) {
      warnings.push({ lockfile, message: `go.mod requires ${req.path} ${req.version} and also excludes it: go will select a later version than the one listed` });
    }
    if (component.missingHash) {
      warnings.push({ lockfile, message: `go.mod requires ${component.label} but ${lockfile} has no hash for it: the lockfile disagrees with the manifest (run go mod tidy)` });
    }
    components.push(component.component);
  }
  for (const [path, version] of sum.modules) {
    if (required.has(path)) continue;
    components.push(goComponent(path, version, { dirhash: sum.content.get(`${path} ${version}`), direct: false, lockfile }));
  }
  const root = mod?.module ? { name: mod.module, purl: goPurl(mod.module, void 0) } : void 0;
  const edges = root ? components.filter((c) => c.direct).map((c) => ({ from: root.purl, to: c.purl })) : [];
  return { lockfile, ecosystem: "golang", ...root ? { root } : {}, components, edges, warnings };
}
function requiredModule(req, mod, sum, lockfile) {
  const replacement = mod.replaces.find((r) => r.path === req.path && r.version === req.version) ?? mod.replaces.find((r) => r.path === req.path && r.version === void 0);
  const base = { direct: !req.indirect, lockfile };
  if (replacement?.toVersion === void 0 && replacement !== void 0) {
    const component2 = goComponent(req.path, req.version, { ...base, source: "path", resolved: replacement.to });
    return { component: component2, replacement, missingHash: false, label: `${req.path} ${req.version}` };
  }
  const path = replacement?.to ?? req.path;
  const version = replacement?.toVersion ?? req.version;
  const dirhash = sum.content.get(`${path} ${version}`);
  const component = goComponent(path, version, { ...base, dirhash, ...replacement ? { replaces: `${req.path}@${req.version}` } : {} });
  return { component, ...replacement ? { replacement } : {}, missingHash: dirhash === void 0, label: `${path} ${version}` };
}
function goComponent(path, version, details) {
  const slash = path.lastIndexOf("/");
  const properties = [
    ...details.dirhash ? [{ name: "chainmail:go:dirhash", value: details.dirhash }] : [],
    ...details.replaces ? [{ name: "chainmail:go:replaces", value: details.replaces }] : []
  ];
  return {
    purl: goPurl(path, version),
    ecosystem: "golang",
    name: slash < 0 ? path : path.slice(slash + 1),
    ...slash < 0 ? {} : { namespace: path.slice(0, slash) },
    version,
    hashes: [],
    scope: "required",
    source: details.source ?? "registry",
    ...details.resolved ? { resolved: details.resolved } : {},
    lockfile: details.lockfile,
    direct: details.direct,
    ...properties.length ? { properties } : {}
  };
}
function goPurl(path, version) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? makePurl("golang", void 0, path, version) : makePurl("golang", path.slice(0, slash), path.slice(slash + 1), version);
}
function siblingGoMod(lockfile) {
  const slash = lockfile.lastIndexOf("/");
  return slash < 0 ? "go.mod" : `${lockfile.slice(0, slash)}/go.mod`;
}
export {
  parseGoSum
};
