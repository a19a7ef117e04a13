// Adapts @sigstore/mock's handlers (request text in, {statusCode, response} out) to loopback routes.
import type { HandlerFn } from '@sigstore/mock';
import type { RouteHandler, RouteResponse } from './http-server.js';

export type MockResult = Awaited<ReturnType<HandlerFn>>;

export function toRouteResponse(out: MockResult): RouteResponse {
  const headers: Record<string, string> = out.contentType ? { 'content-type': out.contentType } : {};
  // Views may sit inside a larger (pooled) ArrayBuffer: honour their offset and length.
  const body = typeof out.response === 'string'
    ? out.response
    : Buffer.from(out.response.buffer, out.response.byteOffset, out.response.byteLength);
  return { status: out.statusCode, body, headers };
}

export function mockRoute(fn: HandlerFn): RouteHandler {
  return async ({ body }) => toRouteResponse(await fn(body.toString('utf8')));
}
