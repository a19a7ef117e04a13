const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);

// src/core/sbom/parsers/support/hashes.ts
var ALGORITHMS = {
  md5: { algorithm: "MD5", hexLength: 32 },
  sha1: { algorithm: "SHA-1", hexLength: 40 },
  sha256: { algorithm: "SHA-256", hexLength: 64 },
  sha384: { algorithm: "SHA-384", hexLength: 96 },
  sha512: { algorithm: "SHA-512", hexLength: 128 }
};
function parseAlgorithmHex(text) {
  const colon = text.indexOf(":");
  if (colon < 0) return void 0;
  return hexHash(text.slice(0, colon).toLowerCase(), text.slice(colon + 1));
}
function hexHash(algorithmName, hex) {
  const known = ALGORITHMS[algorithmName];
  if (known === void 0 || hex.length !== known.hexLength || !/^[0-9a-fA-F]+$/.test(hex)) return void 0;
  return { algorithm: known.algorithm, hex: hex.toLowerCase() };
}
function placeHashes(artifacts) {
  const withHashes = artifacts.filter((a) => a.hashes.length > 0);
  if (withHashes.length === 0) return { hashes: [] };
  if (withHashes.length === 1) return { hashes: [...withHashes[0].hashes] };
  return { hashes: [], distributions: withHashes };
}

export {
  parseAlgorithmHex,
  hexHash,
  placeHashes
};
