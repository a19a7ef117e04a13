// Where a signed step goes: the attestations API (found later by any product's digest), then the files —
// the bundle in bundle-dir and in the job's chain directory (later steps and verify-chain find every step
// there), the classic link beside it — then, on request, the step's files as a workflow artifact. Files come
// after every network call that can fail before them, and each is renamed into place whole.
import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ChainmailError } from '../../core/errors.js';
import { storeAttestation, type StoredAttestation } from '../../github/attestations-api.js';
import type { RunnerContext } from '../../github/runner-context.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { writeClassicLinkFiles } from '../../io/classic-link-file.js';
import { chainArtifactName, type ChainArtifactUploader } from './chain-artifact.js';
import type { AttestStepInputs } from './inputs.js';
import type { SignedStep } from './signer.js';

export interface StepDirs {
  readonly bundleDir: string;
  readonly chainDir: string;
}

export interface StoredStep {
  readonly bundlePath: string;
  readonly chainBundlePath: string;
  readonly linkPath?: string;
  readonly attestation?: StoredAttestation;
  readonly artifactName?: string;
}

export function stepDirs(inputs: AttestStepInputs, context: RunnerContext): StepDirs {
  return {
    bundleDir: resolve(context.workspace, inputs.bundleDir ?? join(context.runnerTemp, 'chainmail', 'steps')),
    chainDir: resolve(context.workspace, inputs.chainDir ?? join(context.runnerTemp, 'chainmail', 'chain')),
  };
}

export function bundleFileName(stepName: string): string {
  return `${stepName}.sigstore.json`;
}

/** Refuses a step name the job's chain already holds: a second step of that name would replace the first's evidence. */
export async function assertNewStep(dirs: StepDirs, stepName: string): Promise<void> {
  const path = join(dirs.chainDir, bundleFileName(stepName));
  const exists = await access(path).then(() => true, () => false);
  if (exists) throw new ChainmailError('INPUT_INVALID', `name: a step named ${stepName} was already attested in this job (${path}); give each step its own name`);
}

export async function storeStep(
  signed: SignedStep,
  inputs: AttestStepInputs,
  context: RunnerContext,
  dirs: StepDirs,
  uploader: ChainArtifactUploader,
): Promise<StoredStep> {
  const attestation = inputs.uploadAttestations
    ? await storeAttestation({ apiUrl: context.apiUrl, serverUrl: context.serverUrl, repository: context.repository, token: inputs.githubToken, network: inputs.network }, signed.bundle)
    : undefined;
  const bundleText = `${JSON.stringify(signed.bundle)}\n`;
  const bundlePath = join(dirs.bundleDir, bundleFileName(inputs.name));
  const chainBundlePath = join(dirs.chainDir, bundleFileName(inputs.name));
  const link = signed.classicLink;
  const [, , linkPaths] = await Promise.all([
    writeFileAtomic(bundlePath, bundleText),
    chainBundlePath === bundlePath ? undefined : writeFileAtomic(chainBundlePath, bundleText),
    link && writeClassicLinkFiles([dirs.chainDir, dirs.bundleDir], link),
  ]);
  const linkPath = linkPaths?.[0]; // the chain directory's

  let artifactName: string | undefined;
  if (inputs.uploadChainArtifact) {
    if (!context.runId) throw new ChainmailError('GITHUB_CONTEXT_INVALID', 'upload-chain-artifact: GITHUB_RUN_ID is not set');
    artifactName = chainArtifactName(context.runId, context.runAttempt ?? '1', inputs.name);
    await uploader.upload(artifactName, [chainBundlePath, ...(linkPath ? [linkPath] : [])], dirs.chainDir);
  }
  return { bundlePath, chainBundlePath, ...(linkPath ? { linkPath } : {}), ...(attestation ? { attestation } : {}), ...(artifactName ? { artifactName } : {}) };
}
