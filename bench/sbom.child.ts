// Child of sbom.bench: chainmail's SBOM path in one process, timed inside it — scanProject (find, read, parse,
// merge) then toCycloneDx — and, as the floor, reading the lockfile and JSON.parse alone. Arguments: the
// project directory and the number of rounds. Prints one JSON line: SbomChildResult (times per round, in ms;
// the first round is cold: modules not yet compiled by the JIT).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toCycloneDx } from '../src/core/sbom/cyclonedx.js';
import { scanProject } from '../src/sbom/scan.js';

export interface SbomChildResult {
  readonly chainmailMs: readonly number[];
  readonly jsonParseMs: readonly number[];
  readonly components: number;
  readonly bytes: number;
}

const [dir, roundsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: sbom.child <project dir> [rounds]');
const rounds = Number(roundsArg ?? '10');

const chainmailMs: number[] = [];
const jsonParseMs: number[] = [];
let components = 0;
let bytes = 0;
for (let round = 0; round < rounds; round++) {
  let start = performance.now();
  const scan = await scanProject(dir, { includeLicenses: false });
  const text = toCycloneDx(scan.graph, { reproducible: true, toolName: 'chainmail', toolVersion: 'bench' });
  chainmailMs.push(performance.now() - start);
  components = scan.graph.components.length;
  bytes = text.length;

  start = performance.now();
  const lock = JSON.parse(await readFile(join(dir, 'package-lock.json'), 'utf8')) as { packages?: object };
  jsonParseMs.push(performance.now() - start);
  if (!lock.packages) throw new Error('the lockfile has no packages');
}
const result: SbomChildResult = { chainmailMs, jsonParseMs, components, bytes };
process.stdout.write(`${JSON.stringify(result)}\n`);
