// Digests: chainmail's src/io/digest.ts against `openssl dgst -sha256` over the same 1 GiB, once as one file
// and once as 10,000 files, alternating the two tools, page cache warm, median of REPS.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { DigestChildResult } from './digest.child.js';
import { workPath } from './lib/paths.js';
import { runOk, siblingBundle, type TimedRun } from './lib/proc.js';
import { emit, progress, type Check } from './lib/report.js';
import { median, mibps, ms, ratio, samples } from './lib/stats.js';

const GIB = 2 ** 30;
const FILES = 10_000;
const REPS = 5;
const DATA = workPath('digest-data');
const ONE = join(DATA, 'one.bin');
const MANY = join(DATA, 'many');
const names = Array.from({ length: FILES }, (_, i) => `f${String(i).padStart(5, '0')}.bin`);
const manySize = (i: number): number => Math.floor(GIB / FILES) + (i < GIB % FILES ? 1 : 0);

/** Writes the data unless a previous run kept it (BENCH_KEEP_DATA=1) with the right sizes. */
function prepareData(): void {
  const intact = existsSync(ONE) && statSync(ONE).size === GIB && existsSync(MANY) && readdirSync(MANY).length === FILES
    && names.every((n, i) => statSync(join(MANY, n)).size === manySize(i));
  if (intact) return progress('data: reusing bench/.work/digest-data');
  rmSync(DATA, { recursive: true, force: true });
  mkdirSync(MANY, { recursive: true });
  const block = randomBytes(16 * 2 ** 20);
  const chunk = 8 * 2 ** 20;
  const fd = openSync(ONE, 'w');
  for (let i = 0; i < GIB / chunk; i++) {
    block.writeUInt32LE(i, 0); // no two chunks alike
    writeSync(fd, block, 0, chunk);
  }
  closeSync(fd);
  names.forEach((name, i) => {
    const size = manySize(i);
    const offset = (i * 7919) % (block.length - size);
    const data = block.subarray(offset, offset + size);
    data.writeUInt32LE(i, 0);
    writeFileSync(join(MANY, name), data);
  });
  progress('data: wrote 1 GiB as one file and 1 GiB as 10,000 files');
}

/** Reads every byte once so both tools meet a warm page cache. */
function warmPageCache(): number {
  const buffer = Buffer.allocUnsafe(8 * 2 ** 20);
  let total = 0;
  for (const path of [ONE, ...names.map((n) => join(MANY, n))]) {
    const fd = openSync(path, 'r');
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0;) total += n;
    closeSync(fd);
  }
  return total;
}

interface Sample {
  /** chainmail: in-process time around the library call. */
  readonly inProcessMs: number;
  /** chainmail: wall time of the child process that runs the bundled hashing. */
  readonly chainmailWallMs: number;
  readonly opensslWallMs: number;
}

type Case = 'one' | 'many';

async function chainmail(kind: Case): Promise<{ run: TimedRun; result: DigestChildResult }> {
  const args = kind === 'one' ? ['one', 'one.bin'] : ['many', '.'];
  const run = await runOk(process.execPath, [siblingBundle('digest.child'), ...args], { cwd: kind === 'one' ? DATA : MANY });
  return { run, result: JSON.parse(run.stdout) as DigestChildResult };
}

