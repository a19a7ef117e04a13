// Fulcio in front of @sigstore/mock's CA, with the identity rules of the real Fulcio for GitHub tokens.
// The mock takes the SAN from one raw claim; real Fulcio issues `https://github.com/<job_workflow_ref>` for
// token.actions.githubusercontent.com, and refuses expired tokens and tokens not meant for `sigstore`.
import { fulcioHandler, type initializeCA } from '@sigstore/mock';
import { json, type RouteHandler, type RouteResponse } from './http-server.js';
import { toRouteResponse } from './mock-route.js';
import { decodeJwt, GITHUB_ISSUER } from './oidc.js';

/** The claim the wrapper adds so the mock's `subjectClaim` option picks up the SAN real Fulcio would issue. */
const SAN_CLAIM = 'chainmail_fulcio_san';

/** The SAN the real Fulcio puts in a certificate for these claims. */
export function fulcioSubject(claims: Record<string, unknown>): string {
  const jobWorkflowRef = claims['job_workflow_ref'];
  if (claims['iss'] === GITHUB_ISSUER && typeof jobWorkflowRef === 'string') return `https://github.com/${jobWorkflowRef}`;
  const email = claims['email'];
  return typeof email === 'string' ? email : String(claims['sub'] ?? 'NO-SUBJECT');
}

interface SigningCertRequest {
  credentials?: { oidcIdentityToken?: string };
  [field: string]: unknown;
}

function unauthorized(message: string): RouteResponse {
  // Real Fulcio answers identity problems with 401 and a JSON {code, message}.
  return json(401, { code: 16, message });
}

export type CA = Awaited<ReturnType<typeof initializeCA>>;

export function fulcioGithubHandler(ca: CA, now: () => Date = () => new Date()): RouteHandler {
  const mock = fulcioHandler(ca, { strict: true, subjectClaim: SAN_CLAIM });
  return async ({ body }) => {
    let request: SigningCertRequest;
    let claims: Record<string, unknown>;
    try {
      request = JSON.parse(body.toString('utf8')) as SigningCertRequest;
      claims = decodeJwt(request.credentials?.oidcIdentityToken ?? '');
    } catch {
      return unauthorized('There was an error processing the identity token');
    }
    const exp = claims['exp'];
    if (typeof exp === 'number' && exp * 1000 < now().getTime()) return unauthorized('The identity token has expired');
    const aud = claims['aud'];
    if (!(Array.isArray(aud) ? aud.includes('sigstore') : aud === 'sigstore')) {
      return unauthorized('The identity token audience is not sigstore');
    }
    // The mock decodes without verifying, so a re-encoded payload with the SAN claim added is enough.
    const [header, , signature] = (request.credentials?.oidcIdentityToken ?? '').split('.');
    const payload = Buffer.from(JSON.stringify({ ...claims, [SAN_CLAIM]: fulcioSubject(claims) })).toString('base64url');
    const rewritten = { ...request, credentials: { ...request.credentials, oidcIdentityToken: `${header}.${payload}.${signature}` } };
    return toRouteResponse(await mock.fn(JSON.stringify(rewritten)));
  };
}
