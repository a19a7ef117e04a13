// Rekor v1 over @sigstore/mock's log: canonicalizes entries like real Rekor, answers 409 + Location for an
// entry it already holds (sigstore-js then fetches it by UUID), and serves GET /api/v1/log/entries/{uuid}.
import type { initializeTLog } from '@sigstore/mock';
import { json, type Route } from './http-server.js';
import { canonicalizeEntry, RekorEntryError } from './rekor-canonical.js';

export type TLog = Awaited<ReturnType<typeof initializeTLog>>;

/** One logged entry as Rekor returns it (`{uuid: entry}` on the wire). */
export interface LoggedEntry {
  readonly uuid: string;
  readonly entry: Record<string, unknown>;
  /** The canonical body that was logged, decoded. */
  readonly body: Record<string, unknown>;
}

export interface RekorV1 {
  readonly routes: readonly Route[];
  /** Every entry logged so far, in order. */
  entries(): readonly LoggedEntry[];
}

export function rekorV1(tlog: TLog): RekorV1 {
  const byUUID = new Map<string, LoggedEntry>();
  const byBody = new Map<string, string>();

  const create: Route = {
    name: 'rekor', method: 'POST', path: '/api/v1/log/entries',
    handler: async ({ body }) => {
      let canonical: object;
      try {
        canonical = canonicalizeEntry(JSON.parse(body.toString('utf8')));
      } catch (err) {
        const message = err instanceof RekorEntryError || err instanceof SyntaxError ? err.message : String(err);
        return json(400, { code: 400, message });
      }
      // Deterministic for the kinds we canonicalize (we build those objects); good enough to spot duplicates.
      const key = JSON.stringify(canonical);
      const existing = byBody.get(key);
      if (existing !== undefined) {
        return json(409, { code: 409, message: `An equivalent entry already exists in the transparency log with UUID ${existing}` },
          { location: `/api/v1/log/entries/${existing}` });
      }
      const logged = (await tlog.log(canonical)) as Record<string, Record<string, unknown>>;
      const [uuid, entry] = Object.entries(logged)[0] ?? [];
      if (uuid === undefined || entry === undefined) return json(500, { code: 500, message: 'mock log returned nothing' });
      const decoded = JSON.parse(Buffer.from(String(entry['body']), 'base64').toString('utf8')) as Record<string, unknown>;
      byUUID.set(uuid, { uuid, entry, body: decoded });
      byBody.set(key, uuid);
      return json(201, { [uuid]: entry }, { location: `/api/v1/log/entries/${uuid}` });
    },
  };

  const get: Route = {
    name: 'rekor-get', method: 'GET', path: '/api/v1/log/entries/:uuid',
    handler: ({ params }) => {
      const found = byUUID.get(params['uuid'] ?? '');
      return found ? json(200, { [found.uuid]: found.entry }) : json(404, { code: 404, message: 'entry not found' });
    },
  };

  return { routes: [create, get], entries: () => [...byUUID.values()] };
}
