import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sbomValidators } from '../support/sbom-schemas.js';
import { makeTempDir, removeDir } from '../support/temp-tree.js';
import { CLI, runCli } from './support/cli-process.js';

const FIXTURES = new URL('../fixtures/sbom/', import.meta.url).pathname;

describe('chainmail sbom, run as a process on a repository of lockfiles', () => {
  let repo: string;
  beforeEach(async () => {
    repo = await makeTempDir('chainmail-cli-sbom-');
    await cp(join(FIXTURES, 'js/shop/npm-v3'), repo, { recursive: true });
    await cp(join(FIXTURES, 'python/requirements.txt'), join(repo, 'api/requirements.txt'));
  });
  afterEach(async () => {
    await removeDir(repo);
  });

  it('writes a valid CycloneDX 1.6 SBOM of every lockfile, the same bytes on every run with --reproducible, and says what it holds', async () => {
    const out = join(repo, 'out/sbom.cdx.json');
    const run = await runCli(['sbom', repo, '--format', 'cyclonedx-json', '--output', out, '--reproducible']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^chainmail sbom: 2 lockfiles, \d+ components \(npm \d+, pypi \d+\); cyclonedx-json written to .*sbom\.cdx\.json\n$/);
    const first = await readFile(out, 'utf8');
    expect(sbomValidators().cyclonedx(first)).toEqual([]);
    const bom = JSON.parse(first) as { metadata: Record<string, unknown>; components: { purl: string; properties: { name: string; value: string }[] }[] };
    expect(bom.metadata).not.toHaveProperty('timestamp');
    expect(bom.components.some((c) => c.purl === 'pkg:pypi/django@4.2.7')).toBe(true);
    expect(new Set(bom.components.flatMap((c) => c.properties.filter((p) => p.name === 'chainmail:lockfile').map((p) => p.value)))).toEqual(new Set(['package-lock.json', 'api/requirements.txt']));
    expect((await runCli(['sbom', repo, '--output', out, '--reproducible'])).exitCode).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(first);
    expect((await readdir(join(repo, 'out'))).sort()).toEqual(['sbom.cdx.json']); // no temporary file left behind
  });

  it('writes SPDX 2.3 to stdout, dated SOURCE_DATE_EPOCH in reproducible mode, reading only the lockfile it is given', async () => {
    const run = await runCli(['sbom', repo, '--format', 'spdx-json', '--reproducible', '--lockfile', join(repo, 'api/requirements.txt')], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(run.exitCode).toBe(0);
    expect(sbomValidators().spdx(run.stdout)).toEqual([]);
    const doc = JSON.parse(run.stdout) as { creationInfo: { created: string }; packages: { name: string }[] };
    expect(doc.creationInfo.created).toBe('2023-11-14T22:13:20Z');
    expect(doc.packages.map((p) => p.name)).toContain('django');
    expect(doc.packages.map((p) => p.name)).not.toContain('lodash');
    expect(run.stderr).toMatch(/^chainmail sbom: 1 lockfile, \d+ components \(pypi \d+\); spdx-json to stdout\n$/);
  });

  it('fails on a malformed lockfile with one line naming the file, the line and the code, and writes nothing', async () => {
    await writeFile(join(repo, 'api/requirements.txt'), 'django==4.2.7 \\\n    --hash=sha256:nothex\n');
    const out = join(repo, 'sbom.json');
    const run = await runCli(['sbom', repo, '--output', out]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/^chainmail: api\/requirements\.txt line \d+: .*\[LOCKFILE_INVALID\]\n$/);
    await expect(readFile(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('exits 2 with one line for bad usage, and 1 for a directory without lockfiles', async () => {
    const format = await runCli(['sbom', repo, '--format', 'xml']);
    expect(format).toEqual({ exitCode: 2, stdout: '', stderr: 'chainmail sbom: --format expects cyclonedx-json or spdx-json\n' });
    const empty = await makeTempDir('chainmail-cli-empty-');
    try {
      const none = await runCli(['sbom', empty]);
      expect(none.exitCode).toBe(1);
      expect(none.stderr).toMatch(/^chainmail: no lockfile in .*\[PATH_NOT_FOUND\]\n$/);
    } finally {
      await removeDir(empty);
    }
  });

  it('ends quietly with status 0 when its reader stops early (`chainmail sbom | head`)', async () => {
    // The web app's SBOM (~1 MB) is far more than a pipe holds: the CLI is still writing when the pipe closes.
    const child = spawn(process.execPath, [CLI, 'sbom', join(FIXTURES, 'js/webapp')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const exitCode = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(exitCode).toBe(0);
    // At most its summary line, which may be written before the closed pipe is noticed: no error, no stack.
    expect(stderr).toMatch(/^(?:chainmail sbom: 1 lockfile, 1,038 components \(npm 1,038\); cyclonedx-json to stdout\n)?$/);
  });
});

