import * as core from '@actions/core';
import { readRunnerContext } from '../../github/runner-context.js';
import { requestOidcToken } from '../../github/oidc.js';
import { workflowRunStartedAt } from '../../github/workflow-run.js';
import { parseInputs } from './inputs.js';
import { signArtifact } from './main.js';

/** The edge of sign-artifact: runner inputs and environment in, outputs and job summary out. */
export async function runSignArtifact(): Promise<void> {
  const inputs = parseInputs((name) => core.getInput(name));
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  const context = readRunnerContext();
  const result = await signArtifact(inputs, {
    context,
    requestToken: () => requestOidcToken('sigstore', inputs.network.timeoutMs),
    runStartedOn: async () =>
      context.runId && inputs.githubToken
        ? workflowRunStartedAt({ apiUrl: context.apiUrl, repository: context.repository, runId: context.runId, token: inputs.githubToken, network: inputs.network }, core.debug)
        : undefined,
    log: core.info,
  });
  core.setOutput('bundle-path', result.bundlePath);
  core.setOutput('attestation-id', result.stored[0]?.id ?? '');
  core.setOutput('attestation-url', result.stored[0]?.url ?? '');
  core.setOutput('subject-count', String(result.subjectCount));
  core.setOutput('attestation-count', String(result.attestationCount));
  if (inputs.showSummary) await core.summary.addRaw(result.summary).write();
}
