import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyBundle } from '../support/index.js';
import { startHttpProxy } from '../support/http-proxy.js';
import { writeTree } from '../support/temp-tree.js';
import { runActionProcess } from './support/action-process.js';
import { readBundles, sha256, statementOf } from './support/bundles.js';
import { REPOSITORY, stackInputs, startFakeRunner, type FakeRunner } from './support/fake-runner.js';

let runner: FakeRunner;
beforeAll(async () => {
  runner = await startFakeRunner();
});
afterAll(async () => {
  await runner.close();
});

describe('sign-artifact, run as a runner runs it', () => {
  it('signs and stores behind the proxy a self-hosted runner names in HTTP_PROXY and HTTPS_PROXY', async () => {
    const proxy = await startHttpProxy();
    try {
      const job = await runner.newJob({ visibility: 'public' });
      await writeTree(job.workspace, { 'dist/app.tgz': 'the app' });
      const stored = runner.api.attestations(REPOSITORY).length;
      const run = await runActionProcess('sign-artifact', {
        inputs: { 'subject-path': 'dist/app.tgz', ...stackInputs(runner.stack, 'public-good') },
        env: { ...job.env, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url },
        githubToken: runner.api.token,
      });
      expect(run.errors).toEqual([]);
      expect(runner.api.attestations(REPOSITORY)).toHaveLength(stored + 1);
      // Fulcio and Rekor (sigstore-js) and the attestations API (chainmail's own calls) were reached through it.
      for (const service of [runner.stack.fulcioURL, runner.stack.rekorURL, runner.api.url]) expect(proxy.targets).toContain(new URL(service).host);
    } finally {
      await proxy.close();
    }
  });

  it('signs SLSA provenance for files on public-good: verifiable bundle, stored attestation, outputs, summary', async () => {
    const job = await runner.newJob({ visibility: 'public' });
    await writeTree(job.workspace, { 'dist/app-1.0.0.tgz': 'the app', 'dist/app-1.0.0.zip': 'the app, zipped', 'dist/notes.txt': 'x' });
    const stored = runner.api.attestations(REPOSITORY).length;
    runner.stack.requests.clear();

    const run = await runActionProcess('sign-artifact', {
      inputs: { 'subject-path': 'dist/*.tgz\ndist/*.zip', ...stackInputs(runner.stack, 'public-good') },
      env: job.env,
      githubToken: runner.api.token,
    });

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['subject-count']).toBe('2');
    expect(run.outputs['attestation-count']).toBe('1');
    expect(run.outputs['bundle-path']).toBe(join(job.runnerTemp, 'chainmail', 'app-1.0.0.tgz.sigstore.json'));
    const [bundle] = await readBundles(run.outputs['bundle-path'] as string);
    if (!bundle) throw new Error('no bundle');

    // The real @sigstore/verify accepts it against the stack's root, and the signer is the job's workflow.
    const signer = verifyBundle(bundle, runner.stack.trustedRoot);
    expect(signer.identity?.subjectAlternativeName).toBe(`https://github.com/${REPOSITORY}/.github/workflows/release.yml@refs/heads/main`);
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.verificationMaterial.tlogEntries?.[0]?.kindVersion?.kind).toBe('dsse');

    const statement = statementOf(bundle);
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.subject).toEqual([
      { name: 'app-1.0.0.tgz', digest: { sha256: sha256('the app') } },
      { name: 'app-1.0.0.zip', digest: { sha256: sha256('the app, zipped') } },
    ]);
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.predicate.buildDefinition.buildType).toBe('https://actions.github.io/buildtypes/workflow/v1');
    expect(statement.predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/heads/main', repository: `https://github.com/${REPOSITORY}`, path: '.github/workflows/release.yml',
    });
    expect(statement.predicate.runDetails.builder.id).toBe(`https://github.com/${REPOSITORY}/.github/workflows/release.yml@refs/heads/main`);
    expect(statement.predicate.runDetails.metadata.invocationId).toBe(`https://github.com/${REPOSITORY}/actions/runs/9876543210/attempts/1`);
    expect(statement.predicate.runDetails.metadata.startedOn).toBe('2026-11-22T00:00:00Z');

    expect(runner.api.attestations(REPOSITORY)).toHaveLength(stored + 1);
    expect(run.outputs['attestation-id']).toBe(String(runner.api.attestations(REPOSITORY).at(-1)?.id));
    expect(run.outputs['attestation-url']).toBe(`https://github.com/${REPOSITORY}/attestations/${run.outputs['attestation-id']}`);
    expect(run.summary).toContain('| app-1.0.0.tgz |');
    expect(run.summary).toContain(`sha256:${sha256('the app')}`);
    expect(runner.stack.requests.count('fulcio')).toBe(1);
    expect(runner.stack.requests.count('tsa')).toBe(0);
  });

  it('signs on GitHub instance for a private repository: a timestamp, no public log entry', async () => {
    const job = await runner.newJob({ visibility: 'private' });
    await writeTree(job.workspace, { 'out/tool': 'binary' });
    runner.stack.requests.clear();
    const run = await runActionProcess('sign-artifact', {
      inputs: { 'subject-path': 'out/tool', ...stackInputs(runner.stack, 'github'), 'upload-attestations': 'false' },
      env: job.env,
      githubToken: runner.api.token,
    });
    expect(run.errors).toEqual([]);
    const [bundle] = await readBundles(run.outputs['bundle-path'] as string);
    if (!bundle) throw new Error('no bundle');
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([]);
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    verifyBundle(bundle, runner.stack.trustedRoot, { tlog: 0, timestamps: 1 });
    expect(runner.stack.requests.count('rekor')).toBe(0);
    expect(run.outputs['attestation-id']).toBe('');
  });

  it('signs many subjects one attestation each with one Fulcio certificate for the whole run', async () => {
    const job = await runner.newJob();
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`pkg/file-${String(i).padStart(2, '0')}.bin`, `content ${i}`]));
    await writeTree(job.workspace, files);
    runner.stack.requests.clear();
    const run = await runActionProcess('sign-artifact', {
      inputs: { 'subject-path': 'pkg/**', 'attestation-per-subject': 'true', ...stackInputs(runner.stack, 'public-good') },
      env: job.env,
      githubToken: runner.api.token,
    });
    expect(run.errors).toEqual([]);
    expect(run.outputs['attestation-count']).toBe('12');
    expect(runner.stack.requests.count('fulcio')).toBe(1);
    expect(runner.stack.requests.count('rekor')).toBe(12);
    const bundles = await readBundles(run.outputs['bundle-path'] as string);
    expect(run.outputs['bundle-path']).toMatch(/\.sigstore\.jsonl$/);
    expect(bundles).toHaveLength(12);
    const certificates = new Set(bundles.map((b) => b.verificationMaterial.certificate?.rawBytes));
    expect(certificates.size).toBe(1);
    for (const bundle of bundles) verifyBundle(bundle, runner.stack.trustedRoot);
    expect(bundles.map((b) => statementOf(b).subject[0]?.name)).toEqual(Object.keys(files).map((f) => f.slice('pkg/'.length)));
    const dir = await readdir(join(job.runnerTemp, 'chainmail'));
    expect(dir.filter((f) => f.endsWith('.sigstore.json'))).toHaveLength(12);
  });

  it('splits a large subject set over several attestations, with no cap on the total', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}`, `${i}`])));
    const run = await runActionProcess('sign-artifact', {
      inputs: { 'subject-path': 'f*', 'max-subjects-per-attestation': '2', ...stackInputs(runner.stack, 'public-good'), 'upload-attestations': 'false' },
      env: job.env,
      githubToken: runner.api.token,
    });
    expect(run.errors).toEqual([]);
    const bundles = await readBundles(run.outputs['bundle-path'] as string);
    expect(bundles.map((b) => statementOf(b).subject.length)).toEqual([2, 2, 1]);
    expect(run.outputs['subject-count']).toBe('5');
  });

  it('attests a checksums list and a digest with a name', async () => {
    const job = await runner.newJob();
    const a = sha256('a');
    const b = sha256('b');
    const fromChecksums = await runActionProcess('sign-artifact', {
      inputs: { 'subject-checksums': `${a}  app-linux.tar.gz\n${b} *app-darwin.tar.gz\n`, ...stackInputs(runner.stack, 'public-good'), 'upload-attestations': 'false' },
      env: job.env,
      githubToken: runner.api.token,
    });
    expect(fromChecksums.errors).toEqual([]);
    const [checksumsBundle] = await readBundles(fromChecksums.outputs['bundle-path'] as string);
    expect(statementOf(checksumsBundle as never).subject).toEqual([
      { name: 'app-darwin.tar.gz', digest: { sha256: b } },
      { name: 'app-linux.tar.gz', digest: { sha256: a } },
    ]);

    const fromDigest = await runActionProcess('sign-artifact', {
      inputs: { 'subject-digest': `sha256:${a}`, 'subject-name': 'ghcr.io/octo-org/app', ...stackInputs(runner.stack, 'public-good'), 'upload-attestations': 'false' },
      env: job.env,
      githubToken: runner.api.token,
    });
    expect(fromDigest.errors).toEqual([]);
    const [digestBundle] = await readBundles(fromDigest.outputs['bundle-path'] as string);
    expect(statementOf(digestBundle as never).subject).toEqual([{ name: 'ghcr.io/octo-org/app', digest: { sha256: a } }]);
  });

  it('signs a custom predicate from a file', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'app.tgz': 'app', 'review.json': JSON.stringify({ reviewer: 'octocat', approved: true }) });
    const run = await runActionProcess('sign-artifact', {
      inputs: { 'subject-path': 'app.tgz', 'predicate-type': 'https://example.com/review/v1', 'predicate-path': 'review.json', ...stackInputs(runner.stack, 'public-good'), 'upload-attestations': 'false' },
      env: job.env,
      githubToken: runner.api.token,
    });
    expect(run.errors).toEqual([]);
    const [bundle] = await readBundles(run.outputs['bundle-path'] as string);
    const statement = statementOf(bundle as never);
    expect(statement.predicateType).toBe('https://example.com/review/v1');
    expect(statement.predicate).toEqual({ reviewer: 'octocat', approved: true });
  });

  it('records workflow_dispatch inputs in the provenance', async () => {
    const job = await runner.newJob({ eventName: 'workflow_dispatch', event: { inputs: { channel: 'beta', dry_run: 'false' } } });
    await writeTree(job.workspace, { 'app.tgz': 'app' });
    const run = await runActionProcess('sign-artifact', {
      inputs: { 'subject-path': 'app.tgz', ...stackInputs(runner.stack, 'public-good'), 'upload-attestations': 'false' },
      env: job.env,
      githubToken: runner.api.token,
    });
    expect(run.errors).toEqual([]);
    const [bundle] = await readBundles(run.outputs['bundle-path'] as string);
    const { predicate } = statementOf(bundle as never);
    expect(predicate.buildDefinition.externalParameters.inputs).toEqual({ channel: 'beta', dry_run: 'false' });
    expect(predicate.buildDefinition.internalParameters.github.event_name).toBe('workflow_dispatch');
  });

  it('uploads the bundles next to the assets of the release that triggered the run', async () => {
    const release = runner.api.addRelease(REPOSITORY, 'v2.0.0');
    const uploadUrl = `${runner.api.url}/uploads/repos/${REPOSITORY}/releases/${release.id}/assets{?name,label}`;
    const job = await runner.newJob({ eventName: 'release', event: { release: { id: release.id, tag_name: 'v2.0.0', upload_url: uploadUrl } } });
    await writeTree(job.workspace, { 'app-2.0.0.tgz': 'two' });
    const run = await runActionProcess('sign-artifact', {
      inputs: { 'subject-path': 'app-2.0.0.tgz', ...stackInputs(runner.stack, 'public-good') },
      env: job.env,
      githubToken: runner.api.token,
    });
    expect(run.errors).toEqual([]);
    const assets = runner.api.release(REPOSITORY, 'v2.0.0')?.assets ?? [];
    expect(assets.map((a) => a.name)).toEqual(['app-2.0.0.tgz.sigstore.json']);
    const uploaded = JSON.parse(Buffer.from(assets[0]?.data ?? '').toString('utf8'));
    verifyBundle(uploaded, runner.stack.trustedRoot);
  });

  it('uploads to a release named by release-tag outside a release event', async () => {
    runner.api.addRelease(REPOSITORY, 'v3.0.0');
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'app-3.tgz': 'three' });
    const run = await runActionProcess('sign-artifact', {
      inputs: { 'subject-path': 'app-3.tgz', 'release-tag': 'v3.0.0', ...stackInputs(runner.stack, 'public-good'), 'upload-attestations': 'false' },
      env: job.env,
      githubToken: runner.api.token,
    });
    expect(run.errors).toEqual([]);
    expect(runner.api.release(REPOSITORY, 'v3.0.0')?.assets.map((a) => a.name)).toEqual(['app-3.tgz.sigstore.json']);
  });

  it('rides out transient failures of Fulcio, Rekor and the API (5xx, 429, reset)', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'app.tgz': 'app' });
    runner.stack.faults.set('fulcio', [{ kind: 'status', status: 503 }]);
    runner.stack.faults.set('rekor', [{ kind: 'status', status: 429 }]);
    runner.api.faults.set('create-attestation', [{ kind: 'reset' }]);
    runner.stack.requests.clear();
    const run = await runActionProcess('sign-artifact', {
      inputs: { 'subject-path': 'app.tgz', ...stackInputs(runner.stack, 'public-good'), 'network-retries': '2' },
      env: job.env,
      githubToken: runner.api.token,
    });
    expect(run.errors).toEqual([]);
    expect(runner.stack.requests.outcomes('fulcio')).toEqual([503, 201]);
    expect(runner.stack.requests.outcomes('rekor')).toEqual([429, 201]);
    const [bundle] = await readBundles(run.outputs['bundle-path'] as string);
    verifyBundle(bundle as never, runner.stack.trustedRoot);
  });

  it('never prints the OIDC token or the GitHub token', async () => {
    const job = await runner.newJob();
    await writeTree(job.workspace, { 'app.tgz': 'app' });
    const run = await runActionProcess('sign-artifact', {
      inputs: { 'subject-path': 'app.tgz', ...stackInputs(runner.stack, 'public-good') },
      env: { ...job.env, RUNNER_DEBUG: '1' },
      githubToken: runner.api.token,
    });
    expect(run.errors).toEqual([]);
    const oidcRequests = runner.oidc.requests.all('oidc');
    expect(oidcRequests.length).toBeGreaterThan(0);
    const certificate = new X509Certificate(Buffer.from((await readBundles(run.outputs['bundle-path'] as string))[0]?.verificationMaterial.certificate?.rawBytes ?? '', 'base64'));
    expect(certificate.subjectAltName).toContain(REPOSITORY);
    expect(run.stdout).toContain(`::add-mask::${runner.api.token}`);
    expect(run.stdout.match(/::add-mask::ey[\w-]+\.[\w-]+\.[\w-]+/)).not.toBeNull();
    const printed = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + run.stderr;
    expect(printed).not.toContain(runner.api.token);
    expect(printed).not.toMatch(/ey[\w-]{10,}\.ey[\w-]{10,}\.[\w-]{10,}/);
  });
});
