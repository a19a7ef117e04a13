import * as core from '@actions/core';
import { ChainmailError } from '../../core/errors.js';
import { repositoryVisibility } from '../../github/event.js';
import { requestOidcToken } from '../../github/oidc.js';
import { readRunnerContext } from '../../github/runner-context.js';
import { isPostRun, loadStartRef, markMainRan, RUNNER_STATE } from '../../github/state.js';
import { ACTIONS_ARTIFACT_UPLOADER } from './chain-artifact.js';
import { SPAWN_RUNNER } from './command.js';
import { INPUT, parseInputs } from './inputs.js';
import { attestCommand, attestEnd, attestStart, type AttestStepDeps, type AttestStepResult } from './main.js';
import { prepareSigner } from './signer.js';
import { renderSummary } from './summary.js';

/** The edge of attest-step: one entry for main and post (the runner runs the same file for both). */
export async function runAttestStep(): Promise<void> {
  const post = isPostRun(RUNNER_STATE);
  // The post run of a use that did not start a wrapped step has nothing to do, and says nothing.
  if (post && !loadStartRef(RUNNER_STATE)) return;
  if (!post) markMainRan(RUNNER_STATE);
  // Secrets are masked before anything can fail and print them.
  for (const secret of [INPUT.privateKey, INPUT.privateKeyPassphrase, INPUT.githubToken]) maskSecret(core.getInput(secret));
  const inputs = parseInputs((name) => core.getInput(name));
  const context = readRunnerContext();
  let signer = '';
  const deps: AttestStepDeps = {
    context,
    env: process.env,
    prepareSigner: async () => {
      const prepared = await prepareSigner(inputs, {
        requestToken: () => requestOidcToken('sigstore', inputs.network.timeoutMs),
        ...(repositoryVisibility(context.event) ? { visibility: repositoryVisibility(context.event) as string } : {}),
      });
      if (!inputs.privateKey && !(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)) {
        // No id-token permission is known before the command runs: fail now (OIDC_UNAVAILABLE, naming the
        // permission), not after a long build. The token itself is asked for when signing: it lives minutes.
        await requestOidcToken('sigstore', inputs.network.timeoutMs);
      }
      signer = prepared.description;
      return prepared;
    },
    runner: SPAWN_RUNNER,
    uploader: ACTIONS_ARTIFACT_UPLOADER,
    state: RUNNER_STATE,
    now: () => new Date(),
    log: core.info,
  };
  const result = post ? await attestEnd(inputs, deps, true)
    : inputs.mode.kind === 'command' ? await attestCommand(inputs, deps)
    : inputs.mode.kind === 'start' ? await attestStart(inputs, deps)
    : await attestEnd(inputs, deps, false);
  await report(result, inputs.name, inputs.showSummary, signer);
  if (result.returnValue !== undefined && result.returnValue !== 0 && !inputs.allowFailure) {
    throw new ChainmailError('COMMAND_FAILED', `command exited with ${result.returnValue}; the attestation records it (allow-failure: true lets the step pass)`);
  }
}

async function report(result: AttestStepResult, name: string, showSummary: boolean, signer: string): Promise<void> {
  core.setOutput('material-count', String(result.materialCount));
  if (result.productCount !== undefined) core.setOutput('product-count', String(result.productCount));
  if (result.returnValue !== undefined) core.setOutput('return-value', String(result.returnValue));
  if (!result.stored) return;
  core.setOutput('bundle-path', result.stored.bundlePath);
  core.setOutput('chain-bundle-path', result.stored.chainBundlePath);
  core.setOutput('link-path', result.stored.linkPath ?? '');
  core.setOutput('attestation-id', result.stored.attestation?.id ?? '');
  core.setOutput('attestation-url', result.stored.attestation?.url ?? '');
  core.setOutput('chain-artifact', result.stored.artifactName ?? '');
  core.info(`Wrote ${result.stored.bundlePath} and ${result.stored.chainBundlePath}`);
  if (showSummary) await core.summary.addRaw(renderSummary(name, result, signer)).write();
}

/** The runner masks a multi-line secret only line by line (a PEM is one), so each line is masked as well as the whole. */
function maskSecret(value: string): void {
  if (!value) return;
  core.setSecret(value);
  for (const line of value.split(/\r?\n/)) if (line.trim() !== '' && line !== value) core.setSecret(line.trim());
}
