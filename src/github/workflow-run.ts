import type { NetworkPolicy } from '../core/network-policy.js';
import { githubHeaders } from './api-headers.js';
import { requestWithRetry } from './http.js';

export interface WorkflowRunRef {
  readonly apiUrl: string;
  readonly repository: string;
  readonly runId: string;
  readonly token: string;
  readonly network: NetworkPolicy;
}

/**
 * When the workflow run started (run_started_at of GET /repos/{owner}/{repo}/actions/runs/{run_id}), or
 * undefined when the API does not say (no actions: read, an API outage): provenance then omits startedOn
 * rather than failing the release over an optional field.
 */
export async function workflowRunStartedAt(run: WorkflowRunRef, debug: (line: string) => void): Promise<string | undefined> {
  try {
    const response = await requestWithRetry(
      { method: 'GET', url: `${run.apiUrl}/repos/${run.repository}/actions/runs/${run.runId}`, headers: githubHeaders(run.token) },
      { ...run.network, retries: Math.min(run.network.retries, 1) },
      'reading the workflow run',
      'UPLOAD_FAILED',
    );
    if (response.status !== 200) {
      debug(`workflow run ${run.runId}: HTTP ${response.status}; provenance will not record startedOn`);
      return undefined;
    }
    const startedAt = (JSON.parse(response.text) as { run_started_at?: unknown }).run_started_at;
    return typeof startedAt === 'string' && !Number.isNaN(Date.parse(startedAt)) ? startedAt : undefined;
  } catch (error) {
    debug(`workflow run ${run.runId}: ${(error as Error).message}; provenance will not record startedOn`);
    return undefined;
  }
}
