// A tiny loopback HTTP server for the fakes: named routes, fault injection and a request log. Tests talk to it
// over real sockets, so retries, timeouts and connection resets behave as they do against the real services.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Faults, RequestLog, type RecordedRequest } from './faults.js';

export interface RouteRequest {
  readonly method: string;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface RouteResponse {
  readonly status: number;
  readonly body?: string | Uint8Array;
  readonly headers?: Record<string, string>;
}

export type RouteHandler = (req: RouteRequest) => RouteResponse | Promise<RouteResponse>;

export interface Route {
  /** Endpoint name used by fault rules and the request log ('fulcio', 'rekor', 'create-attestation'...). */
  readonly name: string;
  readonly method: string;
  /** '/repos/:owner/:repo/attestations' (`:x` captures one segment) or a RegExp with named groups. */
  readonly path: string | RegExp;
  readonly handler: RouteHandler;
}

export interface HttpServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  readonly faults: Faults;
  readonly requests: RequestLog;
  /** Add a route after start (handlers that need the server's own URL are built after listen). */
  route(route: Route): void;
  close(): Promise<void>;
}

export interface HttpServerOptions {
  readonly routes?: readonly Route[];
  /** Share one Faults / RequestLog across the servers of a stack. */
  readonly faults?: Faults;
  readonly requests?: RequestLog;
}

/** A JSON response. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): RouteResponse {
  return { status, body: JSON.stringify(value), headers: { 'content-type': 'application/json', ...headers } };
}

function compile(path: string | RegExp): RegExp {
  if (path instanceof RegExp) return path;
  const source = path
    .split('/')
    .map((seg) => (seg.startsWith(':') ? `(?<${seg.slice(1)}>[^/]+)` : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

export async function startHttpServer(options: HttpServerOptions = {}): Promise<HttpServer> {
  const faults = options.faults ?? new Faults();
  const requests = options.requests ?? new RequestLog();
  const routes: Array<Route & { readonly re: RegExp }> = [];
  const addRoute = (r: Route): void => void routes.push({ ...r, re: compile(r.path) });
  options.routes?.forEach(addRoute);
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const t = setTimeout(() => (timers.delete(t), resolve()), ms);
      timers.add(t);
    });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void serve(req, res, Buffer.concat(chunks)));
  });

  async function serve(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    let params: Record<string, string> = {};
    const route = routes.find((r) => {
      const m = r.method === method ? r.re.exec(url.pathname) : null;
      if (m) params = Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
      return m !== null;
    });
    const endpoint = route?.name ?? 'unmatched';
    const entry: RecordedRequest = requests.record({
      endpoint, method, path: url.pathname, query: url.searchParams, headers: req.headers, body,
    });
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    const fault = faults.next(endpoint);
    if (fault) entry.fault = fault.kind;
    if (fault?.kind === 'delay') await sleep(fault.ms);
    if (fault?.kind === 'hang') return void (entry.outcome = 'hang');
    if (fault?.kind === 'reset') return void (entry.outcome = 'reset', req.socket.destroy());
    let out: RouteResponse;
    if (fault?.kind === 'status') {
      out = fault.body !== undefined
        ? { status: fault.status, body: fault.body, headers: fault.headers }
        : json(fault.status, { message: `injected fault: HTTP ${fault.status}` }, fault.headers);
    } else if (!route) {
      out = json(404, { message: 'Not Found' });
    } else {
      try {
        out = await route.handler({ method, url, params, headers: req.headers, body });
      } catch (err) {
        out = json(500, { message: err instanceof Error ? err.message : String(err) });
      }
    }
    if (fault?.kind === 'drop-response') return void (entry.outcome = 'drop-response', req.socket.destroy());
    entry.outcome = out.status;
    res.writeHead(out.status, out.headers);
    res.end(out.body);
  }

  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    faults,
    requests,
    route: addRoute,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}
