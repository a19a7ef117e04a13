import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ChainmailError } from '../../src/core/errors.js';
import { attestationBundles, type AttestationsSource } from '../../src/github/attestations-list.js';
import { json, startGithubApi, startHttpServer, type GithubApi, type HttpServer } from '../support/index.js';
import { snappyCompress } from '../support/snappy.js';

const network = { timeoutMs: 5000, retries: 2, minBackoffMs: 10 };

function bundleFor(sha256: string, n = 0): Record<string, unknown> {
  const statement = { _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'a', digest: { sha256 } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: { n } };
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    dsseEnvelope: { payloadType: 'application/vnd.in-toto+json', payload: Buffer.from(JSON.stringify(statement)).toString('base64'), signatures: [] },
  };
}

async function failure(run: () => Promise<unknown>): Promise<ChainmailError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChainmailError);
    return error as ChainmailError;
  }
  throw new Error('expected a failure');
}

describe('attestationBundles: the attestations API by subject digest', () => {
  let gh: GithubApi;
  let source: AttestationsSource;
  beforeAll(async () => {
    gh = await startGithubApi();
    source = { apiUrl: gh.url, repository: 'octo-org/app', token: gh.token, network };
  });
  afterAll(async () => gh.close());

  it('lists every attestation over all pages (per_page=100, cursor Link rel="next"), in order', async () => {
    const digest = '1'.repeat(64);
    for (let i = 0; i < 250; i++) gh.seedAttestation('octo-org/app', bundleFor(digest, i));
    gh.seedAttestation('octo-org/other', bundleFor(digest));
    gh.requests.clear();
    const candidates = await attestationBundles(source, `sha256:${digest}`);
    expect(candidates).toHaveLength(250);
    expect(candidates[0]?.source).toBe('attestations API (octo-org/app) #1');
    expect(candidates[249]?.source).toBe('attestations API (octo-org/app) #250');
    const requests = gh.requests.all('list-attestations');
    expect(requests.map((r) => r.query.get('per_page'))).toEqual(['100', '100', '100']);
    expect(requests[0]?.headers.authorization).toBe(`Bearer ${gh.token}`);
  });

  it('finds no attestation on a 404: an empty list, not an error', async () => {
    expect(await attestationBundles(source, `sha256:${'2'.repeat(64)}`)).toEqual([]);
  });

  it('fails the source with FETCH_FAILED on a bad token (401), naming the repository', async () => {
    const error = await failure(() => attestationBundles({ ...source, token: 'ghp_not-the-token-42' }, `sha256:${'1'.repeat(64)}`));
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toContain('HTTP 401 Bad credentials');
    expect(error.message).toContain('octo-org/app');
    expect(error.message).not.toContain('ghp_not-the-token-42');
  });

  it('retries a 5xx and then succeeds; gives up with FETCH_FAILED after the retries', async () => {
    const digest = '3'.repeat(64);
    gh.seedAttestation('octo-org/app', bundleFor(digest));
    gh.faults.set('list-attestations', [{ kind: 'status', status: 503 }]);
    gh.requests.clear();
    expect(await attestationBundles(source, `sha256:${digest}`)).toHaveLength(1);
    expect(gh.requests.outcomes('list-attestations')).toEqual([503, 200]);
    gh.faults.set('list-attestations', [{ kind: 'status', status: 502 }, { kind: 'status', status: 502 }, { kind: 'status', status: 502 }]);
    expect((await failure(() => attestationBundles(source, `sha256:${digest}`))).code).toBe('FETCH_FAILED');
    gh.faults.clear();
  });
});

describe('attestationBundles: what other APIs answer', () => {
  let server: HttpServer;
  const bundle = bundleFor('4'.repeat(64));
  beforeAll(async () => {
    server = await startHttpServer();
    server.route({ name: 'blob', method: 'GET', path: '/blob/snappy', handler: () => ({ status: 200, body: snappyCompress(Buffer.from(JSON.stringify(bundle))) }) });
    server.route({ name: 'blob-json', method: 'GET', path: '/blob/json', handler: () => json(200, bundle) });
    server.route({ name: 'blob-404', method: 'GET', path: '/blob/gone', handler: () => json(404, {}) });
    server.route({
      name: 'list', method: 'GET', path: '/repos/o/urls/attestations/:digest',
      handler: () => json(200, { attestations: [{ bundle_url: `${server.url}/blob/snappy` }, { bundle_url: `${server.url}/blob/json` }, { bundle_url: `${server.url}/blob/gone` }, {}] }),
    });
    server.route({
      name: 'list-elsewhere', method: 'GET', path: '/repos/o/evil/attestations/:digest',
      handler: () => json(200, { attestations: [] }, { link: '<https://evil.example/next?page=2>; rel="next"' }),
    });
  });
  afterAll(async () => server.close());

  it('fetches a bundle given only by bundle_url (Snappy-compressed, as GitHub stores it, or plain JSON), without the token', async () => {
    const candidates = await attestationBundles({ apiUrl: server.url, repository: 'o/urls', token: 'secret', network }, `sha256:${'4'.repeat(64)}`);
    expect(candidates.slice(0, 2)).toEqual([
      { source: 'attestations API (o/urls) #1', json: bundle },
      { source: 'attestations API (o/urls) #2', json: bundle },
    ]);
    expect(candidates.slice(2).map((c) => ('unreadable' in c ? c.unreadable.code : 'read'))).toEqual(['FETCH_FAILED', 'BUNDLE_INVALID']);
    expect(server.requests.all('blob').every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it('refuses to follow a next page to another origin (the token stays with the API)', async () => {
    const error = await failure(() => attestationBundles({ apiUrl: server.url, repository: 'o/evil', token: 'secret', network }, `sha256:${'4'.repeat(64)}`));
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toContain('https://evil.example');
  });
});
