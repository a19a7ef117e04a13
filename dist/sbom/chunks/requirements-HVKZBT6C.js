const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  artifact,
  normalizePypiName,
  pypiComponent
} from "./chunk-OQBZ5XEF.js";
import {
  parseAlgorithmHex
} from "./chunk-YAXPNKVC.js";
import {
  invalidAtLine
} from "./chunk-6F6VBXAP.js";
import "./chunk-FQL4H2QP.js";
import "./chunk-NUWRJM76.js";

// src/core/sbom/parsers/python/direct-reference.ts
var WHEEL = /^([^-]+)-([^-]+)-.*\.whl$/i;
var SDIST = /^(.+)-(\d[^-]*)\.(?:tar\.gz|tar\.bz2|tgz|zip)$/i;
function describeDirectReference(url) {
  const withoutFragment = url.replace(/#.*$/, "");
  const basename = withoutFragment.replace(/[/\\]+$/, "").split(/[/\\]/).pop()?.replace(/\.git$/, "") ?? withoutFragment;
  const vcs = /^(git|hg|svn|bzr)\+/i.exec(url);
  if (vcs) {
    const ref = vcsRef(withoutFragment);
    const repo = ref === void 0 ? withoutFragment : withoutFragment.slice(0, -(ref.length + 1));
    return {
      // git, hg, svn and bzr alike: code from a repository, not from the index.
      origin: { source: "git", resolved: withoutFragment },
      version: ref ?? "",
      basename: repo.replace(/\/+$/, "").split("/").pop()?.replace(/\.git$/, "") ?? repo,
      floating: ref === void 0
    };
  }
  const fromFile = fileNameVersion(basename);
  const remote = /^(?:https?|ftp):\/\//i.test(url);
  return {
    origin: { source: remote ? "tarball" : "path", resolved: withoutFragment },
    version: fromFile?.version ?? "",
    ...fromFile ? { nameFromFile: fromFile.name } : {},
    basename,
    floating: false
  };
}
function vcsRef(url) {
  const scheme = url.indexOf("://");
  const pathStart = scheme < 0 ? 0 : url.indexOf("/", scheme + 3);
  if (pathStart < 0) return void 0;
  const at = url.indexOf("@", pathStart);
  return at < 0 ? void 0 : url.slice(at + 1) || void 0;
}
function fileNameVersion(file) {
  const match = WHEEL.exec(file) ?? SDIST.exec(file);
  return match ? { name: match[1], version: match[2] } : void 0;
}

// src/core/sbom/parsers/python/logical-lines.ts
var COMMENT = /(^|\s+)#(.*)$/;
function logicalLines(text) {
  const lines = [];
  const physical = text.split(/\r\n|\n|\r/);
  let pieces = [];
  let first = 0;
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i];
    const isComment = /^\s*#/.test(raw);
    if (raw.endsWith("\\") && !isComment) {
      if (pieces.length === 0) first = i + 1;
      pieces.push(raw.slice(0, -1));
      continue;
    }
    const start = pieces.length === 0 ? i + 1 : first;
    pieces.push(isComment ? ` ${raw}` : raw);
    lines.push(split(start, pieces.join("")));
    pieces = [];
  }
  if (pieces.length > 0) lines.push(split(first, pieces.join("")));
  return lines;
}
function split(line, joined) {
  const match = COMMENT.exec(joined);
  if (match === null) return { line, content: joined.trim() };
  return { line, content: joined.slice(0, match.index).trim(), comment: match[2].trimEnd() };
}

