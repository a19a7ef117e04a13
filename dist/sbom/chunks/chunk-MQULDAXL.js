const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);

// src/core/sbom/parsers/support/scope-walk.ts
var STRENGTH = ["required", "optional", "excluded"];
function scopesByReachability(starts, dependenciesOf) {
  const scopes = /* @__PURE__ */ new Map();
  for (const scope of STRENGTH) {
    const queue = starts.filter((s) => s.scope === scope && !scopes.has(s.id)).map((s) => s.id);
    for (const id of queue) scopes.set(id, scope);
    for (let i = 0; i < queue.length; i++) {
      for (const next of dependenciesOf(queue[i])) {
        if (scopes.has(next)) continue;
        scopes.set(next, scope);
        queue.push(next);
      }
    }
  }
  return scopes;
}

export {
  scopesByReachability
};
