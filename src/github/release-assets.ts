import { ChainmailError } from '../core/errors.js';
import type { NetworkPolicy } from '../core/network-policy.js';
import { githubHeaders, githubMessage } from './api-headers.js';
import { requestWithRetry } from './http.js';

export interface ReleaseTarget {
  readonly apiUrl: string;
  readonly repository: string;
  readonly token: string;
  readonly network: NetworkPolicy;
}

export interface ReleaseAsset {
  readonly name: string;
  readonly data: Uint8Array;
}

export interface UploadedAsset {
  readonly name: string;
  readonly url: string;
}

/** The upload URL of the release tagged `tag` (GET /repos/{owner}/{repo}/releases/tags/{tag}). */
export async function releaseUploadUrl(target: ReleaseTarget, tag: string): Promise<string> {
  const response = await requestWithRetry(
    { method: 'GET', url: `${target.apiUrl}/repos/${target.repository}/releases/tags/${encodeURIComponent(tag)}`, headers: githubHeaders(target.token) },
    target.network,
    `looking up release ${tag}`,
    'UPLOAD_FAILED',
  );
  if (response.status !== 200) {
    throw new ChainmailError('UPLOAD_FAILED', `release-tag: no release tagged "${tag}" in ${target.repository}: HTTP ${response.status} ${githubMessage(response.text)}`);
  }
  const uploadUrl = (JSON.parse(response.text) as { upload_url?: unknown }).upload_url;
  if (typeof uploadUrl !== 'string') throw new ChainmailError('UPLOAD_FAILED', `release ${tag} has no upload_url`);
  return uploadUrl;
}

/** Uploads bundles as release assets, one after another (GitHub serializes asset uploads per release anyway). */
export async function uploadReleaseAssets(target: ReleaseTarget, uploadUrl: string, assets: readonly ReleaseAsset[]): Promise<UploadedAsset[]> {
  // upload_url is an RFC 6570 template: ".../assets{?name,label}".
  const base = uploadUrl.replace(/\{[^}]*\}$/, '');
  const uploaded: UploadedAsset[] = [];
  for (const asset of assets) {
    const response = await requestWithRetry(
      {
        method: 'POST',
        url: `${base}?name=${encodeURIComponent(asset.name)}`,
        headers: githubHeaders(target.token, 'application/json'),
        body: asset.data,
      },
      target.network,
      `upload of release asset ${asset.name}`,
      'UPLOAD_FAILED',
    );
    if (response.status === 422) {
      throw new ChainmailError('UPLOAD_FAILED', `release asset ${asset.name} already exists on the release; delete it or sign under another name`);
    }
    if (response.status !== 201 && response.status !== 200) {
      throw new ChainmailError('UPLOAD_FAILED', `release asset ${asset.name} was refused: HTTP ${response.status} ${githubMessage(response.text)} (the job needs \`permissions: contents: write\`)`);
    }
    const url = (JSON.parse(response.text) as { browser_download_url?: unknown }).browser_download_url;
    uploaded.push({ name: asset.name, url: typeof url === 'string' ? url : '' });
  }
  return uploaded;
}