// src/core/sbom/parsers/python/requirement-line.ts
var INCLUDES = {
  "-r": "requirements",
  "--requirement": "requirements",
  "-c": "constraints",
  "--constraint": "constraints"
};
var EDITABLE = /* @__PURE__ */ new Set(["-e", "--editable"]);
var KNOWN_OPTIONS = /* @__PURE__ */ new Set([
  "-i",
  "--index-url",
  "--extra-index-url",
  "--no-index",
  "-f",
  "--find-links",
  "--trusted-host",
  "--pre",
  "--prefer-binary",
  "--require-hashes",
  "--only-binary",
  "--no-binary",
  "--use-feature"
]);
var NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(.*)$/;
var CLAUSE = /^(~=|===|==|!=|<=|>=|<|>)\s*[^\s,;]+$/;
function parseRequirementLine(content, fail) {
  if (content.startsWith("-")) return parseOption(content, fail);
  const { requirement, options } = splitOptions(content);
  return parseRequirement(requirement, hashOptions(options, fail), fail);
}
function parseOption(content, fail) {
  const [flag, value] = flagAndValue(content);
  const include = INCLUDES[flag];
  if (include !== void 0) {
    if (value === "") throw fail(`${flag} needs a file name`);
    return { kind: "include", include: { path: value, kind: include } };
  }
  if (EDITABLE.has(flag)) {
    if (value === "") throw fail(`${flag} needs a path or VCS URL`);
    return parseRequirement(value, [], fail);
  }
  return KNOWN_OPTIONS.has(flag) ? { kind: "option" } : { kind: "unknown-option", option: flag };
}
function flagAndValue(content) {
  const long = /^(--[a-z-]+)(?:=|\s+|$)(.*)$/.exec(content);
  if (long) return [long[1], long[2].trim()];
  return [content.slice(0, 2), content.slice(2).trim()];
}
function splitOptions(content) {
  const tokens = content.split(/\s+/);
  const first = tokens.findIndex((t) => t.startsWith("-"));
  if (first < 0) return { requirement: content, options: [] };
  return { requirement: tokens.slice(0, first).join(" "), options: tokens.slice(first) };
}
function hashOptions(tokens, fail) {
  const hashes = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token !== "--hash" && !token.startsWith("--hash=")) continue;
    const value = token === "--hash" ? tokens[++i] ?? "" : token.slice("--hash=".length);
    const hash = /^sha(256|384|512):/i.test(value) ? parseAlgorithmHex(value) : void 0;
    if (hash === void 0) throw fail(`--hash=${value} is not a hash; expected sha256:<64 hex> (or sha384, sha512)`);
    hashes.push(hash);
  }
  return hashes;
}
function parseRequirement(text, hashes, fail) {
  if (isDirectReference(text)) {
    const url = text.split(/\s+;/)[0]?.trim() ?? text;
    const egg = /[#&]egg=([^&\s]+)/.exec(url)?.[1];
    return { kind: "requirement", url, hashes, ...egg ? { name: egg.replace(/\[.*$/, "") } : {} };
  }
  const match = NAME.exec(text);
  if (match === null) throw fail(`"${text}" is not a requirement; expected name==version, a URL or a path`);
  const [, name, rest] = match;
  const body = rest.split(";")[0]?.trim() ?? "";
  if (body.startsWith("@")) return { kind: "requirement", name, url: body.slice(1).trim(), hashes };
  const specifier = body.replace(/^\((.*)\)$/, "$1").replace(/\s+/g, "");
  if (specifier !== "" && !specifier.split(",").every((clause) => CLAUSE.test(clause))) {
    throw fail(`"${text}" has a malformed version specifier "${body}"; expected e.g. ==1.2.3 or >=1,<2`);
  }
  return { kind: "requirement", name, specifier, hashes };
}
function isDirectReference(text) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(?:\.{1,2}[/\\]|\/|~|file:)/.test(text) || /^\.{1,2}$/.test(text) || /\.(?:whl|tar\.gz|zip|tar\.bz2|tgz)$/i.test(text.split(/\s/)[0] ?? "");
}
function pinnedVersion(specifier) {
  const match = /^===?([^,*]+)$/.exec(specifier);
  return match?.[1];
}

// src/core/sbom/parsers/python/via-annotations.ts
var ViaAnnotations = class {
  lists = /* @__PURE__ */ new Map();
  current = -1;
  collecting = false;
  /** A content line: later `# via` comments are about requirement `index` (-1: a line that made no component). */
  requirement(index) {
    this.current = index;
    this.collecting = false;
  }
  comment(raw) {
    const via = /^\s*via(?:\s+(.*))?$/.exec(raw);
    if (via) {
      this.collecting = via[1] === void 0;
      if (via[1] !== void 0) this.add(via[1].split(",").map((s) => s.trim()).filter((s) => s !== ""));
      else this.add([]);
      return;
    }
    if (this.collecting && /^\s{2,}\S/.test(raw)) this.add([raw.trim()]);
    else this.collecting = false;
  }
  /** [requirement index, the names and `-r file` entries it is there via]. */
  annotated() {
    return this.lists.entries();
  }
  add(items) {
    if (this.current < 0) return;
    const list = this.lists.get(this.current) ?? [];
    list.push(...items);
    this.lists.set(this.current, list);
  }
};

// src/core/sbom/parsers/python/requirements.ts
function parseRequirements(text, lockfile) {
  const components = [];
  const warnings = [];
  const unpinned = [];
  const includes = [];
  const via = new ViaAnnotations();
  for (const { line, content, comment } of logicalLines(text)) {
    if (content === "") {
      if (comment !== void 0) via.comment(comment);
      continue;
    }
    const parsed = parseRequirementLine(content, (what) => invalidAtLine(lockfile, line, what));
    via.requirement(-1);
    if (parsed.kind === "include") includes.push({ ...parsed.include, line });
    else if (parsed.kind === "unknown-option") warnings.push({ lockfile, message: `line ${line}: pip does not know the option ${parsed.option}; ignored` });
    else if (parsed.kind === "requirement") {
      const made = toComponent(parsed, lockfile, line);
      if (made.unpinned) {
        unpinned.push(made.unpinned);
        warnings.push({ lockfile, message: `line ${line}: ${made.unpinned.name} is not pinned to one version (${made.unpinned.specifier || "no version"}); the SBOM cannot list the version that installs` });
      }
      if (made.component) via.requirement(components.push(made.component) - 1);
    }
    if (comment !== void 0) via.comment(comment);
  }
  const { direct, edges } = resolveVia(components, via);
  return {
    lockfile,
    ecosystem: "pypi",
    components: components.map((c, i) => direct[i] === false ? { ...c, direct: false } : c),
    edges,
    warnings,
    facts: { unpinned, includes }
  };
}
function toComponent(spec, lockfile, line) {
  if (spec.url !== void 0) {
    const ref = describeDirectReference(spec.url);
    const name2 = spec.name ?? ref.nameFromFile ?? ref.basename;
    const component = pypiComponent({
      name: name2,
      version: ref.version,
      origin: ref.origin,
      artifacts: [artifact(void 0, spec.hashes)],
      scope: "required",
      direct: true
    }, lockfile);
    return { component, ...ref.floating ? { unpinned: { name: component.name, specifier: spec.url, line } } : {} };
  }
  const name = spec.name;
  const version = pinnedVersion(spec.specifier ?? "");
  if (version === void 0) return { unpinned: { name: normalizePypiName(name), specifier: spec.specifier ?? "", line } };
  const artifacts = spec.hashes.map((hash) => artifact(void 0, [hash]));
  return { component: pypiComponent({ name, version, origin: { source: "registry" }, artifacts, scope: "required", direct: true }, lockfile) };
}
function resolveVia(components, via) {
  const byName = /* @__PURE__ */ new Map();
  for (const c of components) {
    const list = byName.get(c.name);
    if (list) list.push(c.purl);
    else byName.set(c.name, [c.purl]);
  }
  const direct = [];
  const edges = [];
  for (const [index, items] of via.annotated()) {
    const child = components[index];
    direct[index] = items.some((item) => item.startsWith("-r"));
    for (const item of items) {
      if (item.startsWith("-")) continue;
      for (const from of byName.get(normalizePypiName(item.replace(/\[.*$/, "").split(/\s/)[0] ?? item)) ?? []) {
        edges.push({ from, to: child.purl });
      }
    }
  }
  return { direct, edges };
}
export {
  parseRequirements
};
