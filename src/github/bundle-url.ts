import { ChainmailError } from '../core/errors.js';
import type { NetworkPolicy } from '../core/network-policy.js';
import { snappyDecode } from '../io/snappy.js';
import { requestWithRetry } from './http.js';

/**
 * The bundle behind an attestation's `bundle_url`: a pre-signed blob URL, fetched without the GitHub token
 * (it is not GitHub's API). GitHub stores the bundle's JSON Snappy-compressed there; plain JSON is taken too.
 */
export async function fetchBundleUrl(url: string, network: NetworkPolicy, maxBytes: number): Promise<unknown> {
  const response = await requestWithRetry({ method: 'GET', url, headers: { 'user-agent': 'chainmail' }, maxBytes }, network, 'fetching an attestation bundle_url', 'FETCH_FAILED');
  if (response.status !== 200) throw new ChainmailError('FETCH_FAILED', `the attestation bundle_url answered HTTP ${response.status}`);
  const text = response.body[0] === 0x7b ? tryJSON(response.text) : undefined;
  if (text !== undefined) return text;
  const decoded = snappyDecode(response.body, maxBytes).toString('utf8');
  const json = tryJSON(decoded);
  if (json === undefined) throw new ChainmailError('BUNDLE_INVALID', 'the bundle behind the attestation bundle_url is not JSON');
  return json;
}

function tryJSON(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
