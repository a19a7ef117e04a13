// npm run demo: the main job on embedded defaults, with no network. A local Sigstore (Fulcio, Rekor, a TSA),
// a runner's OIDC endpoint and a GitHub API start on 127.0.0.1; the sign-artifact action (dist/) signs SLSA
// provenance for a sample release as a runner would run it; the chainmail CLI (dist/) verifies it offline,
// then shows a tampered artifact and a wrong signer being refused.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionDefaults } from '../test/e2e/support/action-process.js';
import { REPOSITORY, stackInputs, startFakeRunner } from '../test/e2e/support/fake-runner.js';

// npm runs scripts in the package root; the bundle itself lives in demo/.work/.
const root = process.cwd();
const say = (line = '') => process.stdout.write(`${line}\n`);
// Asynchronous on purpose: the loopback Sigstore runs in this process and must keep answering.
const run = (args: string[], env?: NodeJS.ProcessEnv) =>
  promisify(execFile)(process.execPath, args, { encoding: 'utf8', ...(env ? { env } : {}) }).then(
    ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ status: error.code ?? 1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );

const runner = await startFakeRunner();
const scratch = mkdtempSync(join(tmpdir(), 'chainmail-demo-'));
try {
  const job = await runner.newJob({ visibility: 'public' });
  mkdirSync(join(job.workspace, 'dist'), { recursive: true });
  writeFileSync(join(job.workspace, 'dist', 'app-1.0.0.tgz'), 'the release artifact\n');
  say('1. sign-artifact signs SLSA provenance for dist/app-1.0.0.tgz (a local Fulcio, Rekor and OIDC stand in for Sigstore and GitHub)');

  const inputs = { ...(await actionDefaults('sign-artifact', runner.api.token, root)), 'subject-path': 'dist/*.tgz', ...stackInputs(runner.stack, 'public-good') };
  const env = {
    PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', CI: 'true', GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: join(scratch, 'output'), GITHUB_STEP_SUMMARY: join(scratch, 'summary'),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...job.env,
  };
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  const sign = await run([join(root, 'dist/sign-artifact/index.js')], env);
  for (const line of sign.stdout.split('\n').filter((l) => l && !l.startsWith('::'))) say(`   ${line}`);
  if (sign.status !== 0) throw new Error(`sign-artifact failed: ${sign.stdout}${sign.stderr}`);
  const bundlePath = /bundle-path<<(\S+)\n(.*)\n/.exec(readFileSync(env.GITHUB_OUTPUT, 'utf8'))?.[2] ?? '';

  const trustedRoot = join(scratch, 'trusted_root.json');
  writeFileSync(trustedRoot, JSON.stringify(runner.stack.trustedRoot));
  const verify = async (artifact: string, ...flags: string[]) => {
    const result = await run([join(root, 'dist/cli/index.js'), 'verify', artifact, '--bundle', bundlePath, '--trusted-root', trustedRoot, ...flags]);
    for (const line of `${result.stdout}${result.stderr}`.trim().split('\n')) say(`   ${line}`);
    say(`   (exit ${result.status})`);
    return result.status;
  };

  say();
  say(`2. chainmail verify, offline, with the stack's trusted root: the artifact, signed by a workflow of ${REPOSITORY}`);
  const ok = await verify(join(job.workspace, 'dist', 'app-1.0.0.tgz'), '--repo', REPOSITORY);
  say();
  say('3. the same bundle, a tampered artifact: refused');
  writeFileSync(join(scratch, 'app-1.0.0.tgz'), 'the release artifact, tampered\n');
  const tampered = await verify(join(scratch, 'app-1.0.0.tgz'), '--repo', REPOSITORY);
  say();
  say('4. the right artifact, but a policy that expects another signer workflow: refused');
  const wrongSigner = await verify(join(job.workspace, 'dist', 'app-1.0.0.tgz'), '--signer-workflow', `${REPOSITORY}/.github/workflows/deploy.yml`);
  if (ok !== 0 || tampered === 0 || wrongSigner === 0) throw new Error('the demo did not go as expected');
  say();
  say(`Done. The bundle is a Sigstore bundle v0.3 (${bundlePath}), ${readFileSync(bundlePath).length} bytes.`);
} finally {
  await runner.close();
  rmSync(scratch, { recursive: true, force: true });
}
