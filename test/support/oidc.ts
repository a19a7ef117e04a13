// A fake of the GitHub runner's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL). It mints ES256 JWTs with
// the claims GitHub puts in real tokens, so Fulcio (the mock) maps them to the real certificate extensions.
import crypto from 'node:crypto';
import { Faults, RequestLog } from './faults.js';
import { json, startHttpServer } from './http-server.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** The claims of a GitHub Actions ID token (values are strings, as GitHub sends them). */
export interface GithubClaims {
  readonly [claim: string]: unknown;
  iss: string; aud: string | string[]; sub: string; jti: string;
  repository: string; repository_owner: string; repository_id: string; repository_owner_id: string;
  repository_visibility: string; ref: string; ref_type: string; sha: string;
  workflow: string; workflow_ref: string; workflow_sha: string; job_workflow_ref: string; job_workflow_sha: string;
  event_name: string; run_id: string; run_number: string; run_attempt: string; runner_environment: string;
  actor: string; actor_id: string; iat: number; nbf: number; exp: number;
}

/**
 * Realistic claims of a push to main in octo-org/octo-repo. Fields derived from `repository`, `ref` and `sha`
 * (sub, owner, workflow refs) follow the overrides, so `githubClaims({ repository: 'a/b' })` stays consistent.
 */
export function githubClaims(overrides: Partial<GithubClaims> = {}, now = new Date()): GithubClaims {
  const repository = overrides.repository ?? 'octo-org/octo-repo';
  const ref = overrides.ref ?? 'refs/heads/main';
  const sha = overrides.sha ?? 'a3f1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4';
  const workflowRef = `${repository}/.github/workflows/release.yml@${ref}`;
  const iat = Math.floor(now.getTime() / 1000);
  return {
    iss: GITHUB_ISSUER, aud: 'sigstore', sub: `repo:${repository}:ref:${ref}`, jti: crypto.randomUUID(),
    repository, repository_owner: repository.split('/')[0] ?? repository,
    repository_id: '123456789', repository_owner_id: '987654', repository_visibility: 'public',
    ref, ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch', sha,
    workflow: 'release', workflow_ref: workflowRef, workflow_sha: sha, job_workflow_ref: workflowRef, job_workflow_sha: sha,
    event_name: 'push', run_id: '9876543210', run_number: '42', run_attempt: '1', runner_environment: 'github-hosted',
    actor: 'octocat', actor_id: '583231',
    // GitHub's own tokens: nbf 10 minutes before iat, valid 5 minutes after.
    iat, nbf: iat - 600, exp: iat + 300,
    ...overrides,
  };
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/** Sign claims as a compact ES256 JWS (raw r||s signature, as JOSE requires). */
export function signJwt(claims: object, key: crypto.KeyObject, kid = 'chainmail-test'): string {
  const input = `${b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid }))}.${b64url(JSON.stringify(claims))}`;
  const sig = crypto.sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${b64url(sig)}`;
}

/** Decode a JWT payload without verifying it. */
export function decodeJwt(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** Fetch a token the way a runner client does (`&audience=` appended, bearer request token). */
export async function requestIdToken(requestURL: string, requestToken: string, audience = 'sigstore'): Promise<string> {
  const res = await fetch(`${requestURL}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`OIDC token request failed: HTTP ${res.status}`);
  return ((await res.json()) as { value: string }).value;
}

export interface OidcServer {
  /** The value for ACTIONS_ID_TOKEN_REQUEST_URL (already has a query, clients append `&audience=`). */
  readonly requestURL: string;
  /** The value for ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  readonly requestToken: string;
  /** Both variables, ready to spread into a child process env. */
  readonly env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** The issuer's public key as a JWK (also served at /.well-known/jwks). */
  readonly jwk: crypto.JsonWebKey;
  readonly faults: Faults;
  readonly requests: RequestLog;
  /** Change the claims of tokens minted from now on (merged over githubClaims defaults). */
  setClaims(overrides: Partial<GithubClaims>): void;
  /** Mint a token directly, without HTTP (for in-process identity providers). */
  mintToken(audience?: string): string;
  close(): Promise<void>;
}

export interface OidcServerOptions {
  readonly claims?: Partial<GithubClaims>;
  readonly requestToken?: string;
  readonly faults?: Faults;
  readonly requests?: RequestLog;
}

export async function startOidcServer(opts: OidcServerOptions = {}): Promise<OidcServer> {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const requestToken = opts.requestToken ?? crypto.randomBytes(16).toString('hex');
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'chainmail-test', alg: 'ES256', use: 'sig' };
  let overrides: Partial<GithubClaims> = opts.claims ?? {};
  // Without an audience GitHub uses the repository owner's URL.
  const mintToken = (audience?: string): string => {
    const claims = githubClaims(overrides);
    return signJwt({ ...claims, aud: audience ?? `https://github.com/${claims.repository_owner}` }, privateKey);
  };

  const server = await startHttpServer({
    faults: opts.faults ?? new Faults(),
    requests: opts.requests ?? new RequestLog(),
    routes: [
      {
        name: 'oidc', method: 'GET', path: '/idtoken',
        handler: ({ url, headers }) => {
          if (headers.authorization !== `Bearer ${requestToken}`) return json(401, { message: 'Bad credentials' });
          return json(200, { count: 1, value: mintToken(url.searchParams.get('audience') ?? undefined) });
        },
      },
      { name: 'oidc-jwks', method: 'GET', path: '/.well-known/jwks', handler: () => json(200, { keys: [jwk] }) },
    ],
  });
  const requestURL = `${server.url}/idtoken?api-version=2.0`;
  return {
    requestURL, requestToken, jwk, faults: server.faults, requests: server.requests,
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: requestURL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    setClaims: (o) => void (overrides = o),
    mintToken,
    close: () => server.close(),
  };
}
