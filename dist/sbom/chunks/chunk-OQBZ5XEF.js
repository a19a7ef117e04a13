const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  placeHashes
} from "./chunk-YAXPNKVC.js";
import {
  makePurl
} from "./chunk-6F6VBXAP.js";

// src/core/sbom/parsers/python/pypi.ts
function normalizePypiName(name) {
  return name.replace(/[-_.]+/g, "-").toLowerCase();
}
var PUBLIC_INDEX = /^https?:\/\/(?:pypi\.org|pypi\.python\.org|files\.pythonhosted\.org)(?:\/|$)/;
function pypiPurl(name, version, origin) {
  const qualifiers = {};
  if (origin.source === "git") qualifiers.vcs_url = origin.resolved;
  else if (origin.source === "tarball") qualifiers.download_url = origin.resolved;
  else if (origin.source === "registry" && origin.index !== void 0 && !PUBLIC_INDEX.test(origin.index)) {
    qualifiers.repository_url = origin.index;
  }
  return makePurl("pypi", void 0, normalizePypiName(name), version, qualifiers);
}
function pypiComponent(entry, lockfile) {
  const placed = placeHashes(entry.artifacts);
  return {
    purl: pypiPurl(entry.name, entry.version, entry.origin),
    ecosystem: "pypi",
    name: normalizePypiName(entry.name),
    version: entry.version,
    hashes: placed.hashes,
    scope: entry.scope,
    source: entry.origin.source,
    ...entry.origin.resolved !== void 0 ? { resolved: entry.origin.resolved } : {},
    lockfile,
    direct: entry.direct,
    ...placed.distributions ? { distributions: placed.distributions } : {}
  };
}
function artifact(name, hashes) {
  return name === void 0 ? { hashes } : { name, hashes };
}

export {
  normalizePypiName,
  pypiPurl,
  pypiComponent,
  artifact
};
