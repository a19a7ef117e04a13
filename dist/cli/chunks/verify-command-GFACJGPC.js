const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  BundleVerifier,
  DEFAULT_NETWORK,
  GITHUB_ACTIONS_ISSUER,
  artifactDigest,
  artifactFile,
  exactMatcher,
  isUri,
  loadTrustRoots,
  patternMatcher,
  require_node_os,
  signerName,
  verifyArtifact
} from "./chunk-3NZGVO2W.js";
import {
  booleanFlag,
  parseCommandLine,
  require_node_path,
  stringFlag
} from "./chunk-FLOUS6EE.js";
import {
  EXIT,
  UsageError,
  VERIFY_USAGE
} from "./chunk-XNPR6T7V.js";
import "./chunk-HWVRGSAX.js";
import {
  ChainmailError,
  isChainmailError
} from "./chunk-PY6BUDAN.js";
import {
  __toESM
} from "./chunk-EOPBEMZW.js";

// src/cli/render-text.ts
function renderText(report) {
  const digest = report.artifact.digest.sha256 ? `sha256:${report.artifact.digest.sha256}` : Object.entries(report.artifact.digest).map(([a, h]) => `${a}:${h}`)[0];
  const total = report.attestations.length + report.rejected.length;
  const lines = [];
  if (report.verified) {
    lines.push(`Verified ${report.artifact.name} (${digest}): ${report.attestations.length} of ${total} bundle(s) from ${report.source} satisfied the policy`);
    for (const attestation of report.attestations) lines.push(...describeAttestation(attestation));
  } else if (total === 0) {
    lines.push(`Not verified: ${report.artifact.name} (${digest}): no bundle found in ${report.source} [${report.error?.code ?? "NO_ATTESTATION"}]`);
  } else {
    lines.push(`Not verified: ${report.artifact.name} (${digest}): none of ${total} bundle(s) from ${report.source} satisfied the policy [${report.error?.code ?? "VERIFICATION_FAILED"}]`);
  }
  if (report.rejected.length > 0) {
    lines.push(report.verified ? "Also found, not accepted:" : "Rejected:");
    for (const r of report.rejected) lines.push(`  - ${r.source}: ${r.reason} [${r.code}]`);
  }
  return `${lines.join("\n")}
`;
}
function describeAttestation(a) {
  const rows = [["signer", signerName(a.signer)]];
  if (!("key" in a.signer)) {
    const s = a.signer;
    const source = s.sourceRepositoryURI ? `${s.sourceRepositoryURI}${s.sourceRepositoryRef ? ` @ ${s.sourceRepositoryRef}` : ""}${s.sourceRepositoryDigest ? ` (commit ${s.sourceRepositoryDigest})` : ""}` : void 0;
    rows.push(["issuer", s.issuer], ["source", source], ["runner", s.runnerEnvironment], ["run", s.runInvocationURI]);
  }
  rows.push(["predicate", a.predicateType ?? "(message signature)"], ["instance", a.instance]);
  return [`  ${a.source}`, ...rows.filter((r) => r[1] !== void 0).map(([k, v]) => `    ${`${k}:`.padEnd(11)}${v}`)];
}

// src/core/predicates/slsa-provenance/v1/types.ts
var SLSA_PROVENANCE_V1_TYPE = "https://slsa.dev/provenance/v1";

// src/core/defined.ts
function definedOnly(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}

