import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '../../../src/core/errors.js';
import { parseInputs, type InputName } from '../../../src/actions/sign-artifact/inputs.js';

const defaults: Partial<Record<InputName, string>> = {
  'digest-algorithm': 'sha256', 'max-subjects-per-attestation': '1024', 'attestation-per-subject': 'false', sigstore: 'auto',
  'upload-attestations': 'true', 'upload-to-release': 'auto', 'github-token': 'ghs_token', 'show-summary': 'true',
  'request-timeout-seconds': '30', 'network-retries': '3',
};
const parse = (given: Partial<Record<InputName, string>>) => parseInputs((name) => ({ ...defaults, ...given })[name] ?? '');

function problemsOf(given: Partial<Record<InputName, string>>) {
  try {
    parse(given);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe('INPUT_INVALID');
    return (error as ValidationError).problems.map((p) => p.path);
  }
  throw new Error('expected the inputs to be refused');
}

describe('sign-artifact inputs', () => {
  it('defaults to SLSA provenance over subject-path files', () => {
    const inputs = parse({ 'subject-path': 'dist/*.tgz' });
    expect(inputs.predicate).toEqual({ kind: 'provenance' });
    expect(inputs.subjects).toEqual({ subjectPath: 'dist/*.tgz' });
    expect(inputs.maxSubjectsPerAttestation).toBe(1024);
    expect(inputs.network).toEqual({ timeoutMs: 30_000, retries: 3, minBackoffMs: 500 });
  });

  it('takes a custom predicate inline or from a file, with its type', () => {
    expect(parse({ 'subject-path': 'a', 'predicate-type': 'https://example.com/p/v1', predicate: '{}' }).predicate).toEqual({ kind: 'inline', type: 'https://example.com/p/v1', json: '{}' });
    expect(parse({ 'subject-path': 'a', 'predicate-type': 'https://example.com/p/v1', 'predicate-path': 'p.json' }).predicate).toEqual({ kind: 'file', type: 'https://example.com/p/v1', path: 'p.json' });
  });

  it('names every bad input at once', () => {
    expect(problemsOf({ 'subject-path': 'a', 'subject-digest': 'sha256:x', 'max-subjects-per-attestation': '0', sigstore: 'rekor', 'fulcio-url': 'ftp://x', 'network-retries': 'many' }))
      .toEqual(expect.arrayContaining(['subject-digest', 'subject-name', 'max-subjects-per-attestation', 'sigstore', 'fulcio-url', 'network-retries']));
  });

  it('requires exactly one way of naming subjects', () => {
    expect(problemsOf({})).toEqual(['subject-path']);
    expect(problemsOf({ 'subject-name': 'app' })).toEqual(['subject-path', 'subject-digest']);
  });

  it('refuses a predicate without its type, a type that is not a URI, and a type without a predicate', () => {
    expect(problemsOf({ 'subject-path': 'a', predicate: '{}' })).toEqual(['predicate-type']);
    expect(problemsOf({ 'subject-path': 'a', 'predicate-type': 'not a uri', predicate: '{}' })).toEqual(['predicate-type']);
    expect(problemsOf({ 'subject-path': 'a', 'predicate-type': 'https://example.com/p' })).toEqual(['predicate']);
  });

  it('needs a token only when it uploads', () => {
    expect(problemsOf({ 'subject-path': 'a', 'github-token': '' })).toEqual(['github-token']);
    expect(problemsOf({ 'subject-path': 'a', 'github-token': '', 'upload-attestations': 'false', 'release-tag': 'v1' })).toEqual(['github-token']);
    expect(parse({ 'subject-path': 'a', 'github-token': '', 'upload-attestations': 'false' }).githubToken).toBe('');
  });
});
