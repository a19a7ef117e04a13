// Fails when the committed dist/ differs from a fresh build of src/: users run dist/, so it must be current.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const fresh = mkdtempSync(join(tmpdir(), 'chainmail-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  const files = (root) => {
    const out = [];
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else out.push(relative(root, path));
      }
    };
    walk(root);
    return out.sort();
  };
  const want = files(fresh);
  const have = (() => { try { return files('dist'); } catch { return []; } })();
  const problems = [];
  for (const f of want) {
    if (!have.includes(f)) problems.push(`missing: dist/${f}`);
    else if (!readFileSync(join(fresh, f)).equals(readFileSync(join('dist', f)))) problems.push(`stale: dist/${f}`);
  }
  for (const f of have) if (!want.includes(f)) problems.push(`unexpected: dist/${f}`);
  if (problems.length > 0) {
    console.error(`check-dist: dist/ does not match src/ (run npm run build and commit dist/):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`check-dist: dist/ matches src/ (${want.length} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
