import { definedOnly } from '../defined.js';
import { ChainmailError } from '../errors.js';
import { GITHUB_ACTIONS_ISSUER, type IdentityPolicy } from './identity-policy.js';
import { exactMatcher, patternMatcher, type Matcher } from './matcher.js';

/** Who may have signed, as a user states it (CLI flags, action inputs), before defaults are applied. */
export interface SignerOptions {
  /** owner/repo: the source repository; alone, the signer must also be a workflow of it. */
  readonly repo?: string;
  readonly owner?: string;
  readonly signerWorkflow?: string;
  readonly signerDigest?: string;
  readonly sourceRef?: string;
  readonly sourceDigest?: string;
  readonly denySelfHostedRunners?: boolean;
  readonly certIdentity?: string;
  readonly certIdentityRegexp?: string;
  readonly certOidcIssuer?: string;
  readonly certOidcIssuerRegexp?: string;
  /** The GitHub host of owner, repo and workflow; github.com by default. */
  readonly host?: string;
}

export type SignerOptionName = Exclude<keyof SignerOptions, 'host'>;

/**
 * The identity policy for signer options, with `gh attestation verify`'s defaults: the issuer is GitHub
 * Actions' unless one is given, and with only a repository (or owner) the signer must be a workflow of that
 * repository (of that owner), compared case-insensitively as GitHub names are. `flag` names options in errors.
 */
export function identityPolicyFor(options: SignerOptions, flag: (name: SignerOptionName) => string): IdentityPolicy {
  const problems: string[] = [];
  const both = (a: SignerOptionName, b: SignerOptionName): void => {
    if (options[a] !== undefined && options[b] !== undefined) problems.push(`${flag(a)} and ${flag(b)}: give only one`);
  };
  both('certIdentity', 'certIdentityRegexp');
  both('certOidcIssuer', 'certOidcIssuerRegexp');
  if (options.repo !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repo)) problems.push(`${flag('repo')}: "${options.repo}" is not owner/repo`);
  if (options.owner !== undefined && !/^[A-Za-z0-9_.-]+$/.test(options.owner)) problems.push(`${flag('owner')}: "${options.owner}" is not a GitHub user or organization name`);
  const names = options.repo ?? options.owner ?? options.signerWorkflow ?? options.certIdentity ?? options.certIdentityRegexp;
  if (names === undefined) {
    problems.push(`${flag('repo')}, ${flag('owner')}, ${flag('signerWorkflow')} or ${flag('certIdentity')}: give at least one; a policy must name who signed`);
  }
  if (problems.length > 0) throw new ChainmailError('INPUT_INVALID', problems.join('; '));

  const host = options.host ?? 'github.com';
  const pattern = (source: string, name: SignerOptionName): Matcher => patternMatcher(source, flag(name));
  const issuer = options.certOidcIssuerRegexp !== undefined ? pattern(options.certOidcIssuerRegexp, 'certOidcIssuerRegexp') : exactMatcher(options.certOidcIssuer ?? GITHUB_ACTIONS_ISSUER);
  let subjectAlternativeName: Matcher | undefined;
  if (options.certIdentity !== undefined) subjectAlternativeName = exactMatcher(options.certIdentity);
  else if (options.certIdentityRegexp !== undefined) subjectAlternativeName = pattern(options.certIdentityRegexp, 'certIdentityRegexp');
  else if (options.signerWorkflow === undefined && (options.repo ?? options.owner) !== undefined) {
    subjectAlternativeName = patternMatcher(`(?i:${escapeRegExp(`https://${host}/${options.repo ?? options.owner}/`)}).*`, flag(options.repo ? 'repo' : 'owner'));
  }
  return {
    issuer,
    ...(subjectAlternativeName ? { subjectAlternativeName } : {}),
    ...(options.host ? { host } : {}),
    ...definedOnly({
      owner: options.owner,
      repository: options.repo,
      signerWorkflow: options.signerWorkflow,
      signerDigest: options.signerDigest,
      sourceRef: options.sourceRef,
      sourceDigest: options.sourceDigest,
    }),
    ...(options.denySelfHostedRunners ? { denySelfHostedRunners: true } : {}),
  };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
