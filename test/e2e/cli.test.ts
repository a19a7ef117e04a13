import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHttpServer } from '../support/index.js';
import { publicGoodTufRoot } from '../support/tuf-root.js';
import { makeTempDir, removeDir } from '../support/temp-tree.js';
import { CORPUS, corpus } from './support/corpus.js';
import { runCli } from './support/cli-process.js';

const SIGSTORE_JS = 'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main';
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

describe('chainmail verify, run as a process, on real bundles signed on GitHub runners (offline)', () => {
  it('verifies sigstore-js provenance by path with its true signer: exit 0, what verified and who signed', async () => {
    const run = await runCli(['verify', corpus('sigstore-js-2.1.0.tgz'), '--bundle', corpus('sigstore-js-2.1.0-bundle.json'),
      '--repo', 'sigstore/sigstore-js', '--signer-workflow', 'sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^Verified .*sigstore-js-2\.1\.0\.tgz \(sha256:f0c641fc[0-9a-f]+\): 1 of 1 bundle\(s\)/);
    expect(run.stdout).toContain(`signer:    ${SIGSTORE_JS}`);
    expect(run.stdout).toContain('source:    https://github.com/sigstore/sigstore-js @ refs/heads/main (commit 26d16513386ffaa790b1c32f927544f1322e4194)');
    expect(run.stdout).toContain('instance:  fulcio.sigstore.dev');
  });

  it('verifies every bundle of a directory (v0.1, v0.3, JSONL) and reports the others with their reasons, as JSON', async () => {
    const run = await runCli(['verify', corpus('sigstore-js-2.1.0.tgz'), '--bundle', CORPUS, '--owner', 'sigstore', '--format', 'json']);
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(run.stdout) as { verified: boolean; attestations: { source: string; predicateType: string; signer: { subjectAlternativeName: string } }[]; rejected: { source: string; code: string }[] };
    expect(report.verified).toBe(true);
    expect(report.attestations.map((a) => a.source.slice(CORPUS.length + 1))).toEqual([
      'sigstore-js-2.1.0-bundle-v0.1.json', 'sigstore-js-2.1.0-bundle.json',
      'sigstore-js-2.1.0_with_2_bundles.jsonl line 1', 'sigstore-js-2.1.0_with_2_bundles.jsonl line 2',
    ]);
    expect(report.attestations.every((a) => a.predicateType === 'https://slsa.dev/provenance/v1' && a.signer.subjectAlternativeName === SIGSTORE_JS)).toBe(true);
    const codes = Object.fromEntries(report.rejected.map((r) => [r.source.slice(CORPUS.length + 1), r.code]));
    expect(codes['github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl']).toBe('UNTRUSTED_INSTANCE');
    expect(codes['reusable-workflow-attestation.sigstore.json']).toBe('IDENTITY_MISMATCH');
  });

  it('refuses a wrong signer: exit 1, and the reason for the bundle', async () => {
    const run = await runCli(['verify', corpus('sigstore-js-2.1.0.tgz'), '--bundle', corpus('sigstore-js-2.1.0-bundle.json'), '--repo', 'evil/sigstore-js']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^Not verified: .*none of 1 bundle\(s\).*\[VERIFICATION_FAILED\]/);
    expect(run.stdout).toContain('source repository is "https://github.com/sigstore/sigstore-js", expected "https://github.com/evil/sigstore-js" [IDENTITY_MISMATCH]');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('[VERIFICATION_FAILED]');
  });

  it('verifies the reusable-workflow attestation with the reusable workflow as signer, and not with the caller', async () => {
    const args = ['verify', corpus('reusable-workflow-artifact'), '--bundle', corpus('reusable-workflow-attestation.sigstore.json'), '--repo', 'malancas/attest-demo'];
    expect((await runCli([...args, '--signer-workflow', 'github/artifact-attestations-workflows/.github/workflows/attest.yml'])).exitCode).toBe(0);
    const alone = await runCli(args);
    expect(alone.exitCode).toBe(1);
    expect(alone.stdout).toContain('[IDENTITY_MISMATCH]');
  });

  it('accepts the custom-issuer bundle only when that issuer is given', async () => {
    const args = ['verify', corpus('custom-issuer-artifact'), '--bundle', corpus('custom-issuer.sigstore.json'), '--repo', 'too-legit/attest'];
    const refused = await runCli(args);
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(`OIDC issuer is "https://token.actions.githubusercontent.com/hammer-time", expected "${GITHUB_ISSUER}"`);
    expect((await runCli([...args, '--cert-oidc-issuer', 'https://token.actions.githubusercontent.com/hammer-time'])).exitCode).toBe(0);
  });

  it('refuses the bundle of GitHub\'s private instance as an untrusted instance', async () => {
    const run = await runCli(['verify', corpus('github_provenance_demo-0.0.12-py3-none-any.whl'), '--bundle', corpus('github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl'), '--repo', 'actions/attest-demo', '--format', 'json']);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout) as { verified: boolean; rejected: { code: string; reason: string }[]; error: { code: string } };
    expect(report.verified).toBe(false);
    expect(report.error.code).toBe('VERIFICATION_FAILED');
    expect(report.rejected[0]?.code).toBe('UNTRUSTED_INSTANCE');
    expect(report.rejected[0]?.reason).toContain('untrusted Sigstore instance (trusted: fulcio.sigstore.dev)');
  });

  it('fails with exit 1 and one line naming the path when the bundle path does not exist', async () => {
    const run = await runCli(['verify', corpus('sigstore-js-2.1.0.tgz'), '--bundle', 'nowhere.json', '--repo', 'sigstore/sigstore-js']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('chainmail: bundle path nowhere.json does not exist [PATH_NOT_FOUND]\n');
  });

  it('with --tuf and a mirror it cannot reach, fails closed with TRUST_ROOT_INVALID rather than falling back', async () => {
    const closed = await startHttpServer();
    await closed.close();
    const dir = await makeTempDir('chainmail-tuf-');
    try {
      const tufRoot = join(dir, 'root.json');
      await writeFile(tufRoot, publicGoodTufRoot());
      const run = await runCli(['verify', corpus('sigstore-js-2.1.0.tgz'), '--bundle', corpus('sigstore-js-2.1.0-bundle.json'), '--repo', 'sigstore/sigstore-js',
        '--tuf', '--tuf-mirror', closed.url, '--tuf-root', tufRoot, '--tuf-cache', join(dir, 'cache')]);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^chainmail: could not refresh trust material from ${closed.url.replace(/\./g, '\\.')}: .*ECONNREFUSED.* \\[TRUST_ROOT_INVALID\\]\n$`));
    } finally {
      await removeDir(dir);
    }
  });
});

describe('chainmail verify-bundle: the sigstore-conformance client protocol', () => {
  const identity = ['--certificate-identity', SIGSTORE_JS, '--certificate-oidc-issuer', GITHUB_ISSUER];

  it('exits 0 for a good bundle over the file, or over its sha256 digest when that is not a path', async () => {
    const file = await runCli(['verify-bundle', '--bundle', corpus('sigstore-js-2.1.0-bundle.json'), ...identity, corpus('sigstore-js-2.1.0.tgz')]);
    expect(file.exitCode).toBe(0);
    expect(file.stdout).toContain(`signed by ${SIGSTORE_JS}`);
    // That statement names its subject by sha512: the protocol's digest form is sha256, so use one that does.
    const reusable = ['--certificate-identity', 'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d', '--certificate-oidc-issuer', GITHUB_ISSUER];
    const sha256 = createHash('sha256').update(await readFile(corpus('reusable-workflow-artifact'))).digest('hex');
    const digest = await runCli(['verify-bundle', '--bundle', corpus('reusable-workflow-attestation.sigstore.json'), ...reusable, `sha256:${sha256}`]);
    expect(digest.stderr).toBe('');
    expect(digest.exitCode).toBe(0);
  });

  it('exits 1 for a wrong identity, a wrong artifact, a bad signature, or an untrusted instance', async () => {
    const bundle = corpus('sigstore-js-2.1.0-bundle.json');
    const wrongIdentity = await runCli(['verify-bundle', '--bundle', bundle, '--certificate-identity', 'https://github.com/evil/x/.github/workflows/a.yml@refs/heads/main', '--certificate-oidc-issuer', GITHUB_ISSUER, corpus('sigstore-js-2.1.0.tgz')]);
    expect(wrongIdentity.exitCode).toBe(1);
    expect(wrongIdentity.stderr).toContain('[IDENTITY_MISMATCH]');
    const wrongArtifact = await runCli(['verify-bundle', '--bundle', bundle, ...identity, `sha256:${'0'.repeat(64)}`]);
    expect(wrongArtifact.exitCode).toBe(1);
    expect(wrongArtifact.stderr).toContain('[ARTIFACT_MISMATCH]');
    const badSignature = await runCli(['verify-bundle', '--bundle', corpus('sigstoreBundle-invalid-signature.json'), '--certificate-identity', 'brian@dehamer.com', '--certificate-oidc-issuer', 'https://github.com/login/oauth', corpus('sigstore-js-2.1.0.tgz')]);
    expect(badSignature.exitCode).toBe(1);
    const untrusted = await runCli(['verify-bundle', '--bundle', corpus('github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl'), '--certificate-identity', 'https://github.com/actions/attest-demo/.github/workflows/build-python.yml@refs/heads/main', '--certificate-oidc-issuer', GITHUB_ISSUER, corpus('github_provenance_demo-0.0.12-py3-none-any.whl')]);
    expect(untrusted.exitCode).toBe(1);
    expect(untrusted.stderr).toContain('[UNTRUSTED_INSTANCE]');
  });

  it('exits 2 with one line naming the flag for bad flags', async () => {
    const run = await runCli(['verify-bundle', '--bundle', corpus('sigstore-js-2.1.0-bundle.json'), '--certificate-identitty', 'x', 'f']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('chainmail verify-bundle: unknown flag --certificate-identitty (see --help)\n');
  });
});

describe('chainmail --version', () => {
  let version = '';
  beforeAll(async () => {
    version = (await runCli(['--version'])).stdout;
  });
  afterAll(() => undefined);
  it('prints the version', () => expect(version).toMatch(/^chainmail \d+\.\d+\.\d+\n$/));
});
