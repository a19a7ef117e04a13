import type { SignerIdentity } from './signer-identity.js';
import { describeMatcher, matches, type Matcher } from './matcher.js';

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/**
 * Who may have signed: the checks of `cosign verify --certificate-identity*` and of `gh attestation verify`.
 * Every field given must hold; an extension the policy needs but the certificate lacks is a failure.
 */
export interface IdentityPolicy {
  readonly issuer?: Matcher;
  readonly subjectAlternativeName?: Matcher;
  /** The GitHub host the owner, repo and workflow live on (github.com, or a GHES / ghe.com host). */
  readonly host?: string;
  /** The owner of the source repository (certificate: Source Repository Owner URI). */
  readonly owner?: string;
  /** owner/repo of the source repository (certificate: Source Repository URI). */
  readonly repository?: string;
  /** owner/repo/path/to/workflow.yml, optionally @ref: the workflow that signed (certificate: Build Signer URI). */
  readonly signerWorkflow?: string;
  readonly signerDigest?: string;
  readonly sourceRef?: string;
  readonly sourceDigest?: string;
  readonly denySelfHostedRunners?: boolean;
}

/**
 * Whether the policy names who signed. An issuer alone does not (anyone can run a GitHub workflow), and a
 * policy that names nobody would accept any signature: verifiers refuse it instead.
 */
export function namesSigner(policy: IdentityPolicy): boolean {
  return Boolean(policy.subjectAlternativeName || policy.owner || policy.repository || policy.signerWorkflow);
}

/** Why the identity does not satisfy the policy: one reason per failed check, none when it does. */
export function identityProblems(identity: SignerIdentity, policy: IdentityPolicy): string[] {
  const problems: string[] = [];
  const host = (policy.host ?? 'github.com').toLowerCase();
  const need = (what: string, value: string | undefined, ok: (v: string) => boolean, expected: string): void => {
    if (value === undefined) problems.push(`the certificate has no ${what}; the policy expects ${expected}`);
    else if (!ok(value)) problems.push(`${what} is "${value}", expected ${expected}`);
  };

  if (policy.issuer) need('OIDC issuer', identity.issuer, (v) => matches(policy.issuer as Matcher, v), describeMatcher(policy.issuer));
  if (policy.subjectAlternativeName) {
    need('signer identity (SAN)', identity.subjectAlternativeName, (v) => matches(policy.subjectAlternativeName as Matcher, v), describeMatcher(policy.subjectAlternativeName));
  }
  if (policy.owner) {
    const expected = `https://${host}/${policy.owner}`;
    need('source repository owner', identity.sourceRepositoryOwnerURI, (v) => sameGitHubName(v, expected), `"${expected}"`);
  }
  if (policy.repository) {
    const expected = `https://${host}/${policy.repository}`;
    need('source repository', identity.sourceRepositoryURI, (v) => sameGitHubName(v, expected), `"${expected}"`);
  }
  if (policy.signerWorkflow) {
    const { prefix, ref } = workflowIdentity(host, policy.signerWorkflow);
    const expected = ref ? `"${prefix}@${ref}"` : `"${prefix}@<any ref>"`;
    const signer = identity.buildSignerURI ?? identity.subjectAlternativeName;
    need('signer workflow', signer, (v) => (ref ? v === `${prefix}@${ref}` : v.startsWith(`${prefix}@`)), expected);
  }
  if (policy.signerDigest) need('signer workflow digest', identity.buildSignerDigest, (v) => v === policy.signerDigest, `"${policy.signerDigest}"`);
  if (policy.sourceRef) need('source ref', identity.sourceRepositoryRef, (v) => v === policy.sourceRef, `"${policy.sourceRef}"`);
  if (policy.sourceDigest) need('source digest', identity.sourceRepositoryDigest, (v) => v === policy.sourceDigest, `"${policy.sourceDigest}"`);
  if (policy.denySelfHostedRunners) {
    need('runner environment', identity.runnerEnvironment, (v) => v === 'github-hosted', '"github-hosted" (self-hosted runners are denied)');
  }
  return problems;
}

/**
 * The signer URI prefix for `owner/repo/path` (optionally `host/owner/repo/path`, and `@ref`). The prefix is
 * matched up to and including the `@` that starts the ref, so a workflow name is never matched as a prefix of
 * a longer one.
 */
export function workflowIdentity(host: string, signerWorkflow: string): { prefix: string; ref?: string } {
  let spec = signerWorkflow.trim().replace(/^https:\/\//, '');
  if (!spec.startsWith(`${host}/`)) spec = `${host}/${spec}`;
  const at = spec.indexOf('@');
  const path = at === -1 ? spec : spec.slice(0, at);
  const ref = at === -1 ? undefined : spec.slice(at + 1);
  return { prefix: `https://${path}`, ...(ref ? { ref } : {}) };
}

/** GitHub owner and repository names are case-insensitive; the scheme and host are compared as given. */
function sameGitHubName(actual: string, expected: string): boolean {
  return actual.toLowerCase() === expected.toLowerCase();
}
