import { ChainmailError } from '../core/errors.js';
import { mapLimit } from '../core/map-limit.js';
import type { NetworkPolicy } from '../core/network-policy.js';
import type { Candidate } from '../sigstore/verify/candidates.js';
import { githubMessage } from './api-headers.js';
import { fetchBundleUrl } from './bundle-url.js';
import { requestWithRetry } from './http.js';
import { nextLink, sameOrigin } from './link-header.js';
import { readHeaders } from './read-headers.js';

export interface AttestationsSource {
  readonly apiUrl: string;
  /** owner/repo */
  readonly repository: string;
  /** A token that can read the repository's attestations; empty for anonymous access to a public one. */
  readonly token: string;
  readonly network: NetworkPolicy;
}

/** Pages followed at most (100 attestations each): far beyond any real artifact, and a stop for a looping API. */
const MAX_PAGES = 100;
/** The largest page or bundle accepted. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** bundle_url downloads in flight at once. */
const BUNDLE_URL_CONCURRENCY = 8;

interface ListedAttestation {
  readonly bundle?: unknown;
  readonly bundle_url?: unknown;
}

/**
 * Every attestation GitHub holds for `digest` (`sha256:<hex>`) in the repository, each as a candidate
 * bundle (GET /repos/{owner}/{repo}/attestations/{digest}, all pages). None (404) is an empty list: the
 * verification then fails with NO_ATTESTATION. Any other refusal fails the source with FETCH_FAILED.
 */
export async function attestationBundles(source: AttestationsSource, digest: string): Promise<Candidate[]> {
  const label = (n: number): string => `attestations API (${source.repository}) #${n}`;
  const listed: ListedAttestation[] = [];
  let url: string | undefined = `${source.apiUrl}/repos/${source.repository}/attestations/${encodeURIComponent(digest)}?per_page=100`;
  for (let page = 1; url !== undefined; page++) {
    if (page > MAX_PAGES) {
      throw new ChainmailError('FETCH_FAILED', `the attestations API listed more than ${MAX_PAGES * 100} attestations for ${digest} in ${source.repository}; refusing to read more`);
    }
    const response = await requestWithRetry(
      { method: 'GET', url, headers: readHeaders(source.token), maxBytes: MAX_RESPONSE_BYTES },
      source.network,
      `listing attestations of ${digest} in ${source.repository}`,
      'FETCH_FAILED',
    );
    if (response.status === 404 && page === 1) return [];
    if (response.status !== 200) throw refused(source, response.status, response.text);
    listed.push(...attestationsOf(response.text, source));
    const next = nextLink(response.headers.get('link'));
    if (next !== undefined && !sameOrigin(next, source.apiUrl)) {
      throw new ChainmailError('FETCH_FAILED', `the attestations API pointed its next page at ${new URL(next).origin}, not ${new URL(source.apiUrl).origin}; refusing to send the token there`);
    }
    url = next;
  }
  return mapLimit(listed, BUNDLE_URL_CONCURRENCY, (attestation, i) => candidateOf(attestation, label(i + 1), source.network));
}

function attestationsOf(text: string, source: AttestationsSource): ListedAttestation[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ChainmailError('FETCH_FAILED', `the attestations API of ${source.repository} answered with something that is not JSON`);
  }
  const list = (body as { attestations?: unknown } | null)?.attestations;
  if (!Array.isArray(list)) throw new ChainmailError('FETCH_FAILED', `the attestations API of ${source.repository} answered without an attestations list`);
  return list.map((a: unknown) => (typeof a === 'object' && a !== null ? (a as ListedAttestation) : {}));
}

/** The bundle as listed; when only its URL is, the bundle behind it. A bundle that cannot be had is unreadable. */
async function candidateOf(attestation: ListedAttestation, source: string, network: NetworkPolicy): Promise<Candidate> {
  if (attestation.bundle !== undefined && attestation.bundle !== null) return { source, json: attestation.bundle };
  if (typeof attestation.bundle_url !== 'string' || attestation.bundle_url === '') {
    return { source, unreadable: new ChainmailError('BUNDLE_INVALID', `${source} has neither a bundle nor a bundle_url`) };
  }
  try {
    return { source, json: await fetchBundleUrl(attestation.bundle_url, network, MAX_RESPONSE_BYTES) };
  } catch (error) {
    if (error instanceof ChainmailError) return { source, unreadable: error };
    throw error;
  }
}

function refused(source: AttestationsSource, status: number, text: string): ChainmailError {
  const hint =
    status === 401 ? ' (the token is missing, expired or wrong)'
    : status === 403 ? ' (the token needs read access to the repository and, for a fine-grained token, attestations: read)'
    : '';
  return new ChainmailError('FETCH_FAILED', `the attestations API of ${source.repository} refused the listing: HTTP ${status} ${githubMessage(text)}${hint}`);
}
