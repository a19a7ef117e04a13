import type { SerializedBundle } from '@sigstore/bundle';
import { ChainmailError } from '../core/errors.js';
import type { NetworkPolicy } from '../core/network-policy.js';
import { githubHeaders, githubMessage } from './api-headers.js';
import { requestWithRetry } from './http.js';

export interface StoredAttestation {
  readonly id: string;
  readonly url: string;
}

export interface AttestationsApi {
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly repository: string;
  readonly token: string;
  readonly network: NetworkPolicy;
}

/** Stores a bundle with the repository's attestations (POST /repos/{owner}/{repo}/attestations). */
export async function storeAttestation(api: AttestationsApi, bundle: SerializedBundle): Promise<StoredAttestation> {
  const response = await requestWithRetry(
    {
      method: 'POST',
      url: `${api.apiUrl}/repos/${api.repository}/attestations`,
      headers: githubHeaders(api.token),
      body: JSON.stringify({ bundle }),
    },
    api.network,
    'upload to the attestations API',
    'UPLOAD_FAILED',
  );
  if (response.status !== 201 && response.status !== 200) {
    const hint = response.status === 403 || response.status === 404 ? ' (the job needs `permissions: attestations: write`)' : '';
    throw new ChainmailError('UPLOAD_FAILED', `the attestations API refused the bundle: HTTP ${response.status} ${githubMessage(response.text)}${hint}`);
  }
  const id = (JSON.parse(response.text) as { id?: unknown }).id;
  if (id === undefined || id === null) {
    throw new ChainmailError('UPLOAD_FAILED', 'the attestations API answered without an attestation id');
  }
  return { id: String(id), url: `${api.serverUrl}/${api.repository}/attestations/${String(id)}` };
}
