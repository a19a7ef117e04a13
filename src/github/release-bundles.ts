import { ChainmailError } from '../core/errors.js';
import type { NetworkPolicy } from '../core/network-policy.js';
import { bundlesInText } from '../io/bundle-text.js';
import type { Candidate } from '../sigstore/verify/candidates.js';
import { githubMessage } from './api-headers.js';
import { requestWithRetry } from './http.js';
import { sameOrigin } from './link-header.js';
import { readHeaders } from './read-headers.js';

export interface ReleaseSource {
  readonly apiUrl: string;
  /** owner/repo */
  readonly repository: string;
  /** A token that can read the release; empty for a public repository. */
  readonly token: string;
  readonly network: NetworkPolicy;
}

/** Release assets that hold bundles: sign-artifact's and actions/attest's names, and SLSA generators'. */
export const BUNDLE_ASSET = /\.(sigstore\.json|sigstore\.jsonl|intoto\.jsonl)$/i;
const MAX_ASSET_BYTES = 64 * 1024 * 1024;

interface ListedAsset {
  readonly name: string;
  readonly url: string;
}

/**
 * The bundles attached to the release tagged `tag`: every asset named *.sigstore.json, *.sigstore.jsonl or
 * *.intoto.jsonl, downloaded through the API (so private repositories work too). A missing release fails the
 * source (FETCH_FAILED); a release without bundle assets gives no candidates (then NO_ATTESTATION).
 */
export async function releaseBundles(source: ReleaseSource, tag: string): Promise<Candidate[]> {
  const response = await requestWithRetry(
    { method: 'GET', url: `${source.apiUrl}/repos/${source.repository}/releases/tags/${encodeURIComponent(tag)}`, headers: readHeaders(source.token) },
    source.network,
    `looking up release ${tag} of ${source.repository}`,
    'FETCH_FAILED',
  );
  if (response.status === 404) throw new ChainmailError('FETCH_FAILED', `no release tagged "${tag}" in ${source.repository} (or the token cannot see it)`);
  if (response.status !== 200) {
    throw new ChainmailError('FETCH_FAILED', `looking up release ${tag} of ${source.repository}: HTTP ${response.status} ${githubMessage(response.text)}`);
  }
  const assets = assetsOf(response.text).filter((asset) => BUNDLE_ASSET.test(asset.name));
  const candidates: Candidate[] = [];
  for (const asset of assets.sort((a, b) => a.name.localeCompare(b.name))) {
    const label = `release ${tag} asset ${asset.name}`;
    try {
      candidates.push(...bundlesInText(await downloadAsset(source, asset, label), label));
    } catch (error) {
      if (!(error instanceof ChainmailError)) throw error;
      candidates.push({ source: label, unreadable: error });
    }
  }
  return candidates;
}

function assetsOf(text: string): ListedAsset[] {
  let assets: unknown;
  try {
    assets = (JSON.parse(text) as { assets?: unknown }).assets;
  } catch {
    throw new ChainmailError('FETCH_FAILED', 'the release lookup answered with something that is not JSON');
  }
  if (!Array.isArray(assets)) return [];
  return assets.filter((a): a is ListedAsset => typeof a?.name === 'string' && typeof a?.url === 'string');
}

/** GET the asset's API URL as application/octet-stream: GitHub redirects to storage, without the token. */
async function downloadAsset(source: ReleaseSource, asset: ListedAsset, label: string): Promise<string> {
  if (!sameOrigin(asset.url, source.apiUrl)) {
    throw new ChainmailError('FETCH_FAILED', `${label}: its URL is not on ${new URL(source.apiUrl).origin}; refusing to send the token there`);
  }
  const response = await requestWithRetry(
    { method: 'GET', url: asset.url, headers: readHeaders(source.token, 'application/octet-stream'), maxBytes: MAX_ASSET_BYTES },
    source.network,
    `downloading ${label}`,
    'FETCH_FAILED',
  );
  if (response.status !== 200) throw new ChainmailError('FETCH_FAILED', `downloading ${label}: HTTP ${response.status} ${githubMessage(response.text)}`);
  return response.text;
}
