// SBOM from a real web app's package-lock.json (~1,100 entries): chainmail against `npm sbom` and
// `@cyclonedx/cyclonedx-npm`, the three as processes side by side in the same run, with the floor of a node
// process that only reads and JSON.parses the lockfile. The order rotates each round; medians.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SbomChildResult } from './sbom.child.js';
import { repoPath, workPath } from './lib/paths.js';
import { runOk, siblingBundle, type TimedRun } from './lib/proc.js';
import { emit, progress } from './lib/report.js';
import { componentKeys, sameSet } from './lib/sbom-compare.js';
import { median, ms, ratio, samples } from './lib/stats.js';

const REPS = 8;
const FIXTURE = repoPath('test', 'fixtures', 'sbom', 'js', 'webapp');
const CLI = repoPath('dist', 'cli', 'index.js');
const CYCLONEDX_NPM = repoPath('node_modules', '.bin', 'cyclonedx-npm');
const DIR = workPath('sbom', 'webapp');
const OUT = workPath('sbom', 'chainmail.cdx.json');
const FLOOR = `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(join(DIR, 'package-lock.json'))}, 'utf8'))`;

for (const needed of [join(FIXTURE, 'package-lock.json'), CLI, CYCLONEDX_NPM]) {
  if (!existsSync(needed)) throw new Error(`${needed} is missing (run npm run build / npm ci)`);
}
// The project alone (package.json and package-lock.json, no node_modules): what each tool reads.
rmSync(workPath('sbom'), { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
for (const file of ['package.json', 'package-lock.json']) cpSync(join(FIXTURE, file), join(DIR, file));
const lockBytes = readFileSync(join(DIR, 'package-lock.json')).length;
const entries = Object.keys((JSON.parse(readFileSync(join(DIR, 'package-lock.json'), 'utf8')) as { packages: object }).packages).length - 1;

// npm's own update check and funding messages stay out of the timing; nothing here needs the network.
const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
type Tool = 'chainmail' | 'npm-sbom' | 'cyclonedx-npm' | 'floor';
const TOOLS: readonly Tool[] = ['chainmail', 'npm-sbom', 'cyclonedx-npm', 'floor'];

function runTool(tool: Tool): Promise<TimedRun> {
  switch (tool) {
    case 'chainmail': return runOk(process.execPath, [CLI, 'sbom', DIR, '--format', 'cyclonedx-json', '--output', OUT, '--reproducible'], { cwd: DIR });
    case 'npm-sbom': return runOk('npm', ['sbom', '--package-lock-only', '--sbom-format', 'cyclonedx'], { cwd: DIR, env: npmEnv });
    case 'cyclonedx-npm': return runOk(CYCLONEDX_NPM, ['--package-lock-only', '--output-format', 'JSON', '--output-file', '-'], { cwd: DIR, env: npmEnv });
    case 'floor': return runOk(process.execPath, ['-e', FLOOR], { cwd: DIR });
  }
}

// One untimed round: binaries, bundles and the lockfile come from the page cache afterwards. Its outputs
// are compared: the timing means nothing unless the tools describe the same components.
const first = {} as Record<Tool, TimedRun>;
for (const tool of TOOLS) first[tool] = await runTool(tool);
const npmVersion = (await runOk('npm', ['--version'], { env: npmEnv })).stdout.trim();
const ours = componentKeys(JSON.parse(readFileSync(OUT, 'utf8')));
const npmSbom = componentKeys(JSON.parse(first['npm-sbom'].stdout));
const cdxNpm = componentKeys(JSON.parse(first['cyclonedx-npm'].stdout));
const agreement = sameSet(ours, npmSbom);
progress(`components: chainmail ${ours.size}, npm sbom ${npmSbom.size}, cyclonedx-npm ${cdxNpm.size}; chainmail = npm sbom: ${agreement.same}`);

const walls: Record<Tool, number[]> = { chainmail: [], 'npm-sbom': [], 'cyclonedx-npm': [], floor: [] };
for (let rep = 0; rep < REPS; rep++) {
  for (let k = 0; k < TOOLS.length; k++) {
    const tool = TOOLS[(rep + k) % TOOLS.length]!;
    walls[tool].push((await runTool(tool)).wallMs);
  }
  progress(`#${rep + 1}: ${TOOLS.map((t) => `${t} ${ms(walls[t].at(-1)!)}`).join(', ')}`);
}
const child = JSON.parse((await runOk(process.execPath, [siblingBundle('sbom.child'), DIR, '12'])).stdout) as SbomChildResult;
rmSync(workPath('sbom'), { recursive: true, force: true });

const m = Object.fromEntries(TOOLS.map((t) => [t, median(walls[t])])) as Record<Tool, number>;
const warm = (values: readonly number[]) => median(values.slice(1));
const inProcess = warm(child.chainmailMs);
const parseOnly = warm(child.jsonParseMs);
const cliName = 'chainmail sbom (CLI process)';

emit({
  title: 'SBOM of a web app lockfile: chainmail sbom vs npm sbom and cyclonedx-npm',
  method: [
    `Data: test/fixtures/sbom/js/webapp, a real web app's package.json and package-lock.json (lockfileVersion 3, ${entries.toLocaleString('en')} entries, ${(lockBytes / 1024).toFixed(0)} KiB), copied alone (no node_modules) to bench/.work/sbom/webapp.`,
    `chainmail: \`node dist/cli/index.js sbom <dir> --format cyclonedx-json --output <file> --reproducible\` (${process.version}, the committed bundle). npm: \`npm sbom --package-lock-only --sbom-format cyclonedx\` (npm ${npmVersion}). cyclonedx-npm: \`node_modules/.bin/cyclonedx-npm --package-lock-only --output-format JSON --output-file -\` (the devDependency; it runs \`npm ls\` itself). Floor: \`node -e "JSON.parse(readFileSync(package-lock.json))"\`. Each is timed from spawn to exit.`,
    `One untimed round of each (page cache warm), whose outputs are compared; then ${REPS} rounds, the order rotating; medians. The targets are judged on process wall times.`,
    `In-process (reported, not judged): bench/sbom.child.ts runs \`scanProject\` + \`toCycloneDx\` ${child.chainmailMs.length} times in one process, and read + JSON.parse of the lockfile after each; the median of rounds 2..${child.chainmailMs.length} (round 1 is cold).`,
  ],
  checks: [
    { name: `${cliName} vs npm sbom`, chainmail: ms(m.chainmail), peer: ms(m['npm-sbom']), ratio: `${ratio(m['npm-sbom'] / m.chainmail)} faster`, target: '>= 4x faster', pass: m['npm-sbom'] / m.chainmail >= 4 },
    { name: `${cliName} vs cyclonedx-npm`, chainmail: ms(m.chainmail), peer: ms(m['cyclonedx-npm']), ratio: `${ratio(m['cyclonedx-npm'] / m.chainmail)} faster`, target: '>= 8x faster', pass: m['cyclonedx-npm'] / m.chainmail >= 8 },
    {
      name: `${cliName} vs a bare JSON.parse of the lockfile (node process)`,
      chainmail: `${ms(m.chainmail)} (in-process ${ms(inProcess)})`,
      peer: `${ms(m.floor)} (in-process ${ms(parseOnly)})`,
      ratio: `${ratio(m.chainmail / m.floor)} the floor (in-process ${ratio(inProcess / parseOnly)})`,
      target: '<= 4x the floor',
      pass: m.chainmail / m.floor <= 4,
    },
  ],
  details: [
    `- chainmail sbom (CLI): ${samples(walls.chainmail)}`,
    `- npm sbom: ${samples(walls['npm-sbom'])}`,
    `- cyclonedx-npm: ${samples(walls['cyclonedx-npm'])}`,
    `- floor, node -e JSON.parse: ${samples(walls.floor)}`,
    `- in-process scanProject + toCycloneDx: ${samples(child.chainmailMs)} (${child.components} components, ${(child.bytes / 1024).toFixed(0)} KiB of CycloneDX)`,
    `- in-process read + JSON.parse: ${samples(child.jsonParseMs)}`,
    `- components (by purl without qualifiers): chainmail ${ours.size}, npm sbom ${npmSbom.size}, cyclonedx-npm ${cdxNpm.size}; chainmail's set equals npm sbom's: ${agreement.same ? 'yes' : `no (only chainmail: ${agreement.onlyLeft.slice(0, 5).join(', ')}; only npm: ${agreement.onlyRight.slice(0, 5).join(', ')})`}`,
  ],
});
