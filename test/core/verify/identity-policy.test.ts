import { describe, expect, it } from '@jest/globals';
import { ChainmailError } from '../../../src/core/errors.js';
import { identityProblems, workflowIdentity } from '../../../src/core/verify/identity-policy.js';
import { exactMatcher, patternMatcher } from '../../../src/core/verify/matcher.js';
import type { SignerIdentity } from '../../../src/core/verify/signer-identity.js';

const releaseSigner: SignerIdentity = {
  subjectAlternativeName: 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/tags/v1.0.0',
  issuer: 'https://token.actions.githubusercontent.com',
  buildSignerURI: 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/tags/v1.0.0',
  buildSignerDigest: 'b'.repeat(40),
  runnerEnvironment: 'github-hosted',
  sourceRepositoryURI: 'https://github.com/octo-org/app',
  sourceRepositoryOwnerURI: 'https://github.com/octo-org',
  sourceRepositoryRef: 'refs/tags/v1.0.0',
  sourceRepositoryDigest: 'c'.repeat(40),
};

describe('identity policy', () => {
  it('accepts a signer that meets every check', () => {
    expect(identityProblems(releaseSigner, {
      issuer: exactMatcher('https://token.actions.githubusercontent.com'),
      owner: 'octo-org', repository: 'octo-org/app', signerWorkflow: 'octo-org/app/.github/workflows/release.yml',
      signerDigest: 'b'.repeat(40), sourceRef: 'refs/tags/v1.0.0', sourceDigest: 'c'.repeat(40), denySelfHostedRunners: true,
    })).toEqual([]);
  });

  it('anchors the signer workflow: release.yml never matches release.yml.evil.yml', () => {
    const evil = { ...releaseSigner, buildSignerURI: 'https://github.com/octo-org/app/.github/workflows/release.yml.evil.yml@refs/heads/main' };
    expect(identityProblems(evil, { signerWorkflow: 'octo-org/app/.github/workflows/release.yml' })).toHaveLength(1);
    const otherRepo = { ...releaseSigner, buildSignerURI: 'https://github.com/octo-org/app-fork/.github/workflows/release.yml@refs/heads/main' };
    expect(identityProblems(otherRepo, { signerWorkflow: 'octo-org/app/.github/workflows/release.yml' })).toHaveLength(1);
  });

  it('checks the signer workflow ref when one is given', () => {
    expect(identityProblems(releaseSigner, { signerWorkflow: 'octo-org/app/.github/workflows/release.yml@refs/tags/v1.0.0' })).toEqual([]);
    expect(identityProblems(releaseSigner, { signerWorkflow: 'octo-org/app/.github/workflows/release.yml@refs/heads/main' })).toHaveLength(1);
  });

  it('anchors SAN and issuer patterns at both ends', () => {
    expect(identityProblems(releaseSigner, { subjectAlternativeName: patternMatcher('https://github\\.com/octo-org/.*', 'san') })).toEqual([]);
    expect(identityProblems(releaseSigner, { subjectAlternativeName: patternMatcher('octo-org', 'san') })).toHaveLength(1);
    expect(identityProblems(releaseSigner, { issuer: patternMatcher('https://token\\.actions\\.githubusercontent\\.com|https://other', 'issuer') })).toEqual([]);
    const custom = { ...releaseSigner, issuer: 'https://token.actions.githubusercontent.com/hammer-time' };
    expect(identityProblems(custom, { issuer: exactMatcher('https://token.actions.githubusercontent.com') })).toHaveLength(1);
    expect(identityProblems(custom, { issuer: patternMatcher('https://token\\.actions\\.githubusercontent\\.com', 'issuer') })).toHaveLength(1);
  });

  it('treats a plain string as exact, never as an unanchored regular expression', () => {
    expect(identityProblems(releaseSigner, { subjectAlternativeName: exactMatcher('https://github.com/octo-org/app/.github/workflows/release.yml@refs/tags/v1.0.0') })).toEqual([]);
    expect(identityProblems(releaseSigner, { subjectAlternativeName: exactMatcher('https://github.com/octo-org/app/.*') })).toHaveLength(1);
  });

  it('fails closed when the certificate lacks an extension the policy needs', () => {
    const bare = { subjectAlternativeName: 'mailto:dev@example.com', issuer: 'https://accounts.example.com' };
    expect(identityProblems(bare, { repository: 'octo-org/app', denySelfHostedRunners: true })).toEqual([
      'the certificate has no source repository; the policy expects "https://github.com/octo-org/app"',
      'the certificate has no runner environment; the policy expects "github-hosted" (self-hosted runners are denied)',
    ]);
  });

  it('denies self-hosted runners on request', () => {
    expect(identityProblems({ ...releaseSigner, runnerEnvironment: 'self-hosted' }, { denySelfHostedRunners: true })).toHaveLength(1);
  });

  it('compares owner and repository names case-insensitively, as GitHub does', () => {
    expect(identityProblems(releaseSigner, { owner: 'Octo-Org', repository: 'OCTO-ORG/App' })).toEqual([]);
    expect(identityProblems(releaseSigner, { owner: 'octo' })).toHaveLength(1);
  });

  it('reads host-qualified signer workflows for GitHub Enterprise', () => {
    expect(workflowIdentity('ghe.example.com', 'ghe.example.com/o/r/.github/workflows/w.yml@refs/heads/main')).toEqual({
      prefix: 'https://ghe.example.com/o/r/.github/workflows/w.yml', ref: 'refs/heads/main',
    });
    expect(workflowIdentity('github.com', 'o/r/.github/workflows/w.yml')).toEqual({ prefix: 'https://github.com/o/r/.github/workflows/w.yml' });
  });

  it('refuses a pattern that is not a regular expression, naming the input', () => {
    expect(() => patternMatcher('(', 'cert-identity-regexp')).toThrow(ChainmailError);
    try {
      patternMatcher('(', 'cert-identity-regexp');
    } catch (error) {
      expect((error as ChainmailError).code).toBe('INPUT_INVALID');
      expect((error as ChainmailError).message).toMatch(/^cert-identity-regexp: /);
    }
  });
});
