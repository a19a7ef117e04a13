import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import { decodeJwt, githubClaims, startOidcServer, type OidcServer } from './oidc.js';

describe('OIDC token endpoint', () => {
  let oidc: OidcServer;
  beforeAll(async () => {
    oidc = await startOidcServer();
  });
  afterAll(async () => oidc.close());

  const request = (auth?: string): Promise<Response> =>
    fetch(`${oidc.requestURL}&audience=sigstore`, auth ? { headers: { authorization: auth } } : {});

  it('answers the runner protocol with a signed GitHub token', async () => {
    const res = await request(`Bearer ${oidc.requestToken}`);
    expect(res.status).toBe(200);
    const { value } = (await res.json()) as { value: string };
    const claims = decodeJwt(value);
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com', aud: 'sigstore',
      sub: 'repo:octo-org/octo-repo:ref:refs/heads/main', repository_owner: 'octo-org',
      job_workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
    });
    const [h, p, s] = value.split('.');
    const key = crypto.createPublicKey({ key: oidc.jwk, format: 'jwk' });
    expect(crypto.verify('sha256', Buffer.from(`${h}.${p}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(s ?? '', 'base64url'))).toBe(true);
  });

  it('rejects a missing or wrong bearer token', async () => {
    expect((await request()).status).toBe(401);
    expect((await request('Bearer nope')).status).toBe(401);
  });

  it('keeps derived claims consistent with overrides', () => {
    const c = githubClaims({ repository: 'acme/widget', ref: 'refs/tags/v1.2.3' });
    expect(c).toMatchObject({ sub: 'repo:acme/widget:ref:refs/tags/v1.2.3', repository_owner: 'acme', ref_type: 'tag' });
    expect(c.exp - c.iat).toBe(300);
  });

  it('mints tokens with per-test claims', () => {
    oidc.setClaims({ event_name: 'pull_request' });
    expect(decodeJwt(oidc.mintToken('sigstore'))['event_name']).toBe('pull_request');
    oidc.setClaims({});
  });
});