// src/core/verify/signer-options.ts
function identityPolicyFor(options, flag) {
  const problems = [];
  const both = (a, b) => {
    if (options[a] !== void 0 && options[b] !== void 0) problems.push(`${flag(a)} and ${flag(b)}: give only one`);
  };
  both("certIdentity", "certIdentityRegexp");
  both("certOidcIssuer", "certOidcIssuerRegexp");
  if (options.repo !== void 0 && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repo)) problems.push(`${flag("repo")}: "${options.repo}" is not owner/repo`);
  if (options.owner !== void 0 && !/^[A-Za-z0-9_.-]+$/.test(options.owner)) problems.push(`${flag("owner")}: "${options.owner}" is not a GitHub user or organization name`);
  const names = options.repo ?? options.owner ?? options.signerWorkflow ?? options.certIdentity ?? options.certIdentityRegexp;
  if (names === void 0) {
    problems.push(`${flag("repo")}, ${flag("owner")}, ${flag("signerWorkflow")} or ${flag("certIdentity")}: give at least one; a policy must name who signed`);
  }
  if (problems.length > 0) throw new ChainmailError("INPUT_INVALID", problems.join("; "));
  const host = options.host ?? "github.com";
  const pattern = (source, name) => patternMatcher(source, flag(name));
  const issuer = options.certOidcIssuerRegexp !== void 0 ? pattern(options.certOidcIssuerRegexp, "certOidcIssuerRegexp") : exactMatcher(options.certOidcIssuer ?? GITHUB_ACTIONS_ISSUER);
  let subjectAlternativeName;
  if (options.certIdentity !== void 0) subjectAlternativeName = exactMatcher(options.certIdentity);
  else if (options.certIdentityRegexp !== void 0) subjectAlternativeName = pattern(options.certIdentityRegexp, "certIdentityRegexp");
  else if (options.signerWorkflow === void 0 && (options.repo ?? options.owner) !== void 0) {
    subjectAlternativeName = patternMatcher(`(?i:${escapeRegExp(`https://${host}/${options.repo ?? options.owner}/`)}).*`, flag(options.repo ? "repo" : "owner"));
  }
  return {
    issuer,
    ...subjectAlternativeName ? { subjectAlternativeName } : {},
    ...options.host ? { host } : {},
    ...definedOnly({
      owner: options.owner,
      repository: options.repo,
      signerWorkflow: options.signerWorkflow,
      signerDigest: options.signerDigest,
      sourceRef: options.sourceRef,
      sourceDigest: options.sourceDigest
    }),
    ...options.denySelfHostedRunners ? { denySelfHostedRunners: true } : {}
  };
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/cli/trust-flags.ts
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var TRUST_FLAGS = {
  "trusted-root": { type: "string" },
  tuf: { type: "boolean" },
  "tuf-mirror": { type: "string" },
  "tuf-root": { type: "string" },
  "tuf-cache": { type: "string" }
};
function trustOptions(parsed, io) {
  const trustedRootPath = stringFlag(parsed, "trusted-root");
  const mirror = stringFlag(parsed, "tuf-mirror");
  const rootPath = stringFlag(parsed, "tuf-root");
  const cache = stringFlag(parsed, "tuf-cache");
  const tuf = booleanFlag(parsed, "tuf");
  if (!tuf && (mirror ?? rootPath ?? cache) !== void 0) {
    throw new UsageError(`--${mirror ? "tuf-mirror" : rootPath ? "tuf-root" : "tuf-cache"} goes with --tuf`);
  }
  if (mirror !== void 0 && !/^https?:\/\/[^\s]+$/.test(mirror)) throw new UsageError("--tuf-mirror expects an http(s) URL");
  return {
    ...trustedRootPath !== void 0 ? { trustedRootPath } : {},
    ...tuf ? {
      tuf: {
        cachePath: cache ?? defaultTufCache(io.env),
        network: DEFAULT_NETWORK,
        ...mirror !== void 0 ? { mirrorURL: mirror } : {},
        ...rootPath !== void 0 ? { rootPath } : {}
      }
    } : {}
  };
}
function defaultTufCache(env) {
  if (env.RUNNER_TOOL_CACHE) return (0, import_node_path.join)(env.RUNNER_TOOL_CACHE, "chainmail", "tuf");
  return (0, import_node_path.join)(env.XDG_CACHE_HOME || (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache"), "chainmail", "tuf");
}

// src/cli/verify-flags.ts
var VERIFY_FLAGS = {
  bundle: { type: "string" },
  repo: { type: "string" },
  release: { type: "string" },
  owner: { type: "string" },
  "signer-workflow": { type: "string" },
  "signer-digest": { type: "string" },
  "source-ref": { type: "string" },
  "source-digest": { type: "string" },
  "deny-self-hosted-runners": { type: "boolean" },
  "cert-identity": { type: "string" },
  "cert-identity-regexp": { type: "string" },
  "cert-oidc-issuer": { type: "string" },
  "cert-oidc-issuer-regexp": { type: "string" },
  hostname: { type: "string" },
  "predicate-type": { type: "string" },
  format: { type: "string" },
  "api-url": { type: "string" },
  token: { type: "string" },
  help: { type: "boolean", short: "h" },
  ...TRUST_FLAGS
};
var SIGNER_FLAGS = {
  repo: "--repo",
  owner: "--owner",
  signerWorkflow: "--signer-workflow",
  signerDigest: "--signer-digest",
  sourceRef: "--source-ref",
  sourceDigest: "--source-digest",
  denySelfHostedRunners: "--deny-self-hosted-runners",
  certIdentity: "--cert-identity",
  certIdentityRegexp: "--cert-identity-regexp",
  certOidcIssuer: "--cert-oidc-issuer",
  certOidcIssuerRegexp: "--cert-oidc-issuer-regexp"
};
function parseVerifyFlags(args, io) {
  const parsed = parseCommandLine("chainmail verify", args, VERIFY_FLAGS, { min: 0, max: 1, name: "<artifact>" });
  if (booleanFlag(parsed, "help")) return "help";
  const artifact = parsed.positionals[0];
  if (artifact === void 0) throw new UsageError("chainmail verify: <artifact> is required (a file, or sha256:<hex>)");
  const source = bundleSource(parsed);
  checkArtifact(artifact, source);
  const format = stringFlag(parsed, "format") ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError("--format expects text or json");
  const predicateType = stringFlag(parsed, "predicate-type") ?? SLSA_PROVENANCE_V1_TYPE;
  if (!isUri(predicateType)) throw new UsageError("--predicate-type expects a URI, e.g. https://slsa.dev/provenance/v1");
  const apiUrl = (stringFlag(parsed, "api-url") ?? io.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  if (!/^https?:\/\/[^\s]+$/.test(apiUrl)) throw new UsageError("--api-url expects an http(s) URL");
  return {
    artifact,
    source,
    identity: signerPolicy(parsed),
    predicateType,
    trust: trustOptions(parsed, io),
    format,
    apiUrl,
    token: stringFlag(parsed, "token") ?? io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? ""
  };
}
function checkArtifact(artifact, source) {
  let digest;
  try {
    digest = artifactDigest(artifact, "<artifact>");
  } catch (error) {
    throw new UsageError(`chainmail verify: ${error.message}`);
  }
  if (digest && source.kind === "attestations" && digest.digests.sha256 === void 0) {
    throw new UsageError("chainmail verify: the attestations API (--repo) is searched by sha256: give the file, or its sha256:<hex> digest");
  }
}
function bundleSource(parsed) {
  const bundle = stringFlag(parsed, "bundle");
  const repo = stringFlag(parsed, "repo");
  const release = stringFlag(parsed, "release");
  if (bundle !== void 0 && release !== void 0) throw new UsageError("--bundle and --release: give only one source of bundles");
  if (bundle !== void 0) return { kind: "path", path: bundle };
  if (release !== void 0 && repo === void 0) throw new UsageError("--release goes with --repo OWNER/REPO (the repository of the release)");
  if (repo === void 0) throw new UsageError("chainmail verify: give --bundle PATH, or --repo OWNER/REPO (with --release TAG for release assets)");
  return release !== void 0 ? { kind: "release", repository: repo, tag: release } : { kind: "attestations", repository: repo };
}
function signerPolicy(parsed) {
  const options = {};
  for (const [key, flag] of Object.entries(SIGNER_FLAGS)) {
    options[key] = key === "denySelfHostedRunners" ? booleanFlag(parsed, flag.slice(2)) : stringFlag(parsed, flag.slice(2));
  }
  const host = stringFlag(parsed, "hostname");
  try {
    return identityPolicyFor({ ...options, ...host ? { host } : {} }, (name) => SIGNER_FLAGS[name]);
  } catch (error) {
    if (isChainmailError(error) && error.code === "INPUT_INVALID") throw new UsageError(error.message);
    throw error;
  }
}

// src/cli/verify-command.ts
async function runVerify(args, io) {
  const command = parseVerifyFlags(args, io);
  if (command === "help") {
    io.stdout(VERIFY_USAGE);
    return EXIT.ok;
  }
  try {
    const report = await verify(command);
    io.stdout(command.format === "json" ? `${JSON.stringify(report, null, 2)}
` : renderText(report));
    if (!report.verified) io.stderr(`chainmail verify: ${report.artifact.name} is not verified [${report.error?.code ?? "VERIFICATION_FAILED"}]
`);
    return report.verified ? EXIT.ok : EXIT.failed;
  } catch (error) {
    if (command.format === "json" && isChainmailError(error)) {
      io.stdout(`${JSON.stringify({ verified: false, artifact: { name: command.artifact }, attestations: [], rejected: [], error: { code: error.code, message: error.message } }, null, 2)}
`);
    }
    throw error;
  }
}
async function verify(command) {
  const artifact = artifactDigest(command.artifact, "<artifact>") ?? await artifactFile(command.artifact);
  const verifier = new BundleVerifier(await loadTrustRoots(command.trust));
  return verifyArtifact({
    artifact,
    source: command.source,
    identity: command.identity,
    predicateType: command.predicateType,
    verifier,
    github: { apiUrl: command.apiUrl, token: command.token, network: DEFAULT_NETWORK }
  });
}
export {
  runVerify
};
