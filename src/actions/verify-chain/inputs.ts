import { definedOnly } from '../../core/defined.js';
import { isChainmailError, ValidationError } from '../../core/errors.js';
import { isUri } from '../../core/intoto/index.js';
import type { NetworkPolicy } from '../../core/network-policy.js';
import { SLSA_PROVENANCE_V1_TYPE } from '../../core/predicates/slsa-provenance/v1/index.js';
import { parseDigest } from '../../core/subjects/digest.js';
import { identityPolicyFor, type SignerOptionName, type SignerOptions } from '../../core/verify/signer-options.js';
import { InputProblems } from '../shared/input-parsers.js';

/** The input names of verify-chain, as in action.yml. */
export const INPUT = {
  subjectPath: 'subject-path',
  subjectDigest: 'subject-digest',
  bundlePath: 'bundle-path',
  repo: 'repo',
  releaseTag: 'release-tag',
  owner: 'owner',
  signerWorkflow: 'signer-workflow',
  signerDigest: 'signer-digest',
  sourceRef: 'source-ref',
  sourceDigest: 'source-digest',
  denySelfHostedRunners: 'deny-self-hosted-runners',
  certIdentity: 'cert-identity',
  certIdentityRegexp: 'cert-identity-regexp',
  certOidcIssuer: 'cert-oidc-issuer',
  certOidcIssuerRegexp: 'cert-oidc-issuer-regexp',
  predicateType: 'predicate-type',
  trustedRoot: 'trusted-root',
  tufRefresh: 'tuf-refresh',
  tufMirror: 'tuf-mirror',
  tufRoot: 'tuf-root',
  githubToken: 'github-token',
  showSummary: 'show-summary',
  requestTimeout: 'request-timeout-seconds',
  networkRetries: 'network-retries',
} as const;

export type InputName = (typeof INPUT)[keyof typeof INPUT];

export interface VerifyChainInputs {
  /** The artifact: a workspace file, or a digest. */
  readonly subject: { readonly path: string } | { readonly digest: string };
  readonly bundlePath?: string;
  /** owner/repo of the attestations and releases; the current repository when empty. */
  readonly repo?: string;
  readonly releaseTag?: string;
  /** Who must have signed, before the repository default is applied. */
  readonly signer: Omit<SignerOptions, 'repo' | 'host'>;
  readonly predicateType: string;
  readonly trustedRoot?: string;
  readonly tuf?: { readonly mirror?: string; readonly root?: string };
  readonly githubToken: string;
  readonly showSummary: boolean;
  readonly network: NetworkPolicy;
}

/** The input of each signer option (for errors that name inputs). */
export const SIGNER_INPUTS: Record<SignerOptionName, string> = {
  repo: INPUT.repo, owner: INPUT.owner, signerWorkflow: INPUT.signerWorkflow, signerDigest: INPUT.signerDigest,
  sourceRef: INPUT.sourceRef, sourceDigest: INPUT.sourceDigest, denySelfHostedRunners: INPUT.denySelfHostedRunners,
  certIdentity: INPUT.certIdentity, certIdentityRegexp: INPUT.certIdentityRegexp,
  certOidcIssuer: INPUT.certOidcIssuer, certOidcIssuerRegexp: INPUT.certOidcIssuerRegexp,
};

