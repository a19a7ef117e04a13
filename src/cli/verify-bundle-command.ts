import { createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { ChainmailError, isChainmailError } from '../core/errors.js';
import { DEFAULT_NETWORK } from '../core/network-policy.js';
import { exactMatcher, patternMatcher, type Matcher } from '../core/verify/matcher.js';
import type { IdentityPolicy } from '../core/verify/identity-policy.js';
import { readTextLimitedAs } from '../io/read-text.js';
import { BundleVerifier } from '../sigstore/verify/bundle-verifier.js';
import { artifactFile, type Artifact } from '../verify/artifact.js';
import { signerName } from '../verify/report.js';
import { loadTrustRoots } from '../verify/trust.js';
import { verifyArtifact } from '../verify/verify-artifact.js';
import { booleanFlag, parseCommandLine, stringFlag, type Parsed } from './args.js';
import type { CliIo } from './io.js';
import { VERIFY_BUNDLE_USAGE } from './usage.js';
import { EXIT, UsageError } from './usage-error.js';

const FLAGS = {
  staging: { type: 'boolean' }, bundle: { type: 'string' }, key: { type: 'string' }, 'trusted-root': { type: 'string' },
  'certificate-identity': { type: 'string' }, 'certificate-identity-regexp': { type: 'string' },
  'certificate-oidc-issuer': { type: 'string' }, 'certificate-oidc-issuer-regexp': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `chainmail verify-bundle`: the sigstore-conformance client protocol (docs/cli_protocol.md), verify side. */
export async function runVerifyBundle(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine('chainmail verify-bundle', args, FLAGS, { min: 0, max: 1, name: 'FILE_OR_DIGEST' });
  if (booleanFlag(parsed, 'help')) {
    io.stdout(VERIFY_BUNDLE_USAGE);
    return EXIT.ok;
  }
  const target = parsed.positionals[0];
  if (target === undefined) throw new UsageError('chainmail verify-bundle: FILE_OR_DIGEST is required');
  const bundle = stringFlag(parsed, 'bundle');
  if (bundle === undefined) throw new UsageError('chainmail verify-bundle: --bundle FILE is required');
  const keyPath = stringFlag(parsed, 'key');
  const identity = keyPath === undefined ? identityPolicy(parsed) : {};
  const trustedRootPath = stringFlag(parsed, 'trusted-root');
  if (booleanFlag(parsed, 'staging') && trustedRootPath === undefined) {
    throw new ChainmailError('TRUST_ROOT_INVALID', '--staging: chainmail embeds only the public-good root; give the staging instance\'s --trusted-root');
  }

  const roots = await loadTrustRoots(trustedRootPath !== undefined ? { trustedRootPath } : {});
  const verifier = new BundleVerifier(roots, keyPath === undefined ? undefined : await publicKey(keyPath));
  const report = await verifyArtifact({
    artifact: await protocolArtifact(target),
    source: { kind: 'path', path: bundle },
    identity,
    verifier,
    github: { apiUrl: '', token: '', network: DEFAULT_NETWORK },
  });
  const [verified] = report.attestations;
  if (report.verified && verified) {
    io.stdout(`verified ${bundle}: signed by ${signerName(verified.signer)} (${verified.instance})\n`);
    return EXIT.ok;
  }
  const reasons = report.rejected.map((r) => `${r.source}: ${r.reason} [${r.code}]`).join('; ') || 'no bundle';
  io.stderr(`chainmail verify-bundle: not verified: ${reasons}\n`);
  return EXIT.failed;
}

/** The protocol's rule: a digest only when it starts with sha256:, has 64 hex digits and is not a path on disk. */
async function protocolArtifact(target: string): Promise<Artifact> {
  const match = /^sha256:([0-9a-fA-F]{64})$/.exec(target);
  if (match?.[1] && !existsSync(target)) return { name: target, digests: { sha256: match[1].toLowerCase() } };
  return artifactFile(target);
}

function identityPolicy(parsed: Parsed): IdentityPolicy {
  const matcher = (exact: string, regexp: string): Matcher | undefined => {
    const [value, pattern] = [stringFlag(parsed, exact), stringFlag(parsed, regexp)];
    if (value !== undefined && pattern !== undefined) throw new UsageError(`chainmail verify-bundle: --${exact} and --${regexp}: give only one`);
    if (value === undefined && pattern === undefined) throw new UsageError(`chainmail verify-bundle: --${exact} (or --${regexp}) is required without --key`);
    try {
      return value !== undefined ? exactMatcher(value) : patternMatcher(pattern as string, `--${regexp}`);
    } catch (error) {
      throw isChainmailError(error) ? new UsageError(`chainmail verify-bundle: ${error.message}`) : error;
    }
  };
  const subjectAlternativeName = matcher('certificate-identity', 'certificate-identity-regexp');
  const issuer = matcher('certificate-oidc-issuer', 'certificate-oidc-issuer-regexp');
  return { ...(subjectAlternativeName ? { subjectAlternativeName } : {}), ...(issuer ? { issuer } : {}) };
}

async function publicKey(path: string): Promise<KeyObject> {
  const pem = await readTextLimitedAs(path, 1024 * 1024, 'INPUT_INVALID', 'public key');
  try {
    return createPublicKey(pem);
  } catch (error) {
    throw new ChainmailError('INPUT_INVALID', `--key ${path} is not a PEM public key: ${(error as Error).message}`, { cause: error });
  }
}
