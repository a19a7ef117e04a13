// npm run bench: bundles every bench/*.bench.ts (and the *.child.ts they spawn) with esbuild, runs each
// benchmark as a child process on this Node, collects its JSON report, and writes bench/RESULTS.md.
// `npm run bench -- digest` runs only the matching benchmarks and writes bench/.work/RESULTS.partial.md.
// Exit status: 0 when every benchmark ran and met its targets, 1 otherwise (the results are written anyway).
import { build } from 'esbuild';
import { bundleOptions } from '../scripts/bundle-options.mjs';
import { Buffer } from 'node:buffer';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, release } from 'node:os';
import { join } from 'node:path';
import { setTimeout, clearTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const OUT = join(BENCH, '.work', 'bundles');
const REPORT_PREFIX = 'BENCH_REPORT '; // bench/lib/report.ts
const TIMEOUT_MS = 240_000;

const filters = process.argv.slice(2);
const sources = readdirSync(BENCH).filter((f) => f.endsWith('.bench.ts') || f.endsWith('.child.ts')).sort();
const benches = sources
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.ts'.length))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)));
if (benches.length === 0) throw new Error(`no benchmark matches ${filters.join(' ')}`);

mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: sources.map((f) => join(BENCH, f)),
  outdir: OUT,
  entryNames: '[name]',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  // As the shipped bundles are built: a child's start-up is the start-up users get.
  ...bundleOptions,
});

/**
 * CPU seconds (USER_HZ ticks / 100) the whole machine spent busy, and what this process and its waited-for
 * children spent: the difference is what other processes took while a benchmark ran (plus interrupt time).
 */
function cpuTicks() {
  const [, ...cpu] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq] = cpu;
  const self = readFileSync('/proc/self/stat', 'utf8');
  const fields = self.slice(self.lastIndexOf(')') + 2).split(' ').map(Number);
  // utime, stime, cutime, cstime are fields 14-17 of /proc/<pid>/stat; `fields` starts at field 3.
  const own = fields[11] + fields[12] + fields[13] + fields[14];
  return { machine: user + nice + system + irq + softirq, own };
}

/** Runs one bundled benchmark; resolves to its report (or an error) and the CPU others used meanwhile. */
async function runBench(name) {
  const before = cpuTicks();
  const start = Date.now();
  const result = await runBenchProcess(name);
  const seconds = (Date.now() - start) / 1000;
  const after = cpuTicks();
  const otherCpuSeconds = Math.max(0, (after.machine - before.machine) - (after.own - before.own)) / 100;
  if (otherCpuSeconds > 2) process.stderr.write(`  warning: other processes used ${otherCpuSeconds.toFixed(1)} CPU-s meanwhile\n`);
  return { ...result, seconds, otherCpuSeconds };
}

function runBenchProcess(name) {
  return new Promise((resolve) => {
    process.stderr.write(`${name}\n`);
    const child = spawn(process.execPath, [join(OUT, `${name}.mjs`)], {
      cwd: ROOT,
      env: { ...process.env, BENCH_ROOT: ROOT },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (c) => chunks.push(c));
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const line = Buffer.concat(chunks).toString('utf8').split('\n').find((l) => l.startsWith(REPORT_PREFIX));
      if (code === 0 && line) resolve({ name, report: JSON.parse(line.slice(REPORT_PREFIX.length)) });
      else resolve({ name, error: signal === 'SIGKILL' ? `killed after ${TIMEOUT_MS / 1000} s` : `exited with ${code ?? signal} without a report` });
    });
  });
}

