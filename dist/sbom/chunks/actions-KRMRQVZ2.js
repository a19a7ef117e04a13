const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  require_dist
} from "./chunk-EDRHFSKA.js";
import {
  invalidAtLine,
  makePurl
} from "./chunk-6F6VBXAP.js";
import "./chunk-FQL4H2QP.js";
import {
  __toESM
} from "./chunk-NUWRJM76.js";

// src/core/sbom/parsers/actions.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/sbom/parsers/actions/uses.ts
var FULL_SHA = /^[0-9a-f]{40}$/;
var ACTION = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)((?:\/[^@\s]+)?)@([^\s@]+)$/;
function usesTarget(uses) {
  if (uses.startsWith("./") || uses.startsWith(".\\")) return { kind: "local", pinned: true };
  if (uses.startsWith("docker://")) return dockerTarget(uses.slice("docker://".length));
  const match = ACTION.exec(uses);
  if (match === null) return void 0;
  const [, owner, repo, path, ref] = match;
  const subpath = path.replace(/^\//, "");
  return {
    kind: /^\.github\/workflows\/[^/]+\.ya?ml$/.test(subpath) ? "reusable-workflow" : "action",
    pinned: FULL_SHA.test(ref),
    component: {
      purl: makePurl("githubactions", owner, repo, ref, void 0, subpath),
      namespace: owner,
      name: repo,
      version: ref,
      resolved: `git+https://github.com/${owner}/${repo}@${ref}`
    }
  };
}
function dockerTarget(image) {
  const match = /^([^@\s]+?)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?$/.exec(image);
  if (match === null || match[1] === void 0) return void 0;
  const [, path, tag, digest] = match;
  const parts = path.split("/");
  const registry = parts.length > 1 && /[.:]|^localhost$/.test(parts[0]) ? parts.shift() : void 0;
  const name = parts.pop();
  const namespace = parts.length > 0 ? parts.join("/") : void 0;
  const version = digest ?? tag ?? "latest";
  return {
    kind: "docker",
    pinned: digest !== void 0,
    component: {
      purl: makePurl("docker", namespace, name, version, { repository_url: registry }),
      ...namespace ? { namespace } : {},
      name,
      version,
      resolved: `docker://${image}`
    }
  };
}

// src/core/sbom/parsers/actions.ts
function parseWorkflowUses(text, lockfile) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) throw invalidAtLine(lockfile, error.linePos?.[0].line ?? 1, `not valid YAML: ${error.message.split("\n")[0]}`, error);
  const lineOf = (node) => lineCounter.linePos(node.range?.[0] ?? 0).line;
  const components = /* @__PURE__ */ new Map();
  const references = [];
  for (const node of usesNodes(doc.contents)) {
    const line = lineOf(node);
    if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string") throw invalidAtLine(lockfile, line, "uses must be a string");
    const uses = node.value.trim();
    const target = usesTarget(uses);
    if (target === void 0) {
      throw invalidAtLine(lockfile, line, `uses: ${uses} is not a reference GitHub runs; expected owner/repo[/path]@ref, docker://image or ./path`);
    }
    const made = target.component;
    references.push({ uses, line, kind: target.kind, pinned: target.pinned, ...made ? { purl: made.purl } : {} });
    if (made === void 0 || components.has(made.purl)) continue;
    components.set(made.purl, {
      purl: made.purl,
      ecosystem: "github",
      name: made.name,
      ...made.namespace ? { namespace: made.namespace } : {},
      version: made.version,
      hashes: [],
      scope: "excluded",
      source: target.kind === "docker" ? "registry" : "git",
      resolved: made.resolved,
      lockfile,
      direct: true
    });
  }
  return { lockfile, ecosystem: "github", components: [...components.values()], edges: [], warnings: [], facts: { actionReferences: references } };
}
function* usesNodes(root) {
  if (!(0, import_yaml.isMap)(root)) return;
  const jobs = root.get("jobs", true);
  if ((0, import_yaml.isMap)(jobs)) {
    for (const pair of jobs.items) {
      if (!(0, import_yaml.isMap)(pair.value)) continue;
      const reusable = pair.value.get("uses", true);
      if (reusable) yield reusable;
      yield* stepUses(pair.value.get("steps", true));
    }
  }
  const runs = root.get("runs", true);
  if ((0, import_yaml.isMap)(runs)) {
    yield* stepUses(runs.get("steps", true));
    const image = runs.get("image", true);
    if ((0, import_yaml.isScalar)(image) && typeof image.value === "string" && image.value.startsWith("docker://")) yield image;
  }
}
function* stepUses(steps) {
  if (!(0, import_yaml.isSeq)(steps)) return;
  for (const step of steps.items) {
    if (!(0, import_yaml.isMap)(step)) continue;
    const uses = step.get("uses", true);
    if (uses) yield uses;
  }
}
export {
  parseWorkflowUses
};
