const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  isTable,
  parseTomlFile
} from "./chunk-FJAHU5GY.js";
import {
  normalizePypiName,
  pypiPurl
} from "./chunk-ZIE4XART.js";

// src/core/sbom/parsers/python/pyproject.ts
function readPyproject(text, file = "pyproject.toml") {
  const toml = parseTomlFile(text, file);
  const project = table(toml.project);
  const poetry = table(table(toml.tool).poetry);
  const uv = table(table(toml.tool).uv);
  const main = /* @__PURE__ */ new Set([...pep508Names(project.dependencies), ...keyNames(poetry.dependencies)]);
  const optional = new Set(Object.values(table(project["optional-dependencies"])).flatMap(pep508Names));
  const dev = /* @__PURE__ */ new Set([
    ...Object.values(table(toml["dependency-groups"])).flatMap(pep508Names),
    ...keyNames(poetry["dev-dependencies"]),
    ...Object.entries(table(poetry.group)).filter(([group]) => group !== "main").flatMap(([, g]) => keyNames(table(g).dependencies)),
    ...pep508Names(uv["dev-dependencies"])
  ]);
  for (const name2 of keyNames(table(table(poetry.group).main).dependencies)) main.add(name2);
  main.delete("python");
  const name = str(project.name) ?? str(poetry.name);
  const version = str(project.version) ?? str(poetry.version);
  const root = name === void 0 ? void 0 : { name, ...version ? { version } : {}, purl: pypiPurl(name, version ?? "", { source: "registry" }) };
  return { ...root ? { root } : {}, main, optional, dev };
}
function table(value) {
  return isTable(value) ? value : {};
}
function str(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function keyNames(value) {
  return Object.keys(table(value)).map(normalizePypiName);
}
function pep508Names(value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const name = typeof entry === "string" ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(entry)?.[1] : void 0;
    return name === void 0 ? [] : [normalizePypiName(name.replace(/[._-]+$/, ""))];
  });
}

export {
  readPyproject
};