async function openssl(kind: Case): Promise<{ run: TimedRun; digests: Record<string, string> }> {
  const files = kind === 'one' ? ['one.bin'] : names;
  // One process for all files: 10,000 names of 10 characters are ~200 KB of argv, far below ARG_MAX.
  if (files.reduce((n, f) => n + f.length + 9, 0) > 1_000_000) throw new Error('argv too long for one openssl process');
  const run = await runOk('openssl', ['dgst', '-sha256', ...files], { cwd: kind === 'one' ? DATA : MANY });
  const digests: Record<string, string> = {};
  for (const line of run.stdout.split('\n')) {
    const m = /^[^(]+\((.+)\)= ([0-9a-f]{64})$/.exec(line);
    if (m) digests[m[1]!] = m[2]!;
  }
  return { run, digests };
}

/** Every file's digest must agree between the two tools, or the timing means nothing. */
function sameDigests(kind: Case, ours: Record<string, string>, theirs: Record<string, string>): void {
  const expected = kind === 'one' ? ['one.bin'] : names;
  const bad = expected.filter((n) => !ours[n] || ours[n] !== theirs[n]);
  if (bad.length > 0 || Object.keys(ours).length !== expected.length) {
    throw new Error(`${kind}: chainmail and openssl disagree on ${bad.length} file(s), e.g. ${bad[0]}`);
  }
}

async function measure(kind: Case): Promise<Sample[]> {
  // One untimed round of each: binaries, the bundle and the data all come from the page cache afterwards.
  sameDigests(kind, (await chainmail(kind)).result.digests, (await openssl(kind)).digests);
  const out: Sample[] = [];
  for (let rep = 0; rep < REPS; rep++) {
    // Alternate who goes first so neither always meets the other's leftovers.
    const order = rep % 2 === 0 ? (['chainmail', 'openssl'] as const) : (['openssl', 'chainmail'] as const);
    let c: Awaited<ReturnType<typeof chainmail>> | undefined;
    let o: Awaited<ReturnType<typeof openssl>> | undefined;
    for (const tool of order) {
      if (tool === 'chainmail') c = await chainmail(kind);
      else o = await openssl(kind);
    }
    sameDigests(kind, c!.result.digests, o!.digests);
    out.push({ inProcessMs: c!.result.ms, chainmailWallMs: c!.run.wallMs, opensslWallMs: o!.run.wallMs });
    progress(`${kind} #${rep + 1}: chainmail ${ms(c!.result.ms)} in-process / ${ms(c!.run.wallMs)} wall, openssl ${ms(o!.run.wallMs)}`);
  }
  return out;
}

function summarize(kind: Case, runs: readonly Sample[], target: number): { check: Check; details: string[] } {
  const inProcess = median(runs.map((r) => r.inProcessMs));
  const wall = median(runs.map((r) => r.chainmailWallMs));
  const theirs = median(runs.map((r) => r.opensslWallMs));
  const label = kind === 'one' ? '1 GiB, one file' : '1 GiB, 10,000 files';
  return {
    check: {
      name: `sha256 of ${label} (chainmail in-process vs one openssl process)`,
      chainmail: `${ms(inProcess)} (${mibps(GIB, inProcess)}); child wall ${ms(wall)} (${mibps(GIB, wall)})`,
      peer: `${ms(theirs)} (${mibps(GIB, theirs)})`,
      ratio: `${ratio(theirs / inProcess)} in-process; ${ratio(theirs / wall)} wall`,
      target: `>= ${target.toFixed(1)}x openssl throughput`,
      pass: theirs / inProcess >= target,
    },
    details: [
      `- ${label}: chainmail in-process ${samples(runs.map((r) => r.inProcessMs))}; chainmail child wall ${samples(runs.map((r) => r.chainmailWallMs))}; openssl wall ${samples(runs.map((r) => r.opensslWallMs))}`,
    ],
  };
}

prepareData();
const warmed = warmPageCache();
progress(`page cache warmed: ${(warmed / GIB).toFixed(2)} GiB read`);
const opensslVersion = (await runOk('openssl', ['version'])).stdout.trim();
const one = summarize('one', await measure('one'), 0.9);
const many = summarize('many', await measure('many'), 1.6);
if (process.env.BENCH_KEEP_DATA !== '1') rmSync(DATA, { recursive: true, force: true });

emit({
  title: 'File digests: chainmail vs openssl dgst -sha256',
  method: [
    `Data: 1 GiB of random bytes as one file, and 1 GiB as ${FILES.toLocaleString('en')} files of ~105 KiB, under bench/.work/ (deleted afterwards unless BENCH_KEEP_DATA=1). Every byte is read once before timing (page cache warm), then one untimed round of each tool.`,
    `chainmail: a child process (node ${process.version}) runs the bundled src/io/digest.ts: \`digestFile(file, ['sha256'])\` for the one file, \`digestFiles(paths, { algorithms: ['sha256'] })\` (a worker pool on every core) for the 10,000. "In-process" is performance.now() around that call: the library's cost, on which the target is judged. "Child wall" is spawn to exit: the user's cost, with Node's start-up and listing the directory.`,
    `openssl: \`${opensslVersion}\`, ONE process, \`openssl dgst -sha256 f00000.bin ... f09999.bin\` (all files as arguments, cwd in the data directory), timed spawn to exit.`,
    `${REPS} repetitions, the order of the two tools alternating; medians. Each repetition checks that both tools produced the same digest for every file.`,
  ],
  checks: [one.check, many.check],
  details: [...one.details, ...many.details],
});
