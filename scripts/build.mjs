// Bundles every action entry (src/actions/<name>/index.ts) and the CLI into dist/<name>/index.js (or under the
// directory given as the first argument, for check-dist), self-contained, plus the chunks it loads on demand
// (dist/<name>/chunks/): what a run may not need (@sigstore/sign, @actions/artifact, a CLI command's code) is read
// and compiled only when it is imported. attest-step's whole bundle is 5.7 MB; its start reads 0.2 MB of it.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bundleOptions } from './bundle-options.mjs';

const outRoot = process.argv[2] ?? 'dist';
// Every folder of src/actions with an index.ts is an action; others (shared) hold what actions share.
const actions = readdirSync('src/actions', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join('src/actions', d.name, 'index.ts')))
  .map((d) => d.name);
const entries = [
  ...actions.map((name) => ({ name, entry: join('src/actions', name, 'index.ts') })),
  ...(existsSync('src/cli/index.ts') ? [{ name: 'cli', entry: 'src/cli/index.ts' }] : []),
];

rmSync(outRoot, { recursive: true, force: true });
mkdirSync(outRoot, { recursive: true });
for (const { name, entry } of entries) {
  const outDir = resolve(outRoot, name);
  const result = await build({
    entryPoints: [entry],
    outdir: outDir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    entryNames: 'index',
    ...bundleOptions,
    write: false,
  });
  for (const file of result.outputFiles) {
    // The shebang only on the CLI's entry: the file `chainmail` runs.
    const shebang = name === 'cli' && file.path === join(outDir, 'index.js') ? '#!/usr/bin/env node\n' : '';
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, shebang + file.text);
  }
}
