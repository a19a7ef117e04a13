// npm run demo: bundles demo/demo.ts (it uses the test harness's loopback Sigstore) and runs it on this Node.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const out = join('demo', '.work', 'demo.mjs');
mkdirSync(join('demo', '.work'), { recursive: true });
await build({
  entryPoints: ['demo/demo.ts'], outfile: out, bundle: true, platform: 'node', target: 'node24', format: 'esm', logLevel: 'warning',
  banner: { js: "import { createRequire as __cmCreateRequire } from 'node:module'; const require = __cmCreateRequire(import.meta.url);" },
});
const run = spawnSync(process.execPath, [out], { stdio: 'inherit' });
process.exit(run.status ?? 1);
