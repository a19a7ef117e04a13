import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { runCli } from '../../src/cli/main.js';
import { VERSION } from '../../src/cli/version.js';
import type { CliIo } from '../../src/cli/io.js';

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env };
  const exitCode = await runCli(args, io);
  return { exitCode, stdout, stderr };
}

describe('chainmail command line: usage', () => {
  it('prints help (exit 0), and the version, which is package.json\'s', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(await run(['--version'])).toEqual({ exitCode: 0, stdout: `chainmail ${pkg.version}\n`, stderr: '' });
    const help = await run(['--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('chainmail verify <artifact>');
    for (const command of ['verify', 'verify-bundle']) {
      const h = await run([command, '--help']);
      expect(h.exitCode).toBe(0);
      expect(h.stdout).toMatch(/^Usage:/);
    }
  });

  it.each([
    [['verify', 'a.tgz', '--bundel', 'x'], 'chainmail verify: unknown flag --bundel (see --help)'],
    [['verify', 'a.tgz', '--bundle'], 'chainmail verify: --bundle expects a value'],
    [['verify', 'a.tgz', '--bundle', '--repo', 'o/r'], 'chainmail verify: --bundle expects a value'],
    [['verify', 'a.tgz', '--tuf=yes', '--repo', 'o/r'], 'chainmail verify: --tuf takes no value'],
    [['verify', '--repo', 'o/r'], 'chainmail verify: <artifact> is required (a file, or sha256:<hex>)'],
    [['verify', 'a.tgz', 'b.tgz', '--repo', 'o/r'], 'chainmail verify: unexpected argument "b.tgz"; expected only <artifact>'],
    [['verify', 'a.tgz'], 'chainmail verify: give --bundle PATH, or --repo OWNER/REPO (with --release TAG for release assets)'],
    [['verify', 'a.tgz', '--release', 'v1'], 'chainmail verify: --release goes with --repo OWNER/REPO (the repository of the release)'],
    [['verify', 'a.tgz', '--bundle', 'b.json'], 'chainmail verify: --repo, --owner, --signer-workflow or --cert-identity: give at least one; a policy must name who signed'],
    [['verify', 'a.tgz', '--repo', 'o/r', '--format', 'yaml'], 'chainmail verify: --format expects text or json'],
    [['verify', 'a.tgz', '--repo', 'o/r', '--predicate-type', 'slsa'], 'chainmail verify: --predicate-type expects a URI, e.g. https://slsa.dev/provenance/v1'],
    [['verify', 'a.tgz', '--repo', 'o/r', '--cert-identity', 'x', '--cert-identity-regexp', 'y'], 'chainmail verify: --cert-identity and --cert-identity-regexp: give only one'],
    [['verify', 'a.tgz', '--repo', 'o/r', '--cert-identity-regexp', '('], expect.stringContaining('chainmail verify: --cert-identity-regexp: "(" is not a regular expression')],
    [['verify', 'sha256:abc', '--repo', 'o/r'], expect.stringContaining('chainmail verify: <artifact>: "sha256:abc" is not a digest')],
    [['verify', `sha512:${'a'.repeat(128)}`, '--repo', 'o/r'], expect.stringContaining('searched by sha256')],
    [['verify', 'a.tgz', '--repo', 'o/r', '--tuf-mirror', 'https://m'], 'chainmail verify: --tuf-mirror goes with --tuf'],
    [['verify-bundle', 'a.tgz', '--certificate-identity', 'x', '--certificate-oidc-issuer', 'y'], 'chainmail verify-bundle: --bundle FILE is required'],
    [['verify-bundle', '--bundle', 'b.json', 'a.tgz', '--certificate-oidc-issuer', 'y'], 'chainmail verify-bundle: --certificate-identity (or --certificate-identity-regexp) is required without --key'],
    [['verify-bundle', '--bundle', 'b.json', '--key'], 'chainmail verify-bundle: --key expects a value'],
    [['sign'], 'chainmail: unknown command "sign"; expected verify, verify-bundle or sbom (see chainmail --help)'],
  ])('%j is a usage error: exit 2, one line naming the flag', async (args, line) => {
    const result = await run(args as string[]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([line, '']);
  });

  it('never prints the token, even in a usage error', async () => {
    const result = await run(['verify', 'a.tgz', '--token', 'ghp_SECRET123', '--format', 'xml', '--repo', 'o/r']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).not.toContain('ghp_SECRET123');
  });
});
