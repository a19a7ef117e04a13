// The claims of a GitHub Actions OIDC token, and a decoder for them. The token is NOT verified here: its claims
// only describe the build in the provenance, and Fulcio verifies the token itself before it certifies a key.
// https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect
import { ChainmailError, type FieldProblem, ValidationError } from './errors.js';

/** GitHub Actions OIDC token claims. JWT claim values are all strings, numbers included (`run_id: "123"`). */
export interface GitHubOidcClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  repository: string; // owner/repo
  repository_owner: string;
  repository_id: string;
  repository_owner_id: string;
  repository_visibility: string;
  ref: string; // refs/heads/main, refs/tags/v1, refs/pull/1/merge
  ref_type?: string;
  sha: string;
  workflow: string;
  workflow_ref: string; // owner/repo/.github/workflows/x.yml@refs/heads/main
  workflow_sha: string;
  job_workflow_ref: string; // the reusable workflow when one runs the job, else the same as workflow_ref
  job_workflow_sha: string;
  event_name: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  runner_environment: string; // github-hosted | self-hosted
  actor?: string;
  actor_id?: string;
  head_ref?: string;
  base_ref?: string;
  environment?: string;
  enterprise?: string;
  [claim: string]: unknown;
}

/** A problem per claim in `required` that is absent or not a non-empty string; the path is the claim name. */
export function claimProblems(claims: Readonly<Record<string, unknown>>, required: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const name of required) {
    const value = claims[name];
    if (value === undefined || value === null) problems.push({ path: name, message: 'claim is missing' });
    else if (typeof value !== 'string' || value === '') problems.push({ path: name, message: 'claim must be a non-empty string' });
  }
  return problems;
}

/** `claims` typed as GitHub claims once every `required` claim is present; throws GITHUB_CONTEXT_INVALID naming each. */
export function requireGitHubClaims(claims: Readonly<Record<string, unknown>>, required: readonly string[]): GitHubOidcClaims {
  const problems = claimProblems(claims, required);
  if (problems.length > 0) throw new ValidationError('GITHUB_CONTEXT_INVALID', 'OIDC token claims', problems);
  return claims as GitHubOidcClaims;
}

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/**
 * The payload of a compact JWS (header.payload.signature), decoded without verification. Errors never quote the
 * token or its payload: the token is a credential until it expires.
 */
export function decodeJwtClaims(token: string): Record<string, unknown> {
  const parts = token.trim().split('.');
  if (parts.length !== 3) fail(`expected 3 dot-separated parts, found ${parts.length}`);
  const payload = parts[1] ?? '';
  if (!BASE64URL.test(payload)) fail('the payload is not base64url');
  let claims: unknown;
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(payload, 'base64url'));
    claims = JSON.parse(json);
  } catch {
    // No `cause`: JSON.parse messages quote the text they failed on.
    fail('the payload is not UTF-8 JSON');
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) fail('the payload is not a JSON object');
  return claims as Record<string, unknown>;
}

function fail(why: string): never {
  throw new ChainmailError('OIDC_FAILED', `the OIDC token is malformed: ${why}`);
}
