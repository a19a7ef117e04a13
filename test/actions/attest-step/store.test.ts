import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import { chainArtifactName, type ChainArtifactUploader } from '../../../src/actions/attest-step/chain-artifact.js';
import { parseInputs } from '../../../src/actions/attest-step/inputs.js';
import { assertNewStep, stepDirs, storeStep } from '../../../src/actions/attest-step/store.js';
import { buildClassicLink, signClassicLink } from '../../../src/core/predicates/link/classic.js';
import type { RunnerContext } from '../../../src/github/runner-context.js';
import { makeTempDir, removeDir } from '../../support/temp-tree.js';

let root: string;
beforeEach(async () => {
  root = await makeTempDir('cm-store-');
});
afterEach(async () => {
  await removeDir(root);
});

const context = (): RunnerContext => ({
  serverUrl: 'https://github.com', apiUrl: 'http://127.0.0.1:9', repository: 'o/r', eventName: 'push', event: {},
  workspace: join(root, 'ws'), runnerTemp: join(root, 'temp'), runId: '42', runAttempt: '2',
});
const bundle = { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' } as unknown as SerializedBundle;

/** A typed fake of the artifact service client: records what it was asked to upload, and reads the files. */
function recordingUploader(): ChainArtifactUploader & { uploads: { name: string; files: Record<string, string>; root: string }[] } {
  const uploads: { name: string; files: Record<string, string>; root: string }[] = [];
  const uploader = {
    async upload(name, files, rootDirectory) {
      const contents = Object.fromEntries(await Promise.all(files.map(async (f) => [f.slice(rootDirectory.length + 1), await readFile(f, 'utf8')] as const)));
      uploads.push({ name, files: contents, root: rootDirectory });
      return { id: 7 };
    },
  } satisfies ChainArtifactUploader;
  return Object.assign(uploader, { uploads });
}

describe('storing a signed step', () => {
  it('writes the bundle to bundle-dir and the chain directory, and uploads the step\'s chain files as one artifact per step', async () => {
    const inputs = parseInputs((name) => ({ name: 'build', command: 'true', materials: 'a', 'upload-attestations': 'false', 'upload-chain-artifact': 'true' } as Record<string, string>)[name] ?? '');
    const uploader = recordingUploader();
    const stored = await storeStep({ bundle }, inputs, context(), stepDirs(inputs, context()), uploader);
    expect(stored.bundlePath).toBe(join(root, 'temp', 'chainmail', 'steps', 'build.sigstore.json'));
    expect(stored.chainBundlePath).toBe(join(root, 'temp', 'chainmail', 'chain', 'build.sigstore.json'));
    expect(stored.artifactName).toBe('chainmail-chain-42-2-build');
    expect(uploader.uploads).toEqual([{ name: 'chainmail-chain-42-2-build', root: join(root, 'temp', 'chainmail', 'chain'), files: { 'build.sigstore.json': `${JSON.stringify(bundle)}\n` } }]);
    expect(await readdir(join(root, 'temp', 'chainmail', 'steps'))).toEqual(['build.sigstore.json']);
    await expect(assertNewStep(stepDirs(inputs, context()), 'build')).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await expect(assertNewStep(stepDirs(inputs, context()), 'test')).resolves.toBeUndefined();
  });

  it('writes a classic link into the chain directory and bundle-dir, the same text in both, and uploads the chain\'s', async () => {
    const inputs = parseInputs((name) => ({ name: 'build', command: 'true', materials: 'a', 'upload-attestations': 'false', 'upload-chain-artifact': 'true' } as Record<string, string>)[name] ?? '');
    const link = buildClassicLink({ name: 'build', command: ['true'], materials: { a: { sha256: 'ab'.repeat(32) } }, products: {} });
    const classicLink = signClassicLink(link, () => new Uint8Array([1, 2]), 'cd'.repeat(32));
    const uploader = recordingUploader();
    const stored = await storeStep({ bundle, classicLink }, inputs, context(), stepDirs(inputs, context()), uploader);
    const name = `build.${'cd'.repeat(4)}.link`;
    expect(stored.linkPath).toBe(join(root, 'temp', 'chainmail', 'chain', name));
    const text = await readFile(stored.linkPath!, 'utf8');
    expect(await readFile(join(root, 'temp', 'chainmail', 'steps', name), 'utf8')).toBe(text);
    expect(JSON.parse(text)).toEqual({ signatures: [{ keyid: 'cd'.repeat(32), sig: '0102' }], signed: link });
    expect(Object.keys(uploader.uploads[0]!.files).sort()).toEqual([name, 'build.sigstore.json']);
  });

  it('uploads nothing unless asked', async () => {
    const inputs = parseInputs((name) => ({ name: 'b', command: 'true', materials: 'a', 'upload-attestations': 'false' } as Record<string, string>)[name] ?? '');
    const uploader = recordingUploader();
    expect((await storeStep({ bundle }, inputs, context(), stepDirs(inputs, context()), uploader)).artifactName).toBeUndefined();
    expect(uploader.uploads).toEqual([]);
  });

  it('names artifacts by run, attempt and step, so steps and jobs of one run never collide', () => {
    expect(chainArtifactName('1', '1', 'build')).not.toBe(chainArtifactName('1', '1', 'test'));
    expect(chainArtifactName('1', '2', 'build')).toBe('chainmail-chain-1-2-build');
  });
});
