import { describe, expect, it } from '@jest/globals';
import { claimProblems, decodeJwtClaims, requireGitHubClaims } from '../../src/core/github-context.js';
import { thrownBy, validationErrorBy } from './intoto/helpers.js';

const b64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const jwt = (payload: unknown) => `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(payload)}.c2lnbmF0dXJl`;

describe('decodeJwtClaims', () => {
  it('decodes the payload without verifying the signature', () => {
    const claims = { iss: 'https://token.actions.githubusercontent.com', repository: 'o/r', run_id: '42', aud: ['a', 'b'], é: 'ü' };
    expect(decodeJwtClaims(jwt(claims))).toEqual(claims);
    expect(decodeJwtClaims(`  ${jwt(claims)}\n`)).toEqual(claims);
  });

  it.each([
    ['not a token', 'expected 3 dot-separated parts, found 1'],
    ['a.b.c.d.e', 'expected 3 dot-separated parts, found 5'],
    ['aGVhZGVy..c2ln', 'the payload is not base64url'],
    ['aGVhZGVy.eyJ+.c2ln', 'the payload is not base64url'],
    [`h.${b64url('{"secret-ish": ')}.s`, 'the payload is not UTF-8 JSON'],
    [`h.${Buffer.from([0xff, 0xfe]).toString('base64url')}.s`, 'the payload is not UTF-8 JSON'],
    [`h.${b64url('[1,2]')}.s`, 'the payload is not a JSON object'],
    [`h.${b64url('null')}.s`, 'the payload is not a JSON object'],
  ])('rejects a malformed token (%#) with OIDC_FAILED and never quotes it', (token, why) => {
    const e = thrownBy(() => decodeJwtClaims(token));
    expect(e.code).toBe('OIDC_FAILED');
    expect(e.message).toBe(`the OIDC token is malformed: ${why}`);
    expect(e.cause).toBeUndefined();
    for (const part of token.split('.').filter((p) => p.length > 3)) expect(e.message).not.toContain(part);
  });
});

describe('claimProblems and requireGitHubClaims', () => {
  it('names each missing or empty claim', () => {
    expect(claimProblems({ a: 'x', b: '', c: 5 }, ['a', 'b', 'c', 'd'])).toEqual([
      { path: 'b', message: 'claim must be a non-empty string' },
      { path: 'c', message: 'claim must be a non-empty string' },
      { path: 'd', message: 'claim is missing' },
    ]);
  });

  it('throws GITHUB_CONTEXT_INVALID listing them all', () => {
    const e = validationErrorBy(() => requireGitHubClaims({ sha: 'abc' }, ['sha', 'repository', 'run_id']));
    expect(e.code).toBe('GITHUB_CONTEXT_INVALID');
    expect(e.problems.map((p) => p.path)).toEqual(['repository', 'run_id']);
    expect(requireGitHubClaims({ sha: 'abc' }, ['sha']).sha).toBe('abc');
  });
});
