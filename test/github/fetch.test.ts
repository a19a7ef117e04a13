import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { proxyFor } from '../../src/github/fetch.js';
import { requestWithRetry } from '../../src/github/http.js';
import { startHttpProxy, type HttpProxy } from '../support/http-proxy.js';
import { json, startHttpServer, type HttpServer } from '../support/http-server.js';

const network = { timeoutMs: 5_000, retries: 0, minBackoffMs: 10 };
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];

describe('chainmail\'s own HTTP calls behind a proxy (a self-hosted runner\'s HTTPS_PROXY / HTTP_PROXY / NO_PROXY)', () => {
  let api: HttpServer;
  let proxy: HttpProxy;
  const saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
  const withEnvironment = async <T>(env: Record<string, string>, run: () => Promise<T>): Promise<T> => {
    for (const name of PROXY_VARIABLES) delete process.env[name];
    Object.assign(process.env, env);
    try {
      return await run();
    } finally {
      for (const name of PROXY_VARIABLES) delete process.env[name];
      for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
    }
  };
  const get = (): Promise<{ status: number; text: string }> =>
    requestWithRetry({ method: 'GET', url: `${api.url}/repos/o/r` }, network, 'read the repository', 'FETCH_FAILED');

  beforeAll(async () => {
    api = await startHttpServer({ routes: [{ name: 'repo', method: 'GET', path: '/repos/:owner/:repo', handler: (req) => json(200, { full_name: `${req.params.owner}/${req.params.repo}` }) }] });
    proxy = await startHttpProxy();
  });
  afterAll(async () => {
    await api.close();
    await proxy.close();
  });

  it('go through the proxy the environment names, in either case', async () => {
    for (const name of ['HTTP_PROXY', 'http_proxy']) {
      proxy.targets.length = 0;
      const answer = await withEnvironment({ [name]: proxy.url }, get);
      expect(answer).toMatchObject({ status: 200, text: '{"full_name":"o/r"}' });
      expect(proxy.targets).toEqual([new URL(api.url).host]);
    }
  });

  it('go straight to hosts NO_PROXY names, and everywhere when no proxy is set', async () => {
    proxy.targets.length = 0;
    expect((await withEnvironment({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }, get)).status).toBe(200);
    expect((await withEnvironment({}, get)).status).toBe(200);
    expect(proxy.targets).toEqual([]);
  });

  it('fail naming the call when the proxy cannot be reached', async () => {
    await expect(withEnvironment({ HTTP_PROXY: 'http://127.0.0.1:9' }, get)).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringMatching(/^read the repository failed after 1 attempts: /),
    });
  });

  it('take the proxy for the URL\'s scheme as @actions/http-client does, lower case first, an empty one unset', () => {
    const api = 'https://api.github.com/repos/o/r';
    expect(proxyFor(api, { https_proxy: 'http://a:3128', HTTPS_PROXY: 'http://b:3128' })).toBe('http://a:3128');
    expect(proxyFor(api, { https_proxy: '', HTTPS_PROXY: 'http://b:3128' })).toBe('http://b:3128');
    expect(proxyFor(api, { HTTP_PROXY: 'http://c:3128' })).toBeUndefined();
    expect(proxyFor('http://127.0.0.1:8080/x', { HTTP_PROXY: 'http://c:3128' })).toBe('http://c:3128');
    expect(proxyFor(api, {})).toBeUndefined();
  });
});
