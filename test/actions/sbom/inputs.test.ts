import { describe, expect, it } from '@jest/globals';
import { INPUT, parseInputs, type InputName } from '../../../src/actions/sbom/inputs.js';
import { isChainmailError, ValidationError } from '../../../src/core/errors.js';

const defaults: Partial<Record<InputName, string>> = {
  path: '.', format: 'cyclonedx-json', reproducible: 'false', attest: 'true', sigstore: 'auto', 'upload-attestations': 'true',
  'github-token': 'ghs_token', 'show-summary': 'true', 'request-timeout-seconds': '30', 'network-retries': '3',
};
const parse = (given: Partial<Record<InputName, string>>) => parseInputs((name) => ({ ...defaults, ...given })[name] ?? '');

function problems(given: Partial<Record<InputName, string>>): string[] {
  try {
    parse(given);
  } catch (e) {
    if (e instanceof ValidationError && isChainmailError(e) && e.code === 'INPUT_INVALID') return e.problems.map((p) => `${p.path}: ${p.message}`);
    throw e;
  }
  throw new Error('no problem reported');
}

describe('sbom inputs', () => {
  it('reads the defaults: scan the workspace, CycloneDX, attest and upload, nothing fails the step', () => {
    expect(parse({})).toEqual({
      path: '.', lockfiles: [], formats: ['cyclonedx-json'], reproducible: false, attest: true, failOn: [],
      signing: { sigstore: 'auto', network: { timeoutMs: 30_000, retries: 3, minBackoffMs: 500 } },
      uploadAttestations: true, githubToken: 'ghs_token', showSummary: true,
    });
  });

  it('reads lists, both formats, fail-on rules, scopes and the base', () => {
    const inputs = parse({
      path: 'web', lockfiles: 'package-lock.json\nrequirements.txt', format: 'both', 'fail-on': 'new-non-registry-source, unpinned-action',
      'internal-scopes': '@Corp, tools', 'base-ref': 'origin/main', 'subject-path': 'dist/*.tgz', 'output-dir': 'out', reproducible: 'true',
    });
    expect(inputs).toMatchObject({
      path: 'web', lockfiles: ['package-lock.json', 'requirements.txt'], formats: ['cyclonedx-json', 'spdx-json'],
      failOn: ['new-non-registry-source', 'unpinned-action'], internalScopes: ['@corp', '@tools'], baseRef: 'origin/main',
      subjectPath: 'dist/*.tgz', outputDir: 'out', reproducible: true,
    });
    expect(parse({ 'internal-scopes': 'none' }).internalScopes).toEqual([]);
  });

  it('reports every bad input at once, each by name', () => {
    expect(problems({ format: 'xml', 'fail-on': 'new-thing', 'internal-scopes': 'not a scope', 'network-retries': 'x', 'base-ref': '--upload-pack=x' })).toEqual([
      'format: "xml" is not one of cyclonedx-json, spdx-json, both',
      expect.stringMatching(/^fail-on: "new-thing" is not a rule; expected any of unpinned-action, .*new-dependency$/),
      'network-retries: "x" is not a whole number from 0 to 10',
      'internal-scopes: "not a scope" is not an npm scope; expected a name like @corp',
      'base-ref: "--upload-pack=x" is not a git revision',
    ]);
  });

  it('needs a token to upload, and attest for a subject-path', () => {
    expect(problems({ 'github-token': '', 'subject-path': 'dist/app', attest: 'false' })).toEqual([
      'subject-path: names what the SBOM is attested to; it needs attest: true',
    ]);
    expect(problems({ 'github-token': '' })).toEqual(['github-token: required to upload the attestation (set upload-attestations: false to keep only the bundle files)']);
    expect(parse({ 'github-token': '', 'upload-attestations': 'false' }).uploadAttestations).toBe(false);
  });

  it('names its inputs in one constant', () => {
    expect(Object.values(INPUT)).toContain('fail-on');
    expect(new Set(Object.values(INPUT)).size).toBe(Object.values(INPUT).length);
  });
});
