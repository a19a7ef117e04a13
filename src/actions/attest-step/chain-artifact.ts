// The chain as a workflow artifact, for later jobs of the run: each step uploads its own files as one
// artifact, `chainmail-chain-<run id>-<run attempt>-<step name>`. One artifact per step, not per run: artifact
// names are unique within a run (the service refuses a second upload of a name), and steps of several jobs
// upload at once. A later job gathers them all with actions/download-artifact (pattern:
// chainmail-chain-<run id>-*, merge-multiple: true) into one directory verify-chain reads.
import { ChainmailError } from '../../core/errors.js';

export interface ChainArtifactUploader {
  /** Uploads `files` (absolute, inside `rootDirectory`) as the artifact `name`; returns its id. */
  upload(name: string, files: readonly string[], rootDirectory: string): Promise<{ readonly id?: number }>;
}

export function chainArtifactName(runId: string, runAttempt: string, stepName: string): string {
  return `chainmail-chain-${runId}-${runAttempt}-${stepName}`;
}

/**
 * @actions/artifact's client: needs the runner's ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL. Loaded when a
 * step uploads (upload-chain-artifact is off by default): with its zip and HTTP stacks it is a fifth of the
 * action's start-up.
 */
export const ACTIONS_ARTIFACT_UPLOADER: ChainArtifactUploader = {
  async upload(name, files, rootDirectory) {
    try {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const result = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDirectory);
      return result.id === undefined ? {} : { id: result.id };
    } catch (e) {
      throw new ChainmailError('UPLOAD_FAILED', `upload-chain-artifact: the artifact ${name} could not be uploaded: ${String((e as Error).message ?? e).split('\n')[0]}`, { cause: e });
    }
  },
};