/** Validates the raw inputs into typed inputs. Pure. Every bad input is reported at once (INPUT_INVALID). */
export function parseInputs(raw: (name: InputName) => string): VerifyChainInputs {
  const p = new InputProblems();
  const text = (name: InputName): string | undefined => raw(name).trim() || undefined;

  const [path, digest] = [text(INPUT.subjectPath), text(INPUT.subjectDigest)];
  if (path && digest) p.add(INPUT.subjectDigest, `give only one of ${INPUT.subjectPath}, ${INPUT.subjectDigest}`);
  if (!path && !digest) p.add(INPUT.subjectPath, `one of ${INPUT.subjectPath} or ${INPUT.subjectDigest} is required`);
  if (digest) attempt(p, INPUT.subjectDigest, () => parseDigest(digest, INPUT.subjectDigest));
  const [bundlePath, releaseTag] = [text(INPUT.bundlePath), text(INPUT.releaseTag)];
  if (bundlePath && releaseTag) p.add(INPUT.releaseTag, `give only one of ${INPUT.bundlePath}, ${INPUT.releaseTag}`);
  if (digest && !bundlePath && !releaseTag && !digest.toLowerCase().startsWith('sha256:')) {
    p.add(INPUT.subjectDigest, 'the attestations API is searched by sha256: give a sha256: digest, or bundle-path / release-tag');
  }
  const predicateType = text(INPUT.predicateType) ?? SLSA_PROVENANCE_V1_TYPE;
  if (!isUri(predicateType)) p.add(INPUT.predicateType, `"${predicateType}" is not a URI; expected e.g. https://slsa.dev/provenance/v1`);
  const tufRefresh = p.boolean(INPUT.tufRefresh, raw(INPUT.tufRefresh));
  const tufMirror = p.url(INPUT.tufMirror, raw(INPUT.tufMirror));
  if (!tufRefresh && (tufMirror || text(INPUT.tufRoot))) p.add(tufMirror ? INPUT.tufMirror : INPUT.tufRoot, `goes with ${INPUT.tufRefresh}: true`);

  const inputs: VerifyChainInputs = {
    subject: path ? { path } : { digest: digest ?? '' },
    ...definedOnly({ bundlePath, releaseTag, repo: text(INPUT.repo), trustedRoot: text(INPUT.trustedRoot) }),
    signer: {
      ...definedOnly({
        owner: text(INPUT.owner), signerWorkflow: text(INPUT.signerWorkflow), signerDigest: text(INPUT.signerDigest),
        sourceRef: text(INPUT.sourceRef), sourceDigest: text(INPUT.sourceDigest),
        certIdentity: text(INPUT.certIdentity), certIdentityRegexp: text(INPUT.certIdentityRegexp),
        certOidcIssuer: text(INPUT.certOidcIssuer), certOidcIssuerRegexp: text(INPUT.certOidcIssuerRegexp),
      }),
      denySelfHostedRunners: p.boolean(INPUT.denySelfHostedRunners, raw(INPUT.denySelfHostedRunners)),
    },
    predicateType,
    ...(tufRefresh ? { tuf: definedOnly({ mirror: tufMirror, root: text(INPUT.tufRoot) }) } : {}),
    githubToken: raw(INPUT.githubToken).trim(),
    showSummary: p.boolean(INPUT.showSummary, raw(INPUT.showSummary) || 'true'),
    network: {
      timeoutMs: p.integer(INPUT.requestTimeout, raw(INPUT.requestTimeout) || '30', 1, 600) * 1000,
      retries: p.integer(INPUT.networkRetries, raw(INPUT.networkRetries) || '3', 0, 10),
      minBackoffMs: 500,
    },
  };
  // The signer options are checked here too, with any repository standing in for the current one.
  try {
    identityPolicyFor({ ...inputs.signer, repo: inputs.repo ?? 'current/repository' }, (name) => SIGNER_INPUTS[name]);
  } catch (error) {
    if (!isChainmailError(error)) throw error;
    for (const problem of error.message.split('; ')) {
      const at = problem.indexOf(': ');
      p.add(at === -1 ? INPUT.repo : problem.slice(0, at), at === -1 ? problem : problem.slice(at + 2));
    }
  }
  if (p.problems.length > 0) throw new ValidationError('INPUT_INVALID', 'invalid inputs', p.problems);
  return inputs;
}

function attempt(p: InputProblems, input: string, check: () => unknown): void {
  try {
    check();
  } catch (error) {
    if (!isChainmailError(error)) throw error;
    p.add(input, error.message.replace(`${input}: `, ''));
  }
}
