// Child of attest-step.bench: hashing alone. Expands the patterns as attest-step does (untimed), then times
// digestFiles over the files (sha256 on a worker per core), which is the part of recording that the openssl
// floor also does. Arguments: <workspace> <pattern>... Prints one JSON line: AttestStepHashResult.
import { expandPatterns } from '../src/io/glob.js';
import { digestFiles } from '../src/io/digest.js';
import { DEFAULT_EXCLUDES } from '../src/io/materials.js';

export interface AttestStepHashResult {
  readonly hashMs: number;
  readonly files: number;
}

const [workspace, ...patterns] = process.argv.slice(2);
if (!workspace || patterns.length === 0) throw new Error('usage: attest-step-hash.child <workspace> <pattern>...');
const files = await expandPatterns(workspace, patterns, { excludes: DEFAULT_EXCLUDES, inputName: 'materials' });
const start = performance.now();
await digestFiles(files);
const result: AttestStepHashResult = { hashMs: performance.now() - start, files: files.length };
process.stdout.write(`${JSON.stringify(result)}\n`);
