import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startGithubApi, type GithubApi } from './github-api.js';

/** A minimal bundle whose DSSE statement names one subject. */
function bundleFor(sha256: string): Record<string, unknown> {
  const statement = { _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'a', digest: { sha256 } }] };
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    dsseEnvelope: { payloadType: 'application/vnd.in-toto+json', payload: Buffer.from(JSON.stringify(statement)).toString('base64'), signatures: [] },
  };
}

describe('fake GitHub API', () => {
  let gh: GithubApi;
  const digest = 'b'.repeat(64);
  beforeAll(async () => {
    gh = await startGithubApi();
  });
  afterAll(async () => gh.close());

  const call = (path: string, init: RequestInit = {}, auth = `Bearer ${gh.token}`): Promise<Response> =>
    fetch(path.startsWith('http') ? path : `${gh.url}${path}`, { ...init, headers: { authorization: auth, ...init.headers } });

  it('stores a posted attestation', async () => {
    const res = await call('/repos/o/r/attestations', { method: 'POST', body: JSON.stringify({ bundle: bundleFor(digest) }) });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: expect.any(Number) });
    expect(gh.attestations('o/r')[0]?.subjectDigests).toEqual([`sha256:${digest}`]);
  });

  it('requires a token (Bearer or token scheme)', async () => {
    expect((await call('/repos/o/r/attestations', { method: 'POST', body: '{}' }, 'Bearer wrong')).status).toBe(401);
    expect((await call(`/repos/o/r/attestations/sha256:${digest}`, {}, `token ${gh.token}`)).status).toBe(200);
  });

  it('pages a listing through Link rel="next"', async () => {
    for (let i = 0; i < 4; i++) gh.seedAttestation('o/r', bundleFor(digest));
    let next: string | undefined = `/repos/o/r/attestations/sha256:${digest}?per_page=2`;
    const sizes: number[] = [];
    while (next) {
      const res = await call(next);
      const body = (await res.json()) as { attestations: Array<{ repository_id: number }> };
      sizes.push(body.attestations.length);
      expect(body.attestations[0]?.repository_id).toBe(gh.repositoryId);
      next = /<([^>]+)>; rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
    }
    expect(sizes).toEqual([2, 2, 1]);
    expect((await call(`/repos/o/r/attestations/sha256:${'c'.repeat(64)}`)).status).toBe(404);
  });

  it('uploads release assets, refusing a duplicate name', async () => {
    const seeded = gh.addRelease('o/r', 'v1.0.0');
    const rel = (await (await call('/repos/o/r/releases/tags/v1.0.0')).json()) as { id: number; upload_url: string };
    expect(rel.id).toBe(seeded.id);
    const uploadURL = rel.upload_url.replace('{?name,label}', '?name=app.intoto.jsonl');
    const up = await call(uploadURL, { method: 'POST', body: 'bytes', headers: { 'content-type': 'application/jsonl' } });
    expect(up.status).toBe(201);
    const asset = (await up.json()) as { browser_download_url: string };
    expect(gh.release('o/r', 'v1.0.0')?.assets[0]?.data.toString()).toBe('bytes');
    expect(await (await fetch(asset.browser_download_url)).text()).toBe('bytes');
    expect((await call(uploadURL, { method: 'POST', body: 'again' })).status).toBe(422);
    expect((await call(`/repos/o/r/releases/${seeded.id}`)).status).toBe(200);
  });
});
