// Cold start: `node dist/sign-artifact/index.js` from spawn to its first line on stdout, as a runner starts it,
// against `node -e ''` (Node's own start-up: the floor) in the same run. A valid run (it signs against a
// local stack, and finishes) and a run that fails on its input (a missing subject-path) are both measured.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { startOidcServer } from '../test/support/oidc.js';
import { startSigstoreStack } from '../test/support/sigstore-stack.js';
import { repoPath, workPath } from './lib/paths.js';
import { runTimed, type TimedRun } from './lib/proc.js';
import { emit, progress } from './lib/report.js';
import { median, ms, ratio, samples } from './lib/stats.js';

const REPS = 10;
const ENTRY = repoPath('dist', 'sign-artifact', 'index.js');
const DIR = workPath('cold-start');
const REPOSITORY = 'octo-org/octo-repo';
type Variant = 'floor' | 'valid' | 'failing';

if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run npm run build`);

/** INPUT_* for every input of action.yml with its default, as the runner sets them, then `inputs` over them. */
function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const yml = parse(readFileSync(repoPath('actions', 'sign-artifact', 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const values = { ...Object.fromEntries(Object.entries(yml.inputs).map(([k, v]) => [k, String(v.default ?? '').replace('${{ github.token }}', '')])), ...inputs };
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
}

rmSync(DIR, { recursive: true, force: true });
const workspace = join(DIR, 'workspace');
const runnerTemp = join(DIR, 'temp');
mkdirSync(workspace, { recursive: true });
mkdirSync(runnerTemp, { recursive: true });
writeFileSync(join(workspace, 'app-1.0.0.tgz'), 'chainmail cold-start subject\n');
const eventPath = join(DIR, 'event.json');
writeFileSync(eventPath, JSON.stringify({ repository: { full_name: REPOSITORY, visibility: 'public' } }));

const [stack, oidc] = await Promise.all([startSigstoreStack(), startOidcServer({ claims: { event_name: 'push' } })]);
const runnerEnv = (subjectPath: string): NodeJS.ProcessEnv => {
  const outputs = join(DIR, 'output');
  writeFileSync(outputs, '');
  writeFileSync(join(DIR, 'summary'), '');
  return {
    PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', GITHUB_ACTIONS: 'true', RUNNER_OS: 'Linux',
    GITHUB_OUTPUT: outputs, GITHUB_STEP_SUMMARY: join(DIR, 'summary'),
    GITHUB_REPOSITORY: REPOSITORY, GITHUB_REPOSITORY_OWNER: 'octo-org', GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp,
    GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventPath, GITHUB_SHA: 'a3f1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4',
    GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '9876543210', GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/release.yml@refs/heads/main`,
    ...oidc.env,
    ...inputEnv({
      'subject-path': subjectPath, sigstore: 'public-good', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL,
      'upload-attestations': 'false', 'network-retries': '0',
    }),
  };
};

async function runVariant(variant: Variant): Promise<TimedRun> {
  if (variant === 'floor') return runTimed(process.execPath, ['-e', '']);
  const run = await runTimed(process.execPath, [ENTRY], { cwd: workspace, env: runnerEnv(variant === 'valid' ? 'app-1.0.0.tgz' : 'missing.tgz') });
  if (variant === 'valid') {
    const bundle = join(runnerTemp, 'chainmail', 'app-1.0.0.tgz.sigstore.json');
    if (run.exitCode !== 0 || !existsSync(bundle)) throw new Error(`the valid run failed (${run.exitCode}): ${run.stdout.slice(-2000)}`);
    rmSync(join(runnerTemp, 'chainmail'), { recursive: true, force: true });
  } else if (run.exitCode === 0 || !run.stdout.includes('::error::') || !run.stdout.includes('[PATH_NOT_FOUND]')) {
    throw new Error(`the failing run did not fail on its input (${run.exitCode}): ${run.stdout.slice(-2000)}`);
  }
  if (run.firstLineMs === undefined) throw new Error(`${variant}: no line on stdout`);
  return run;
}

const variants: Variant[] = ['floor', 'valid', 'failing'];
const runs: Record<Variant, TimedRun[]> = { floor: [], valid: [], failing: [] };
try {
  for (const v of variants) await runVariant(v); // untimed: the page cache holds node and the bundle
  for (let rep = 0; rep < REPS; rep++) {
    // Rotate the order so no variant always follows the same one.
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(rep + k) % variants.length]!;
      runs[v].push(await runVariant(v));
    }
  }
} finally {
  await Promise.all([stack.close(), oidc.close()]);
  rmSync(DIR, { recursive: true, force: true });
}
progress(`floor ${ms(median(runs.floor.map((r) => r.wallMs)))}, valid first line ${ms(median(runs.valid.map((r) => r.firstLineMs!)))}, failing first line ${ms(median(runs.failing.map((r) => r.firstLineMs!)))}`);

const floor = median(runs.floor.map((r) => r.wallMs));
const first = (v: Variant): number[] => runs[v].map((r) => r.firstLineMs!);
const wall = (v: Variant): number[] => runs[v].map((r) => r.wallMs);
const valid = median(first('valid'));
const failing = median(first('failing'));
const clip = (line = ''): string => `\`${line.length > 100 ? `${line.slice(0, 100)}...` : line}\``;

emit({
  title: 'Cold start: dist/sign-artifact/index.js to its first output line',
  method: [
    `\`node dist/sign-artifact/index.js\` (${process.version}, the committed bundle: ${mib(readFileSync(ENTRY).length)} MiB of entry, ${mib(bundleBytes(dirname(ENTRY)))} MiB with the chunks it may import) spawned with a runner's environment (every INPUT_* from action.yml's defaults, GITHUB_*, RUNNER_TEMP, the OIDC request URL and token), timed from spawn to the first newline on its stdout.`,
    "valid: `subject-path: app-1.0.0.tgz` signed against a local Sigstore stack without added latency (`upload-attestations: false`); its first line is @actions/core's debug line as it asks for the OIDC token, after the inputs are parsed and the file hashed. Every run must exit 0 and write the bundle. The target is judged on this one.",
    'failing: `subject-path: missing.tgz`; it must fail with PATH_NOT_FOUND. Its first line is the debug line before the `::error::`.',
    `floor: \`node -e ''\`, spawn to exit. ${REPS} runs of each after one untimed round, the order rotating; medians.`,
  ],
  checks: [{
    name: 'cold start to the first output line (valid run)',
    chainmail: `${ms(valid)} (failing input: ${ms(failing)})`,
    peer: `${ms(floor)} (node -e '')`,
    ratio: `${ratio(valid / floor)} the floor; +${ms(valid - floor)} over it`,
    target: '< 300 ms',
    pass: valid < 300,
  }],
  details: [
    `- valid, first line: ${samples(first('valid'))}; whole run (signing, bundle written, exit): ${samples(wall('valid'))}`,
    `- valid, the first line: ${clip(runs.valid[0]!.firstLine)}`,
    `- failing, first line: ${samples(first('failing'))}; to exit: ${samples(wall('failing'))}`,
    `- failing, the first line: ${clip(runs.failing[0]!.firstLine)}`,
    `- floor, node -e '': ${samples(wall('floor'))}`,
  ],
});

function mib(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}

/** Bytes of every file of a bundle directory (its entry and chunks). */
function bundleBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}
