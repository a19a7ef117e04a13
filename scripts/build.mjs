// Bundles every action entry (src/actions/<name>/index.ts) into one self-contained ESM file each under dist/
// (or the directory given as the first argument, for check-dist), and the CLI into dist/cli/index.js plus
// chunks loaded on demand (dist/cli/chunks/), so a command reads and compiles only its own code.
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
  const split = name === 'cli';
  const outDir = resolve(outRoot, name);
  const result = await build({
    entryPoints: [entry],
    ...(split ? { outdir: outDir, splitting: true, chunkNames: 'chunks/[name]-[hash]', entryNames: 'index' } : { outfile: join(outDir, 'index.js') }),
    ...bundleOptions,
    write: false,
  });
  for (const file of result.outputFiles) {
    // The shebang only on the CLI's entry: the file `chainmail` runs.
    const shebang = split && file.path === join(outDir, 'index.js') ? '#!/usr/bin/env node\n' : '';
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, shebang + file.text);
  }
}
