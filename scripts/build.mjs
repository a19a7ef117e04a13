// Bundles every action entry (src/actions/<name>/index.ts) and the CLI into one self-contained
// ESM file each under dist/ (or the directory given as the first argument, for check-dist).
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

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
  await build({
    entryPoints: [entry],
    outfile: join(outRoot, name, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies inside an ESM bundle need require, __filename and __dirname. The last two are
    // defined under private names: some ESM dependencies (@azure/storage-common) declare their own.
    define: { __filename: '__cmFilename', __dirname: '__cmDirnameValue' },
    banner: {
      js: [
        name === 'cli' ? '#!/usr/bin/env node' : '',
        "import { createRequire as __cmCreateRequire } from 'node:module';",
        "import { fileURLToPath as __cmFileURLToPath } from 'node:url';",
        "import { dirname as __cmDirname } from 'node:path';",
        'const require = __cmCreateRequire(import.meta.url);',
        'const __cmFilename = __cmFileURLToPath(import.meta.url);',
        'const __cmDirnameValue = __cmDirname(__cmFilename);',
      ].filter(Boolean).join('\n'),
    },
  });
}
