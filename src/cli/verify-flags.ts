import { isChainmailError } from '../core/errors.js';
import { isUri } from '../core/intoto/index.js';
import { SLSA_PROVENANCE_V1_TYPE } from '../core/predicates/slsa-provenance/v1/index.js';
import type { IdentityPolicy } from '../core/verify/identity-policy.js';
import { identityPolicyFor, type SignerOptionName, type SignerOptions } from '../core/verify/signer-options.js';
import { artifactDigest } from '../verify/artifact.js';
import type { BundleSource } from '../verify/sources.js';
import type { TrustOptions } from '../verify/trust.js';
import { booleanFlag, parseCommandLine, stringFlag, type Parsed } from './args.js';
import type { CliIo } from './io.js';
import { TRUST_FLAGS, trustOptions } from './trust-flags.js';
import { UsageError } from './usage-error.js';

export const VERIFY_FLAGS = {
  bundle: { type: 'string' }, repo: { type: 'string' }, release: { type: 'string' }, owner: { type: 'string' },
  'signer-workflow': { type: 'string' }, 'signer-digest': { type: 'string' }, 'source-ref': { type: 'string' },
  'source-digest': { type: 'string' }, 'deny-self-hosted-runners': { type: 'boolean' },
  'cert-identity': { type: 'string' }, 'cert-identity-regexp': { type: 'string' },
  'cert-oidc-issuer': { type: 'string' }, 'cert-oidc-issuer-regexp': { type: 'string' }, hostname: { type: 'string' },
  'predicate-type': { type: 'string' }, format: { type: 'string' }, 'api-url': { type: 'string' }, token: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  ...TRUST_FLAGS,
} as const;

/** The flag of each signer option. */
const SIGNER_FLAGS: Record<SignerOptionName, string> = {
  repo: '--repo', owner: '--owner', signerWorkflow: '--signer-workflow', signerDigest: '--signer-digest',
  sourceRef: '--source-ref', sourceDigest: '--source-digest', denySelfHostedRunners: '--deny-self-hosted-runners',
  certIdentity: '--cert-identity', certIdentityRegexp: '--cert-identity-regexp',
  certOidcIssuer: '--cert-oidc-issuer', certOidcIssuerRegexp: '--cert-oidc-issuer-regexp',
};

export interface VerifyCommand {
  readonly artifact: string;
  readonly source: BundleSource;
  readonly identity: IdentityPolicy;
  readonly predicateType: string;
  readonly trust: TrustOptions;
  readonly format: 'text' | 'json';
  readonly apiUrl: string;
  readonly token: string;
}

/** `chainmail verify` flags into a command, or 'help'. Every usage problem is a UsageError naming its flag. */
export function parseVerifyFlags(args: readonly string[], io: CliIo): VerifyCommand | 'help' {
  const parsed = parseCommandLine('chainmail verify', args, VERIFY_FLAGS, { min: 0, max: 1, name: '<artifact>' });
  if (booleanFlag(parsed, 'help')) return 'help';
  const artifact = parsed.positionals[0];
  if (artifact === undefined) throw new UsageError('chainmail verify: <artifact> is required (a file, or sha256:<hex>)');
  const source = bundleSource(parsed);
  checkArtifact(artifact, source);
  const format = stringFlag(parsed, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format expects text or json');
  const predicateType = stringFlag(parsed, 'predicate-type') ?? SLSA_PROVENANCE_V1_TYPE;
  if (!isUri(predicateType)) throw new UsageError('--predicate-type expects a URI, e.g. https://slsa.dev/provenance/v1');
  const apiUrl = (stringFlag(parsed, 'api-url') ?? io.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(apiUrl)) throw new UsageError('--api-url expects an http(s) URL');
  return {
    artifact,
    source,
    identity: signerPolicy(parsed),
    predicateType,
    trust: trustOptions(parsed, io),
    format,
    apiUrl,
    token: stringFlag(parsed, 'token') ?? io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '',
  };
}

/** A digest argument must be well formed, and the attestations API is searched by sha256 only. */
function checkArtifact(artifact: string, source: BundleSource): void {
  let digest;
  try {
    digest = artifactDigest(artifact, '<artifact>');
  } catch (error) {
    throw new UsageError(`chainmail verify: ${(error as Error).message}`);
  }
  if (digest && source.kind === 'attestations' && digest.digests.sha256 === undefined) {
    throw new UsageError('chainmail verify: the attestations API (--repo) is searched by sha256: give the file, or its sha256:<hex> digest');
  }
}

function bundleSource(parsed: Parsed): BundleSource {
  const bundle = stringFlag(parsed, 'bundle');
  const repo = stringFlag(parsed, 'repo');
  const release = stringFlag(parsed, 'release');
  if (bundle !== undefined && release !== undefined) throw new UsageError('--bundle and --release: give only one source of bundles');
  if (bundle !== undefined) return { kind: 'path', path: bundle };
  if (release !== undefined && repo === undefined) throw new UsageError('--release goes with --repo OWNER/REPO (the repository of the release)');
  if (repo === undefined) throw new UsageError('chainmail verify: give --bundle PATH, or --repo OWNER/REPO (with --release TAG for release assets)');
  return release !== undefined ? { kind: 'release', repository: repo, tag: release } : { kind: 'attestations', repository: repo };
}

function signerPolicy(parsed: Parsed): IdentityPolicy {
  const options: Record<string, string | boolean | undefined> = {};
  for (const [key, flag] of Object.entries(SIGNER_FLAGS)) {
    options[key] = key === 'denySelfHostedRunners' ? booleanFlag(parsed, flag.slice(2)) : stringFlag(parsed, flag.slice(2));
  }
  const host = stringFlag(parsed, 'hostname');
  try {
    return identityPolicyFor({ ...(options as SignerOptions), ...(host ? { host } : {}) }, (name) => SIGNER_FLAGS[name]);
  } catch (error) {
    if (isChainmailError(error) && error.code === 'INPUT_INVALID') throw new UsageError(error.message);
    throw error;
  }
}
