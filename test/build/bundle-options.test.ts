// The build-time changes scripts/bundle-options.mjs makes to dependencies, checked on bundles built with it and
// run as Node runs an action: each must keep what the dependency does, and remove the cost it was made for.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { build, type BuildOptions } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempDir, removeDir } from '../support/temp-tree.js';

let dir: string;
let bundleOptions: BuildOptions;
beforeAll(async () => {
  dir = await makeTempDir('cm-bundle-');
  ({ bundleOptions } = (await import(pathToFileURL(resolve('scripts/bundle-options.mjs')).href)) as { bundleOptions: BuildOptions });
});
afterAll(() => removeDir(dir));

/** Bundles `source` (an ES module in the repository's root) as the actions are bundled. */
async function bundle(name: string, source: string): Promise<{ path: string; text: string }> {
  const result = await build({ ...bundleOptions, stdin: { contents: source, resolveDir: resolve('.'), sourcefile: `${name}.mjs`, loader: 'js' }, write: false, logLevel: 'silent' });
  const path = join(dir, `${name}.mjs`);
  const text = result.outputFiles[0]!.text;
  await writeFile(path, text);
  return { path, text };
}

/** The bundle of `source`, run as Node runs an action: its stdout's JSON. */
async function runBundled(name: string, source: string, env: Record<string, string> = {}, nodeArgs: readonly string[] = []): Promise<unknown> {
  const { path } = await bundle(name, source);
  return JSON.parse(execFileSync(process.execPath, [...nodeArgs, path], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } })) as unknown;
}

/** Counts Intl.Collator constructions from before the bundle's modules are evaluated. */
const COUNT_COLLATORS = `--import=data:text/javascript,${encodeURIComponent(
  'const C = Intl.Collator; globalThis.collators = 0; Intl.Collator = function (...a) { globalThis.collators++; return new C(...a); };',
)}`;

describe('the bundles\' build', () => {
  it('gives packageurl-js a code-point comparator: no Intl.Collator at load, the same purls and component order', async () => {
    const source = `
      import { PackageURL } from 'packageurl-js';
      const atLoad = globalThis.collators;
      const purl = new PackageURL('npm', '@scope', 'name', '1.0.0', { vcs_url: 'git+https://x/y', arch: 'x64' }, 'lib/a').toString();
      console.log(JSON.stringify({ atLoad, purl, order: Object.keys(PackageURL.Component) }));
    `;
    type Purls = { PackageURL: { Component: object; new (...a: unknown[]): { toString(): string } } };
    const { PackageURL } = createRequire(import.meta.url)('packageurl-js') as Purls;
    expect(await runBundled('purl', source, {}, [COUNT_COLLATORS])).toEqual({
      atLoad: 0,
      purl: new PackageURL('npm', '@scope', 'name', '1.0.0', { vcs_url: 'git+https://x/y', arch: 'x64' }, 'lib/a').toString(),
      order: Object.keys(PackageURL.Component),
    });
  });

  it('loads undici in @actions/http-client only to make a proxy dispatcher, which still works', async () => {
    const source = `
      import { HttpClient } from '@actions/http-client';
      // undici's global.js sets this when it is evaluated; Node's own fetch sets it only when first used.
      const loaded = () => globalThis[Symbol.for('undici.globalDispatcher.1')] !== undefined;
      const atStart = loaded();
      const client = new HttpClient('chainmail-test');
      const direct = client.getAgentDispatcher('https://example.com');
      const proxied = client.getAgentDispatcher('https://api.github.com');
      console.log(JSON.stringify({ atStart, direct: direct === undefined, proxied: proxied?.constructor?.name, after: loaded() }));
    `;
    expect(await runBundled('http-client', source, { https_proxy: 'http://127.0.0.1:9', no_proxy: 'example.com' }))
      .toEqual({ atStart: false, direct: true, proxied: 'ProxyAgent', after: true });
  });

  it('takes Node\'s built-ins through process.getBuiltinModule, not as ES module namespaces', async () => {
    const source = `
      import { createHash } from 'node:crypto';
      import * as path from 'node:path';
      console.log(JSON.stringify({ hash: createHash('sha256').update('x').digest('hex'), joined: path.posix.join('a', 'b') }));
    `;
    const { path, text } = await bundle('builtins', source);
    expect(text).toContain('process.getBuiltinModule("node:crypto")');
    expect(text).not.toMatch(/from\s*["']node:crypto["']/);
    expect(JSON.parse(execFileSync(process.execPath, [path], { encoding: 'utf8' }))).toEqual({
      hash: '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881',
      joined: 'a/b',
    });
  });

  it('gives @cyclonedx/cyclonedx-library\'s Serialize its JSON serializer alone, without the XML one', async () => {
    const source = `
      import * as Models from '@cyclonedx/cyclonedx-library/Models';
      import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
      import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
      const bom = new Models.Bom();
      bom.components.add(new Models.Component('library', 'left-pad', { version: '1.3.0' }));
      const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
      console.log(serializer.serialize(bom));
    `;
    const { text } = await bundle('cyclonedx', source);
    expect(text).not.toContain('xmlbuilder2');
    expect(await runBundled('cyclonedx', source)).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ name: 'left-pad', version: '1.3.0' }] });
  });
});
