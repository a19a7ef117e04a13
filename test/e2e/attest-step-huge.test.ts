// 100,000 materials through the real action: hashed with bounded memory (the child's peak RSS is measured by a
// preloaded module that writes process.resourceUsage().maxRSS on exit), then signed in the post step.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyBundle } from '../support/index.js';
import { readBundles, sha256, statementOf } from './support/bundles.js';
import { stackInputs, startFakeRunner, type FakeRunner } from './support/fake-runner.js';
import { runMain, runPost } from './support/post-step.js';

const FILES = 100_000;
const DIRS = 100;
/**
 * Measured here: ~380-430 MiB peak for phase: start (100 MiB is the action's baseline; node:fs.glob listing
 * 100,000 files takes ~110 MiB, the 100,000 names and digests and the 12 MB record the rest) and ~400 MiB for the
 * post step. Memory grows with the number of files, never with their size: contents are streamed.
 */
const MAX_RSS_MIB = 600;

let runner: FakeRunner;
beforeAll(async () => {
  runner = await startFakeRunner();
});
afterAll(async () => {
  await runner.close();
});

async function peakRssMiB(file: string): Promise<number> {
  return Number(await readFile(file, 'utf8')) / 1024;
}

describe('attest-step on a huge tree (slow: 100,000 files; ~25 s alone, minutes under a loaded full suite)', () => {
  it('records 100,000 materials with bounded memory and signs them', async () => {
    const job = await runner.newJob();
    const created = Date.now();
    // Synchronous writes: ~5x faster than awaiting 100,000 promises, and this is set-up, not the subject.
    for (let d = 0; d < DIRS; d++) {
      const dir = join(job.workspace, 'tree', `d${String(d).padStart(3, '0')}`);
      mkdirSync(dir, { recursive: true });
      for (let f = 0; f < FILES / DIRS; f++) writeFileSync(join(dir, `f${String(f).padStart(4, '0')}.txt`), `${d}/${f}\n`);
    }
    await writeFile(join(job.workspace, 'out.bin'), 'the product');
    const createMs = Date.now() - created;

    const rssFile = join(job.runnerTemp, 'maxrss');
    const preload = join(job.runnerTemp, 'maxrss.mjs');
    await writeFile(preload, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
    const options = {
      inputs: { ...stackInputs(runner.stack, 'public-good'), name: 'huge', phase: 'start', materials: 'tree/**', products: 'out.bin', 'upload-attestations': 'false' },
      env: { ...job.env, NODE_OPTIONS: `--import=${preload}` },
    };

    const started = Date.now();
    const start = await runMain('attest-step', options);
    const startMs = Date.now() - started;
    expect(start.errors).toEqual([]);
    expect(start.outputs['material-count']).toBe(String(FILES));
    const startRss = await peakRssMiB(rssFile);

    const ended = Date.now();
    const post = await runPost('attest-step', options, start.state);
    const postMs = Date.now() - ended;
    expect(post.errors).toEqual([]);
    const postRss = await peakRssMiB(rssFile);
    console.log(`100,000 files: created in ${createMs} ms; phase: start recorded them in ${startMs} ms (peak RSS ${startRss.toFixed(0)} MiB); the post step signed them in ${postMs} ms (peak RSS ${postRss.toFixed(0)} MiB)`);
    expect(startRss).toBeLessThan(MAX_RSS_MIB);
    expect(postRss).toBeLessThan(MAX_RSS_MIB);

    const [bundle] = await readBundles(post.outputs['bundle-path'] as string);
    if (!bundle) throw new Error('no bundle');
    verifyBundle(bundle, runner.stack.trustedRoot);
    const statement = statementOf(bundle);
    expect(statement.predicate.materials).toHaveLength(FILES);
    expect(statement.predicate.materials[0]).toEqual({ name: 'tree/d000/f0000.txt', digest: { sha256: sha256('0/0\n') } });
    expect(statement.predicate.materials[FILES - 1]).toEqual({ name: 'tree/d099/f0999.txt', digest: { sha256: sha256('99/999\n') } });
  }, 600_000);
});
