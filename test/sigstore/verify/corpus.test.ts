import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ChainmailError } from '../../../src/core/errors.js';
import { GITHUB_ACTIONS_ISSUER, type IdentityPolicy } from '../../../src/core/verify/identity-policy.js';
import { exactMatcher, patternMatcher } from '../../../src/core/verify/matcher.js';
import { BundleVerifier, type VerificationRequest } from '../../../src/sigstore/verify/bundle-verifier.js';
import { defaultTrustRoots, parseTrustRoots } from '../../../src/sigstore/verify/trust-roots.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/sigstore/real/${name}`, import.meta.url));
const bundleJSON = (name: string): unknown => JSON.parse(fixture(name).toString('utf8'));
const lines = (name: string): unknown[] => fixture(name).toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const digestsOf = (data: Buffer) => ({
  sha256: createHash('sha256').update(data).digest('hex'),
  sha512: createHash('sha512').update(data).digest('hex'),
});
const fileArtifact = (name: string) => {
  const bytes = fixture(name);
  return { artifact: digestsOf(bytes), artifactBytes: bytes };
};

const publicGood = new BundleVerifier(defaultTrustRoots());
const issuer = exactMatcher(GITHUB_ACTIONS_ISSUER);

function failureCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChainmailError);
    return (error as ChainmailError).code;
  }
  throw new Error('expected verification to fail');
}

const sigstoreJs: IdentityPolicy = { issuer, signerWorkflow: 'sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main', repository: 'sigstore/sigstore-js' };

describe('verifying real bundles signed on GitHub runners, offline, against the embedded public-good root', () => {
  const npm: VerificationRequest = { ...fileArtifact('sigstore-js-2.1.0.tgz'), identity: sigstoreJs, predicateType: 'https://slsa.dev/provenance/v1' };

  it('verifies sigstore-js 2.1.0 npm provenance (bundle v0.3, intoto entry) with its true signer', () => {
    const verified = publicGood.verify(bundleJSON('sigstore-js-2.1.0-bundle.json'), npm);
    expect(verified.instance).toBe('fulcio.sigstore.dev');
    expect(verified.signer).toMatchObject({
      subjectAlternativeName: 'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main',
      issuer: GITHUB_ACTIONS_ISSUER,
      sourceRepositoryURI: 'https://github.com/sigstore/sigstore-js',
    });
    expect(verified.statement?.predicateType).toBe('https://slsa.dev/provenance/v1');
  });

  it('verifies the same provenance as bundle v0.1 (certificate chain) and both lines of a JSONL', () => {
    expect(publicGood.verify(bundleJSON('sigstore-js-2.1.0-bundle-v0.1.json'), npm).mediaType).toBe('application/vnd.dev.sigstore.bundle+json;version=0.1');
    for (const bundle of lines('sigstore-js-2.1.0_with_2_bundles.jsonl')) expect(publicGood.verify(bundle, npm).statement).toBeDefined();
  });

  it('refuses sigstore-js provenance for a wrong signer, a wrong repository, or a wrong artifact', () => {
    const bundle = bundleJSON('sigstore-js-2.1.0-bundle.json');
    expect(failureCode(() => publicGood.verify(bundle, { ...npm, identity: { issuer, signerWorkflow: 'sigstore/sigstore-js/.github/workflows/ci.yml' } }))).toBe('IDENTITY_MISMATCH');
    expect(failureCode(() => publicGood.verify(bundle, { ...npm, identity: { issuer, repository: 'evil/sigstore-js' } }))).toBe('IDENTITY_MISMATCH');
    expect(failureCode(() => publicGood.verify(bundle, { ...npm, artifact: digestsOf(Buffer.from('not the package')) }))).toBe('ARTIFACT_MISMATCH');
    expect(failureCode(() => publicGood.verify(bundle, { ...npm, predicateType: 'https://spdx.dev/Document' }))).toBe('PREDICATE_MISMATCH');
  });

  it('verifies an attestation signed from a reusable workflow (dsse entry) with the reusable workflow as signer', () => {
    const request: VerificationRequest = {
      ...fileArtifact('reusable-workflow-artifact'),
      identity: { issuer, signerWorkflow: 'github/artifact-attestations-workflows/.github/workflows/attest.yml', repository: 'malancas/attest-demo' },
    };
    const verified = publicGood.verify(bundleJSON('reusable-workflow-attestation.sigstore.json'), request);
    expect(verified.signer).toMatchObject({ buildConfigURI: expect.stringContaining('malancas/attest-demo/.github/workflows/shared.yml') });
    const wrong = { ...request, identity: { issuer, signerWorkflow: 'malancas/attest-demo/.github/workflows/shared.yml' } };
    expect(failureCode(() => publicGood.verify(bundleJSON('reusable-workflow-attestation.sigstore.json'), wrong))).toBe('IDENTITY_MISMATCH');
  });

  it('refuses the custom-issuer bundle unless that issuer is allowed', () => {
    const bundle = bundleJSON('custom-issuer.sigstore.json');
    const request = { ...fileArtifact('custom-issuer-artifact'), identity: { issuer, repository: 'too-legit/attest' } };
    expect(failureCode(() => publicGood.verify(bundle, request))).toBe('IDENTITY_MISMATCH');
    const allowed = { ...request, identity: { ...request.identity, issuer: exactMatcher('https://token.actions.githubusercontent.com/hammer-time') } };
    expect(publicGood.verify(bundle, allowed).signer).toMatchObject({ issuer: 'https://token.actions.githubusercontent.com/hammer-time' });
    const byPattern = { ...request, identity: { ...request.identity, issuer: patternMatcher('https://token\\.actions\\.githubusercontent\\.com/[a-z-]+', 'cert-oidc-issuer-regexp') } };
    expect(publicGood.verify(bundle, byPattern).statement).toBeDefined();
  });

  it('refuses to verify a keyless bundle against a policy that names no signer', () => {
    const bundle = bundleJSON('sigstore-js-2.1.0-bundle.json');
    expect(failureCode(() => publicGood.verify(bundle, { ...npm, identity: { issuer } }))).toBe('INPUT_INVALID');
  });

  it('refuses the bundle whose signature does not verify', () => {
    const bundle = bundleJSON('sigstoreBundle-invalid-signature.json');
    const identity = { subjectAlternativeName: exactMatcher('brian@dehamer.com'), issuer: exactMatcher('https://github.com/login/oauth') };
    const code = failureCode(() => publicGood.verify(bundle, { artifact: { sha256: 'a'.repeat(64) }, artifactBytes: Buffer.from('hello, world!'), identity }));
    expect(['SIGNATURE_INVALID', 'TLOG_INVALID']).toContain(code);
  });

  it('refuses the bundle from GitHub private instance as an untrusted instance unless its root is given', () => {
    const [bundle] = lines('github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl');
    const request = { ...fileArtifact('github_provenance_demo-0.0.12-py3-none-any.whl'), identity: { issuer, repository: 'actions/attest-demo' } };
    expect(failureCode(() => publicGood.verify(bundle, request))).toBe('UNTRUSTED_INSTANCE');
    const older = new BundleVerifier(parseTrustRoots(fixture('../roots/public-good-2024.json').toString('utf8'), 'public-good-2024.json'));
    expect(failureCode(() => older.verify(bundle, request))).toBe('UNTRUSTED_INSTANCE');
  });
});
