import { setTimeout as sleep } from 'node:timers/promises';
import { ChainmailError, type ChainmailErrorCode } from '../core/errors.js';
import { backoffMs, isRetryableStatus, type NetworkPolicy } from '../core/network-policy.js';
import { environmentFetch } from './fetch.js';

export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Uint8Array;
  /** Refuse a response body larger than this (checked on Content-Length, then on the bytes read). */
  readonly maxBytes?: number;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body's bytes (text is their UTF-8 decoding). */
  readonly body: Buffer;
}

/**
 * One HTTP request with a timeout per attempt and retries with backoff on 5xx, 408, 429 and connection
 * errors (honouring a short Retry-After). Any other answer is returned to the caller to judge.
 * `what` names the call in the error ("upload to the attestations API").
 */
export async function requestWithRetry(
  request: HttpRequest,
  network: NetworkPolicy,
  what: string,
  code: ChainmailErrorCode,
): Promise<HttpResponse> {
  let lastProblem = '';
  let retryAfter: number | undefined;
  for (let attempt = 0; attempt <= network.retries; attempt++) {
    if (attempt > 0) await sleep(retryAfter ?? backoffMs(network, attempt));
    retryAfter = undefined;
    try {
      const response = await environmentFetch(request.url, {
        method: request.method,
        headers: request.headers ?? {},
        ...(request.body === undefined ? {} : { body: request.body }),
        signal: AbortSignal.timeout(network.timeoutMs),
      });
      const body = await readBody(response, request.maxBytes, what, code);
      const text = body.toString('utf8');
      if (!isRetryableStatus(response.status)) return { status: response.status, headers: response.headers, text, body };
      lastProblem = `HTTP ${response.status}${summarize(text)}`;
      retryAfter = retryAfterMs(response.headers.get('retry-after'), network);
    } catch (error) {
      if (error instanceof ChainmailError) throw error;
      lastProblem = connectionProblem(error, network);
    }
  }
  throw new ChainmailError(code, `${what} failed after ${network.retries + 1} attempts: ${lastProblem}`);
}

async function readBody(response: Response, maxBytes: number | undefined, what: string, code: ChainmailErrorCode): Promise<Buffer> {
  const tooLarge = (size: number): ChainmailError =>
    new ChainmailError(code, `${what}: the response is ${size} bytes; the limit is ${maxBytes} bytes`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (maxBytes !== undefined && Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(declared);
  }
  const body = Buffer.from(await response.arrayBuffer());
  if (maxBytes !== undefined && body.length > maxBytes) throw tooLarge(body.length);
  return body;
}

function retryAfterMs(header: string | null, network: NetworkPolicy): number | undefined {
  const seconds = header === null ? NaN : Number(header);
  // A server asking for a long wait gets our own capped backoff instead of stalling the job.
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, network.minBackoffMs * 16) : undefined;
}

function connectionProblem(error: unknown, network: NetworkPolicy): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${network.timeoutMs} ms`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function summarize(text: string): string {
  const line = text.trim().split('\n')[0]?.slice(0, 200) ?? '';
  return line ? `: ${line}` : '';
}
