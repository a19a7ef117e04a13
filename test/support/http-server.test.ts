import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { json, startHttpServer, type HttpServer } from './http-server.js';

describe('loopback http server', () => {
  let server: HttpServer;
  beforeEach(async () => {
    server = await startHttpServer({
      routes: [
        { name: 'echo', method: 'POST', path: '/echo/:id', handler: ({ params, body }) => json(200, { id: params['id'], body: body.toString() }) },
        { name: 'boom', method: 'GET', path: '/boom', handler: () => { throw new Error('kaput'); } },
      ],
    });
  });
  afterEach(async () => server.close());

  const post = (body = 'hi'): Promise<Response> => fetch(`${server.url}/echo/a%2Fb`, { method: 'POST', body });

  it('routes with decoded params and records the request', async () => {
    const res = await post();
    expect(await res.json()).toEqual({ id: 'a/b', body: 'hi' });
    expect(server.requests.count('echo')).toBe(1);
    expect(server.requests.all('echo')[0]?.body.toString()).toBe('hi');
    expect(server.requests.outcomes('echo')).toEqual([200]);
  });

  it('answers 404 for unknown paths and 500 for handler errors', async () => {
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    expect((await fetch(`${server.url}/boom`)).status).toBe(500);
    expect(server.requests.count('unmatched')).toBe(1);
  });

  it('consumes one-shot faults in order, then falls back to the persistent rule', async () => {
    server.faults.set('echo', [{ kind: 'status', status: 503 }, { kind: 'status', status: 429, headers: { 'retry-after': '1' } }]);
    server.faults.always('echo', { kind: 'status', status: 500 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post()).status);
    expect(statuses).toEqual([503, 429, 500]);
    server.faults.clear('echo');
    expect((await post()).status).toBe(200);
  });

  it('resets the connection without a response', async () => {
    server.faults.set('echo', [{ kind: 'reset' }]);
    await expect(post()).rejects.toThrow();
    expect(server.requests.outcomes('echo')).toEqual(['reset']);
  });

  it('runs the handler but drops the response for drop-response', async () => {
    server.faults.set('*', [{ kind: 'drop-response' }]);
    await expect(post()).rejects.toThrow();
    expect(server.requests.all('echo')[0]?.fault).toBe('drop-response');
  });

  it('delays one request and adds global latency to all', async () => {
    server.faults.set('echo', [{ kind: 'delay', ms: 150 }]);
    let t = Date.now();
    expect((await post()).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
    server.faults.latencyMs = 60;
    t = Date.now();
    await post();
    expect(Date.now() - t).toBeGreaterThanOrEqual(55);
  });

  it('closes even with a hanging request in flight', async () => {
    server.faults.always('echo', { kind: 'hang' });
    const pending = post().catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    await server.close();
    // fetch's TypeError comes from another realm than jest's, so match by shape.
    expect(await pending).toMatchObject({ name: 'TypeError' });
    await expect(fetch(`${server.url}/echo/x`, { method: 'POST' })).rejects.toThrow();
  });
});
