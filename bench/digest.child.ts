// Child of digest.bench: hashes with chainmail's src/io/digest.ts the way the action does, timing only the
// library call. Arguments: `one <file>` or `many <dir>` (the directory's files, sorted, relative to cwd).
// Prints one JSON line: { ms, digests: { name: sha256 hex } }.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { digestFile, digestFiles } from '../src/io/digest.js';

export interface DigestChildResult {
  readonly ms: number;
  readonly digests: Record<string, string>;
}

const [mode, target] = process.argv.slice(2);
if ((mode !== 'one' && mode !== 'many') || !target) throw new Error('usage: digest.child one <file> | many <dir>');

const paths = mode === 'one' ? [target] : readdirSync(target).sort().map((name) => join(target, name));
const start = performance.now();
const digests = mode === 'one'
  ? [await digestFile(target, ['sha256'])]
  : await digestFiles(paths, { algorithms: ['sha256'] });
const elapsed = performance.now() - start;

const result: DigestChildResult = {
  ms: elapsed,
  digests: Object.fromEntries(paths.map((p, i) => [p, digests[i]?.sha256 ?? ''])),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