function tryRun(command, args) {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function machine(load) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const meminfo = readFileSync('/proc/meminfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? 'unknown';
  const processors = (cpuinfo.match(/^processor\s*:/gm) ?? []).length;
  const shaNi = /^flags\s*:.*\bsha_ni\b/m.test(cpuinfo) ? 'yes' : 'no';
  const memKiB = Number(/^MemTotal:\s*(\d+)/m.exec(meminfo)?.[1] ?? 0);
  const dirty = tryRun('git', ['status', '--porcelain', '--', 'src', 'dist']) ? ' (src/ or dist/ modified)' : '';
  return [
    ['CPU', `${model} (sha_ni: ${shaNi})`],
    ['cores', `${processors} (os.availableParallelism: ${availableParallelism()})`],
    ['memory', `${(memKiB / 2 ** 20).toFixed(1)} GiB`],
    ['Node', `${process.version} (OpenSSL ${process.versions.openssl})`],
    ['OpenSSL CLI', tryRun('openssl', ['version'])],
    ['kernel', `Linux ${release()}`],
    ['load average at start', load.map((l) => l.toFixed(2)).join(', ')],
    ['commit', `${tryRun('git', ['rev-parse', '--short', 'HEAD'])}${dirty}`],
  ];
}

const cell = (s) => String(s).replace(/\|/g, '\\|');
const row = (cells) => `| ${cells.map(cell).join(' | ')} |`;

function render(results, started, seconds, load) {
  const lines = [
    '# chainmail benchmarks',
    '',
    `Generated by \`npm run bench\` (bench/run.mjs) on ${started.toISOString()} in ${seconds.toFixed(0)} s. Do not edit by hand: rerun it.`,
    '',
    'How it runs: bench/run.mjs bundles each `bench/*.bench.ts` with esbuild into bench/.work/ and runs it as a child process on',
    'the Node of `npm run` (the `node` devDependency). Each benchmark measures chainmail and its peer side by side in the same run,',
    'alternating them, and reports medians; every sample is listed under its section. Nothing here runs in `npm test`.',
    '`npm run bench -- <name>` runs a subset into bench/.work/RESULTS.partial.md. The exit status is 1 when a target is missed.',
    '',
    '## Machine',
    '',
    row(['', '']),
    row(['---', '---']),
    ...machine(load).map(row),
    '',
    '## Summary',
    '',
    row(['benchmark', 'chainmail', 'peer', 'ratio', 'target', 'result']),
    row(['---', '---', '---', '---', '---', '---']),
  ];
  for (const r of results) {
    if (r.error) lines.push(row([r.name, 'ERROR', r.error, '', '', '**FAIL**']));
    else for (const c of r.report.checks) lines.push(row([c.name, c.chainmail, c.peer, c.ratio, c.target, c.pass ? 'pass' : '**FAIL**']));
  }
  lines.push('', `Other processes' CPU time during each benchmark: ${results.map((r) => `${r.name} ${r.otherCpuSeconds.toFixed(1)} s`).join(', ')}. `
    + 'More than a couple of seconds means the machine was shared and the numbers are disturbed: rerun on a quiet machine.');
  for (const r of results) {
    if (r.error) continue;
    lines.push('', `## ${r.report.title}`, '', ...r.report.method.map((m) => `- ${m}`), '', 'Samples:', '', ...r.report.details,
      `- other processes' CPU time while this benchmark ran (${r.seconds.toFixed(0)} s): ${r.otherCpuSeconds.toFixed(1)} s (interrupt time included; a quiet machine shows about 0)`);
  }
  return `${lines.join('\n')}\n`;
}

const started = new Date();
const load = loadavg();
const results = [];
for (const name of benches) results.push(await runBench(name));
const seconds = (Date.now() - started.getTime()) / 1000;

const target = filters.length === 0 ? join(BENCH, 'RESULTS.md') : join(BENCH, '.work', 'RESULTS.partial.md');
const tmp = `${target}.${process.pid}.tmp`;
writeFileSync(tmp, render(results, started, seconds, load));
renameSync(tmp, target);

const failed = results.filter((r) => r.error || r.report.checks.some((c) => !c.pass));
process.stderr.write(`wrote ${target} in ${seconds.toFixed(0)} s: ${failed.length === 0 ? 'all targets met' : `${failed.map((r) => r.name).join(', ')} missed a target or failed`}\n`);
process.exitCode = failed.length === 0 ? 0 : 1;
