import { describe, expect, it } from '@jest/globals';
import { ChainmailError } from '../../../src/core/errors.js';
import { GITHUB_ACTIONS_ISSUER, identityProblems } from '../../../src/core/verify/identity-policy.js';
import { matches } from '../../../src/core/verify/matcher.js';
import { identityPolicyFor, type SignerOptionName } from '../../../src/core/verify/signer-options.js';

const flag = (name: SignerOptionName) => `--${name}`;
const workflow = 'https://github.com/Octo-Org/App/.github/workflows/release.yml@refs/heads/main';
const identity = { subjectAlternativeName: workflow, issuer: GITHUB_ACTIONS_ISSUER, sourceRepositoryURI: 'https://github.com/Octo-Org/App', buildSignerURI: workflow };

function problem(run: () => unknown): ChainmailError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChainmailError);
    return error as ChainmailError;
  }
  throw new Error('expected a failure');
}

describe('identityPolicyFor: gh attestation verify defaults', () => {
  it('with only a repository: GitHub Actions issuer, and the signer must be a workflow of that repository (any case)', () => {
    const policy = identityPolicyFor({ repo: 'octo-org/app' }, flag);
    expect(policy.issuer).toEqual({ kind: 'exact', value: GITHUB_ACTIONS_ISSUER });
    expect(policy.repository).toBe('octo-org/app');
    expect(matches(policy.subjectAlternativeName!, workflow)).toBe(true);
    expect(matches(policy.subjectAlternativeName!, 'https://github.com/octo-org/app-evil/.github/workflows/x.yml@refs/heads/main')).toBe(false);
    expect(matches(policy.subjectAlternativeName!, 'https://github.com/other/reusable/.github/workflows/x.yml@v1')).toBe(false);
    expect(identityProblems(identity, policy)).toEqual([]);
  });

  it('escapes the repository name: a dot is not a wildcard', () => {
    const policy = identityPolicyFor({ repo: 'octo.org/app' }, flag);
    expect(matches(policy.subjectAlternativeName!, 'https://github.com/octoXorg/app/.github/workflows/x.yml@refs/heads/main')).toBe(false);
  });

  it('with a signer workflow, checks it instead of the repository prefix (reusable workflows)', () => {
    const policy = identityPolicyFor({ repo: 'octo-org/app', signerWorkflow: 'octo-org/app/.github/workflows/release.yml' }, flag);
    expect(policy.subjectAlternativeName).toBeUndefined();
    expect(policy.signerWorkflow).toBe('octo-org/app/.github/workflows/release.yml');
  });

  it('takes an exact or pattern SAN and issuer as given, and the other checks', () => {
    const policy = identityPolicyFor({ certIdentity: workflow, certOidcIssuerRegexp: 'https://token\\.actions\\.githubusercontent\\.com(/[a-z-]+)?', sourceRef: 'refs/heads/main', denySelfHostedRunners: true }, flag);
    expect(policy.subjectAlternativeName).toEqual({ kind: 'exact', value: workflow });
    expect(policy.issuer?.kind).toBe('pattern');
    expect(policy).toMatchObject({ sourceRef: 'refs/heads/main', denySelfHostedRunners: true });
  });

  it('refuses, naming the flags, a policy that names no signer, two forms of one check, a bad repo or pattern', () => {
    const none = problem(() => identityPolicyFor({ sourceRef: 'refs/heads/main' }, flag));
    expect(none.code).toBe('INPUT_INVALID');
    expect(none.message).toContain('--repo, --owner, --signerWorkflow or --certIdentity');
    const both = problem(() => identityPolicyFor({ certIdentity: 'a', certIdentityRegexp: 'b', certOidcIssuer: 'c', certOidcIssuerRegexp: 'd', repo: 'not a repo' }, flag));
    expect(both.message).toContain('--certIdentity and --certIdentityRegexp: give only one');
    expect(both.message).toContain('--certOidcIssuer and --certOidcIssuerRegexp: give only one');
    expect(both.message).toContain('--repo: "not a repo" is not owner/repo');
    expect(problem(() => identityPolicyFor({ certIdentityRegexp: '(' }, flag)).message).toContain('--certIdentityRegexp: "(" is not a regular expression');
  });
});
