import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { ACTIONS_ARTIFACT_UPLOADER, chainArtifactName } from '../../../src/actions/attest-step/chain-artifact.js';
import { makeTempDir, removeDir, writeTree } from '../../support/temp-tree.js';

describe('the workflow-artifact uploader (@actions/artifact, loaded when a step uploads)', () => {
  let saved: string | undefined;
  let dir: string;
  beforeEach(async () => {
    saved = process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    dir = await makeTempDir('chainmail-artifact-');
    await writeTree(dir, { 'build.sigstore.json': '{}' });
  });
  afterEach(async () => {
    if (saved !== undefined) process.env.ACTIONS_RUNTIME_TOKEN = saved;
    await removeDir(dir);
  });

  it('names the artifact per run, attempt and step', () => {
    expect(chainArtifactName('123', '2', 'build')).toBe('chainmail-chain-123-2-build');
  });

  it('fails with UPLOAD_FAILED naming the artifact and the reason when the runner gave no artifact service', async () => {
    await expect(ACTIONS_ARTIFACT_UPLOADER.upload('chainmail-chain-1-1-build', [join(dir, 'build.sigstore.json')], dir)).rejects.toMatchObject({
      code: 'UPLOAD_FAILED',
      message: expect.stringMatching(/^upload-chain-artifact: the artifact chainmail-chain-1-1-build could not be uploaded: .*ACTIONS_RUNTIME_TOKEN/),
    });
  });
});
