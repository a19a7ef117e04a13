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
  invalidAtLine
} from "./chunk-6F6VBXAP.js";
import {
  __toESM
} from "./chunk-NUWRJM76.js";

// src/core/sbom/parsers/js/yaml-text.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlDocuments(text, file) {
  const documents = (0, import_yaml.parseAllDocuments)(text, { uniqueKeys: true, prettyErrors: true, strict: true });
  if (!Array.isArray(documents)) return [];
  return documents.map((document) => {
    const error = document.errors[0];
    if (error !== void 0) {
      const line = error.linePos?.[0].line ?? 1;
      const what = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "invalid YAML";
      throw invalidAtLine(file, line, `not valid YAML: ${what}`, error);
    }
    return document.toJS({ maxAliasCount: 100 });
  });
}

// src/core/sbom/parsers/js/reach-scopes.ts
function scopesByReach(roots, needsOf) {
  const scopes = /* @__PURE__ */ new Map();
  const spread = (starts, scope, follow) => {
    const queue = [];
    for (const id of starts) if (!scopes.has(id)) {
      scopes.set(id, scope);
      queue.push(id);
    }
    for (let i = 0; i < queue.length; i++) {
      for (const next of follow(needsOf(queue[i]))) {
        if (!scopes.has(next)) {
          scopes.set(next, scope);
          queue.push(next);
        }
      }
    }
    return queue;
  };
  const required = spread(roots.required, "required", (n) => n.required);
  const optionalStarts = [...roots.optional];
  for (const id of required) optionalStarts.push(...needsOf(id).optional);
  const all = (n) => [...n.required, ...n.optional];
  spread(optionalStarts, "optional", all);
  spread(roots.dev, "excluded", all);
  return scopes;
}

export {
  scopesByReach,
  parseYamlDocuments
};
