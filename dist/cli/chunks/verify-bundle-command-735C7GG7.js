const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  require_node_fs
} from "./chunk-5SRWHAS7.js";
import {
  BundleVerifier,
  DEFAULT_NETWORK,
  artifactFile,
  exactMatcher,
  loadTrustRoots,
  patternMatcher,
  signerName,
  verifyArtifact
} from "./chunk-3NZGVO2W.js";
import {
  booleanFlag,
  parseCommandLine,
  readTextLimitedAs,
  require_node_crypto,
  stringFlag
} from "./chunk-FLOUS6EE.js";
import {
  EXIT,
  UsageError,
  VERIFY_BUNDLE_USAGE
} from "./chunk-XNPR6T7V.js";
import "./chunk-HWVRGSAX.js";
import {
  ChainmailError,
  isChainmailError
} from "./chunk-PY6BUDAN.js";
import {
  __toESM
} from "./chunk-EOPBEMZW.js";

// src/cli/verify-bundle-command.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var FLAGS = {
  staging: { type: "boolean" },
  bundle: { type: "string" },
  key: { type: "string" },
  "trusted-root": { type: "string" },
  "certificate-identity": { type: "string" },
  "certificate-identity-regexp": { type: "string" },
  "certificate-oidc-issuer": { type: "string" },
  "certificate-oidc-issuer-regexp": { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function runVerifyBundle(args, io) {
  const parsed = parseCommandLine("chainmail verify-bundle", args, FLAGS, { min: 0, max: 1, name: "FILE_OR_DIGEST" });
  if (booleanFlag(parsed, "help")) {
    io.stdout(VERIFY_BUNDLE_USAGE);
    return EXIT.ok;
  }
  const target = parsed.positionals[0];
  if (target === void 0) throw new UsageError("chainmail verify-bundle: FILE_OR_DIGEST is required");
  const bundle = stringFlag(parsed, "bundle");
  if (bundle === void 0) throw new UsageError("chainmail verify-bundle: --bundle FILE is required");
  const keyPath = stringFlag(parsed, "key");
  const identity = keyPath === void 0 ? identityPolicy(parsed) : {};
  const trustedRootPath = stringFlag(parsed, "trusted-root");
  if (booleanFlag(parsed, "staging") && trustedRootPath === void 0) {
    throw new ChainmailError("TRUST_ROOT_INVALID", "--staging: chainmail embeds only the public-good root; give the staging instance's --trusted-root");
  }
  const roots = await loadTrustRoots(trustedRootPath !== void 0 ? { trustedRootPath } : {});
  const verifier = new BundleVerifier(roots, keyPath === void 0 ? void 0 : await publicKey(keyPath));
  const report = await verifyArtifact({
    artifact: await protocolArtifact(target),
    source: { kind: "path", path: bundle },
    identity,
    verifier,
    github: { apiUrl: "", token: "", network: DEFAULT_NETWORK }
  });
  const [verified] = report.attestations;
  if (report.verified && verified) {
    io.stdout(`verified ${bundle}: signed by ${signerName(verified.signer)} (${verified.instance})
`);
    return EXIT.ok;
  }
  const reasons = report.rejected.map((r) => `${r.source}: ${r.reason} [${r.code}]`).join("; ") || "no bundle";
  io.stderr(`chainmail verify-bundle: not verified: ${reasons}
`);
  return EXIT.failed;
}
async function protocolArtifact(target) {
  const match = /^sha256:([0-9a-fA-F]{64})$/.exec(target);
  if (match?.[1] && !(0, import_node_fs.existsSync)(target)) return { name: target, digests: { sha256: match[1].toLowerCase() } };
  return artifactFile(target);
}
function identityPolicy(parsed) {
  const matcher = (exact, regexp) => {
    const [value, pattern] = [stringFlag(parsed, exact), stringFlag(parsed, regexp)];
    if (value !== void 0 && pattern !== void 0) throw new UsageError(`chainmail verify-bundle: --${exact} and --${regexp}: give only one`);
    if (value === void 0 && pattern === void 0) throw new UsageError(`chainmail verify-bundle: --${exact} (or --${regexp}) is required without --key`);
    try {
      return value !== void 0 ? exactMatcher(value) : patternMatcher(pattern, `--${regexp}`);
    } catch (error) {
      throw isChainmailError(error) ? new UsageError(`chainmail verify-bundle: ${error.message}`) : error;
    }
  };
  const subjectAlternativeName = matcher("certificate-identity", "certificate-identity-regexp");
  const issuer = matcher("certificate-oidc-issuer", "certificate-oidc-issuer-regexp");
  return { ...subjectAlternativeName ? { subjectAlternativeName } : {}, ...issuer ? { issuer } : {} };
}
async function publicKey(path) {
  const pem = await readTextLimitedAs(path, 1024 * 1024, "INPUT_INVALID", "public key");
  try {
    return (0, import_node_crypto.createPublicKey)(pem);
  } catch (error) {
    throw new ChainmailError("INPUT_INVALID", `--key ${path} is not a PEM public key: ${error.message}`, { cause: error });
  }
}
export {
  runVerifyBundle
};
