// A fake GitHub REST API for what the product calls: the attestations API (store, list by subject digest
// with GitHub's cursor pagination) and releases (see github-releases.ts). Token-checked like GitHub.
import crypto from 'node:crypto';
import { Faults, RequestLog } from './faults.js';
import { releaseRoutes, type StoredRelease } from './github-releases.js';
import { json, startHttpServer, type Route, type RouteHandler } from './http-server.js';

export interface StoredAttestation {
  readonly id: number;
  readonly repo: string; // owner/name
  readonly bundle: Record<string, unknown>;
  /** 'sha256:<hex>' (one per digest of every subject of the DSSE statement), how GitHub indexes them. */
  readonly subjectDigests: readonly string[];
}

export interface GithubApi {
  /** API base URL (GITHUB_API_URL); uploads live under `${url}/uploads`. */
  readonly url: string;
  readonly token: string;
  readonly repositoryId: number;
  readonly faults: Faults;
  readonly requests: RequestLog;
  attestations(repo?: string): readonly StoredAttestation[];
  /** Store a bundle as if it had been posted (for listing tests). */
  seedAttestation(repo: string, bundle: Record<string, unknown>): StoredAttestation;
  addRelease(repo: string, tag: string, init?: Partial<Pick<StoredRelease, 'name' | 'draft' | 'prerelease'>>): StoredRelease;
  release(repo: string, tag: string): StoredRelease | undefined;
  close(): Promise<void>;
}

export interface GithubApiOptions {
  readonly token?: string;
  /** run_started_at of every workflow run the API is asked about. */
  readonly runStartedAt?: string;
  readonly repositoryId?: number;
  readonly faults?: Faults;
  readonly requests?: RequestLog;
}

/** The subject digests of a bundle's in-toto statement, as 'alg:hex'. */
export function subjectDigests(bundle: Record<string, unknown>): string[] {
  const env = bundle['dsseEnvelope'] as { payload?: string } | undefined;
  try {
    const statement = JSON.parse(Buffer.from(env?.payload ?? '', 'base64').toString('utf8')) as { subject?: Array<{ digest?: Record<string, string> }> };
    return (statement.subject ?? []).flatMap((s) => Object.entries(s.digest ?? {}).map(([alg, hex]) => `${alg}:${hex}`));
  } catch {
    return [];
  }
}

const cursor = (i: number): string => Buffer.from(`idx:${i}`).toString('base64url');
const fromCursor = (c: string | null): number => (c ? Number(Buffer.from(c, 'base64url').toString().slice(4)) || 0 : 0);

export async function startGithubApi(opts: GithubApiOptions = {}): Promise<GithubApi> {
  const token = opts.token ?? `ghs_${crypto.randomBytes(18).toString('hex')}`;
  const repositoryId = opts.repositoryId ?? 123456789;
  const stored: StoredAttestation[] = [];
  const releases: StoredRelease[] = [];
  const runStartedAt = opts.runStartedAt ?? '2026-11-22T00:00:00Z';
  let ids = 1000;
  const nextId = (): number => ++ids;
  let base = '';

  // GitHub accepts both schemes for tokens; anything else is "Bad credentials".
  const authed = (h: RouteHandler): RouteHandler => (req) => {
    const auth = req.headers.authorization ?? '';
    return auth === `Bearer ${token}` || auth === `token ${token}`
      ? h(req)
      : json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
  };
  const seed = (repo: string, bundle: Record<string, unknown>): StoredAttestation => {
    const a = { id: nextId(), repo, bundle, subjectDigests: subjectDigests(bundle) };
    stored.push(a);
    return a;
  };

  const attestationRoutes: Route[] = [
    {
      name: 'create-attestation', method: 'POST', path: '/repos/:owner/:repo/attestations',
      handler: ({ params, body }) => {
        let bundle: unknown;
        try {
          bundle = (JSON.parse(body.toString('utf8')) as { bundle?: unknown }).bundle;
        } catch {
          return json(400, { message: 'Problems parsing JSON' });
        }
        if (typeof bundle !== 'object' || bundle === null || !('mediaType' in bundle)) {
          return json(422, { message: 'Invalid request.\n\n"bundle" is not a Sigstore bundle.' });
        }
        return json(201, { id: seed(`${params['owner']}/${params['repo']}`, bundle as Record<string, unknown>).id });
      },
    },
    {
      name: 'list-attestations', method: 'GET', path: '/repos/:owner/:repo/attestations/:digest',
      handler: ({ params, url }) => {
        const repo = `${params['owner']}/${params['repo']}`;
        const all = stored.filter((a) => a.repo === repo && a.subjectDigests.includes(params['digest'] ?? ''));
        if (all.length === 0) return json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1), 100);
        const from = fromCursor(url.searchParams.get('after'));
        const page = all.slice(from, from + perPage);
        const headers: Record<string, string> = {};
        if (from + perPage < all.length) {
          // Cursor pagination, as GitHub does for this endpoint: follow the Link header, don't build URLs.
          const next = new URL(url.pathname, base);
          next.searchParams.set('per_page', String(perPage));
          next.searchParams.set('after', cursor(from + perPage));
          headers['link'] = `<${next.href}>; rel="next"`;
        }
        return json(200, {
          attestations: page.map((a) => ({ bundle: a.bundle, repository_id: repositoryId, bundle_url: `${base}/attestations/${a.id}/bundle` })),
        }, headers);
      },
    },
  ];

  // The workflow run, for provenance's startedOn (GET /repos/{owner}/{repo}/actions/runs/{run_id}).
  const runRoutes: Route[] = [
    {
      name: 'get-workflow-run', method: 'GET', path: '/repos/:owner/:repo/actions/runs/:runId',
      handler: ({ params }) => json(200, { id: Number(params['runId']), run_attempt: 1, run_started_at: runStartedAt }),
    },
  ];

  const routes = [...attestationRoutes, ...runRoutes, ...releaseRoutes(() => base, { releases, nextId })]
    .map((r) => (r.name === 'download-asset' ? r : { ...r, handler: authed(r.handler) }));
  const server = await startHttpServer({ routes, faults: opts.faults ?? new Faults(), requests: opts.requests ?? new RequestLog() });
  base = server.url;

  return {
    url: server.url, token, repositoryId, faults: server.faults, requests: server.requests,
    attestations: (repo) => stored.filter((a) => repo === undefined || a.repo === repo),
    seedAttestation: seed,
    addRelease: (repo, tag, init = {}) => {
      const r: StoredRelease = { id: nextId(), repo, tag, name: init.name ?? tag, draft: init.draft ?? false, prerelease: init.prerelease ?? false, assets: [] };
      releases.push(r);
      return r;
    },
    release: (repo, tag) => releases.find((r) => r.repo === repo && r.tag === tag),
    close: () => server.close(),
  };
}
