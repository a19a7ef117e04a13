import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '../../../src/core/errors.js';
import { INPUT, parseInputs, type InputName } from '../../../src/actions/verify-chain/inputs.js';

const raw = (values: Partial<Record<InputName, string>>) => (name: InputName): string => values[name] ?? '';

describe('verify-chain inputs', () => {
  it('reads a minimal set with the defaults', () => {
    const inputs = parseInputs(raw({ [INPUT.subjectPath]: 'dist/app.tgz', [INPUT.githubToken]: 't' }));
    expect(inputs).toMatchObject({
      subject: { path: 'dist/app.tgz' },
      predicateType: 'https://slsa.dev/provenance/v1',
      showSummary: true,
      network: { timeoutMs: 30_000, retries: 3 },
      signer: { denySelfHostedRunners: false },
    });
    expect(inputs.tuf).toBeUndefined();
    expect(inputs.repo).toBeUndefined();
  });

  it('reads every input', () => {
    const inputs = parseInputs(raw({
      [INPUT.subjectDigest]: `sha512:${'a'.repeat(128)}`, [INPUT.bundlePath]: 'b', [INPUT.repo]: 'o/r', [INPUT.owner]: 'o',
      [INPUT.signerWorkflow]: 'o/r/.github/workflows/x.yml', [INPUT.sourceRef]: 'refs/tags/v1', [INPUT.denySelfHostedRunners]: 'true',
      [INPUT.certOidcIssuer]: 'https://issuer', [INPUT.trustedRoot]: 'root.json', [INPUT.tufRefresh]: 'true', [INPUT.tufMirror]: 'https://tuf.example/',
    }));
    expect(inputs).toMatchObject({
      subject: { digest: `sha512:${'a'.repeat(128)}` }, bundlePath: 'b', repo: 'o/r', trustedRoot: 'root.json',
      signer: { owner: 'o', signerWorkflow: 'o/r/.github/workflows/x.yml', sourceRef: 'refs/tags/v1', denySelfHostedRunners: true, certOidcIssuer: 'https://issuer' },
      tuf: { mirror: 'https://tuf.example' },
    });
  });

  it('reports every bad input at once, each by name', () => {
    let error: unknown;
    try {
      parseInputs(raw({
        [INPUT.subjectDigest]: 'sha256:abc', [INPUT.bundlePath]: 'b', [INPUT.releaseTag]: 'v1', [INPUT.predicateType]: 'not a uri',
        [INPUT.certIdentity]: 'a', [INPUT.certIdentityRegexp]: 'b', [INPUT.tufMirror]: 'https://m', [INPUT.showSummary]: 'maybe',
        [INPUT.networkRetries]: '99', [INPUT.repo]: 'no-slash',
      }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const problems = (error as ValidationError).problems.map((p) => p.path);
    expect((error as ValidationError).code).toBe('INPUT_INVALID');
    expect(problems).toEqual(expect.arrayContaining([
      INPUT.subjectDigest, INPUT.releaseTag, INPUT.predicateType, INPUT.tufMirror, INPUT.showSummary, INPUT.networkRetries,
      'cert-identity and cert-identity-regexp', INPUT.repo,
    ]));
  });

  it('requires the artifact, and a sha256 digest for the attestations API', () => {
    expect(() => parseInputs(raw({}))).toThrow(/subject-path: one of subject-path or subject-digest is required/);
    expect(() => parseInputs(raw({ [INPUT.subjectDigest]: `sha512:${'a'.repeat(128)}` }))).toThrow(/searched by sha256/);
  });
});
