import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ChainmailError } from '../../src/core/errors.js';
import { releaseBundles, type ReleaseSource } from '../../src/github/release-bundles.js';
import { startGithubApi, type GithubApi } from '../support/index.js';

const network = { timeoutMs: 5000, retries: 1, minBackoffMs: 10 };
const bundle = (n: number) => ({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', n });

async function failure(run: () => Promise<unknown>): Promise<ChainmailError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChainmailError);
    return error as ChainmailError;
  }
  throw new Error('expected a failure');
}

describe('releaseBundles: the bundle assets of a release', () => {
  let gh: GithubApi;
  let source: ReleaseSource;
  beforeAll(async () => {
    gh = await startGithubApi();
    source = { apiUrl: gh.url, repository: 'octo-org/app', token: gh.token, network };
    const release = gh.addRelease('octo-org/app', 'v1.0.0');
    const asset = (id: number, name: string, text: string) => ({ id, name, label: '', contentType: 'application/json', data: Buffer.from(text) });
    release.assets.push(
      asset(1, 'app.tgz', 'not a bundle'),
      asset(2, 'app.tgz.sigstore.json', JSON.stringify(bundle(1))),
      asset(3, 'all.sigstore.jsonl', `${JSON.stringify(bundle(2))}\n${JSON.stringify(bundle(3))}\n`),
      asset(4, 'multiple.intoto.jsonl', `${JSON.stringify(bundle(4))}\n`),
      asset(5, 'broken.sigstore.json', '{oops'),
    );
    gh.addRelease('octo-org/app', 'v0.9.0');
  });
  afterAll(async () => gh.close());

  it('downloads every *.sigstore.json, *.sigstore.jsonl and *.intoto.jsonl asset through the API, with the token', async () => {
    gh.requests.clear();
    const candidates = await releaseBundles(source, 'v1.0.0');
    expect(candidates.map((c) => ('json' in c ? [c.source, (c.json as { n: number }).n] : [c.source, c.unreadable.code]))).toEqual([
      ['release v1.0.0 asset all.sigstore.jsonl line 1', 2],
      ['release v1.0.0 asset all.sigstore.jsonl line 2', 3],
      ['release v1.0.0 asset app.tgz.sigstore.json', 1],
      ['release v1.0.0 asset broken.sigstore.json', 'BUNDLE_INVALID'],
      ['release v1.0.0 asset multiple.intoto.jsonl', 4],
    ]);
    const downloads = gh.requests.all('get-asset');
    expect(downloads).toHaveLength(4);
    expect(downloads.every((r) => r.headers.accept === 'application/octet-stream' && r.headers.authorization === `Bearer ${gh.token}`)).toBe(true);
  });

  it('gives no candidates for a release without bundle assets', async () => {
    expect(await releaseBundles(source, 'v0.9.0')).toEqual([]);
  });

  it('fails with FETCH_FAILED, naming tag and repository, when there is no such release', async () => {
    const error = await failure(() => releaseBundles(source, 'v9.9.9'));
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toContain('"v9.9.9" in octo-org/app');
  });

  it('fails with FETCH_FAILED on a bad token', async () => {
    const error = await failure(() => releaseBundles({ ...source, token: 'ghp_bad' }, 'v1.0.0'));
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toContain('HTTP 401');
  });
});
