// Fault injection and request recording for the loopback fakes. Both are plain objects shared by every
// server of a stack, so a test can program "Rekor answers 503 once" and then assert what was sent.

/** One programmed misbehaviour, applied to one request. */
export type FaultRule =
  | { readonly kind: 'status'; readonly status: number; readonly body?: string; readonly headers?: Record<string, string> }
  | { readonly kind: 'reset' } // destroy the socket before any response (ECONNRESET at the client)
  | { readonly kind: 'delay'; readonly ms: number } // wait, then answer normally
  | { readonly kind: 'hang' } // never answer (until the server closes): exercises client timeouts
  | { readonly kind: 'drop-response' }; // run the handler (side effects happen), then reset: "committed but unheard"

/** Wildcard endpoint name: rules set on it apply to every endpoint that has no rule of its own. */
export const ANY_ENDPOINT = '*';

export class Faults {
  /** Added to every request on every endpoint (benchmarks model network latency with it). */
  latencyMs = 0;
  private readonly queues = new Map<string, FaultRule[]>();
  private readonly persistent = new Map<string, FaultRule>();

  /** Replace the queue of one-shot rules for an endpoint; each request consumes one. */
  set(endpoint: string, rules: readonly FaultRule[]): this {
    this.queues.set(endpoint, [...rules]);
    return this;
  }

  /** Apply `rule` to every request on the endpoint once its one-shot queue is empty, until cleared. */
  always(endpoint: string, rule: FaultRule): this {
    this.persistent.set(endpoint, rule);
    return this;
  }

  /** Forget the rules of one endpoint, or of all endpoints (latency included). */
  clear(endpoint?: string): this {
    if (endpoint === undefined) {
      this.queues.clear();
      this.persistent.clear();
      this.latencyMs = 0;
    } else {
      this.queues.delete(endpoint);
      this.persistent.delete(endpoint);
    }
    return this;
  }

  /** The rule for the next request on `endpoint`, consuming a one-shot rule if there is one. */
  next(endpoint: string): FaultRule | undefined {
    for (const key of [endpoint, ANY_ENDPOINT]) {
      const queued = this.queues.get(key)?.shift();
      if (queued !== undefined) return queued;
      const always = this.persistent.get(key);
      if (always !== undefined) return always;
    }
    return undefined;
  }

  /** How many one-shot rules are still waiting on an endpoint (a test can assert they were all used). */
  pending(endpoint: string): number {
    return this.queues.get(endpoint)?.length ?? 0;
  }
}

/** One request as the server saw it, and what it answered. */
export interface RecordedRequest {
  readonly endpoint: string;
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
  /** The status sent, or the fault kind when no status was sent ('reset', 'hang', 'drop-response'). */
  outcome?: number | 'reset' | 'hang' | 'drop-response';
  /** The fault applied to this request, if any. */
  fault?: FaultRule['kind'];
}

export class RequestLog {
  private readonly entries: RecordedRequest[] = [];

  record(entry: RecordedRequest): RecordedRequest {
    this.entries.push(entry);
    return entry;
  }

  /** Every request, in arrival order, optionally only those of one endpoint. */
  all(endpoint?: string): readonly RecordedRequest[] {
    return endpoint === undefined ? [...this.entries] : this.entries.filter((e) => e.endpoint === endpoint);
  }

  count(endpoint?: string): number {
    return this.all(endpoint).length;
  }

  /** The outcomes of one endpoint's requests, in order, e.g. [503, 201]. */
  outcomes(endpoint: string): ReadonlyArray<RecordedRequest['outcome']> {
    return this.all(endpoint).map((e) => e.outcome);
  }

  /** The request bodies of one endpoint parsed as JSON. */
  json<T = unknown>(endpoint: string): T[] {
    return this.all(endpoint).map((e) => JSON.parse(e.body.toString('utf8')) as T);
  }

  clear(): void {
    this.entries.length = 0;
  }
}
