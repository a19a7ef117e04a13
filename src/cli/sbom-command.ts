import { resolve } from 'node:path';
import { ChainmailError } from '../core/errors.js';
import { toCycloneDx } from '../core/sbom/cyclonedx.js';
import type { SbomGraph } from '../core/sbom/model.js';
import { toSpdx } from '../core/sbom/spdx.js';
import { writeFileAtomicSync } from '../io/atomic-write.js';
import { scanProject } from '../sbom/scan.js';
import { booleanFlag, parseCommandLine, stringFlag } from './args.js';
import type { CliIo } from './io.js';
import { SBOM_USAGE } from './usage.js';
import { EXIT, UsageError } from './usage-error.js';
import { VERSION } from './version.js';

const FLAGS = {
  format: { type: 'string' }, output: { type: 'string', short: 'o' }, reproducible: { type: 'boolean' },
  lockfile: { type: 'string', multiple: true }, 'no-licenses': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['cyclonedx-json', 'spdx-json'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `chainmail sbom [DIR]`: an SBOM of the directory's lockfiles, written atomically to --output (or stdout),
 * with a one-line summary and the lockfiles' warnings on stderr. No signing: that is the sbom action's job.
 */
export async function runSbom(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine('chainmail sbom', args, FLAGS, { min: 0, max: 1, name: 'DIR' });
  if (booleanFlag(parsed, 'help')) {
    io.stdout(SBOM_USAGE);
    return EXIT.ok;
  }
  const format = stringFlag(parsed, 'format') ?? 'cyclonedx-json';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`chainmail sbom: --format expects ${FORMATS.join(' or ')}`);
  const lockfiles = lockfileFlags(parsed.values.lockfile);
  const reproducible = booleanFlag(parsed, 'reproducible');
  const sourceDate = reproducible ? sourceDateEpoch(io.env.SOURCE_DATE_EPOCH) : undefined;
  const output = stringFlag(parsed, 'output');
  const dir = resolve(parsed.positionals[0] ?? '.');

  const scan = await scanProject(dir, {
    ...(lockfiles.length > 0 ? { lockfiles: lockfiles.map((p) => resolve(p)) } : {}),
    includeLicenses: !booleanFlag(parsed, 'no-licenses'),
  });
  if (scan.parsed.length === 0) {
    throw new ChainmailError('PATH_NOT_FOUND', `no lockfile in ${dir}: chainmail reads package-lock.json, yarn.lock, pnpm-lock.yaml, requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, go.sum, Cargo.lock and workflows`);
  }
  const text = (format as Format) === 'spdx-json'
    ? toSpdx(scan.graph, { reproducible, ...(sourceDate ? { created: sourceDate } : {}), toolVersion: VERSION })
    : toCycloneDx(scan.graph, { reproducible, ...(sourceDate ? { timestamp: sourceDate } : {}), toolName: 'chainmail', toolVersion: VERSION });
  if (output === undefined || output === '-') io.stdout(text);
  else writeFileAtomicSync(resolve(output), text);

  for (const warning of scan.graph.warnings) io.stderr(`chainmail sbom: warning: ${warning.lockfile}: ${warning.message}\n`);
  for (const manifest of scan.manifestsWithoutLockfile) io.stderr(`chainmail sbom: warning: ${manifest} has no lockfile; its dependencies are not in the SBOM\n`);
  io.stderr(`chainmail sbom: ${summary(scan.graph)}; ${format} ${output === undefined || output === '-' ? 'to stdout' : `written to ${output}`}\n`);
  return EXIT.ok;
}

/** `3 lockfiles, 1,234 components (npm 1,200, github 34)` */
export function summary(graph: SbomGraph): string {
  const counts = new Map<string, number>();
  for (const c of graph.components) counts.set(c.ecosystem, (counts.get(c.ecosystem) ?? 0) + 1);
  const perEcosystem = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([e, count]) => `${e} ${thousands(count)}`).join(', ');
  const lockfiles = `${thousands(graph.lockfiles.length)} lockfile${graph.lockfiles.length === 1 ? '' : 's'}`;
  return `${lockfiles}, ${thousands(graph.components.length)} component${graph.components.length === 1 ? '' : 's'}${perEcosystem ? ` (${perEcosystem})` : ''}`;
}

/** `1,234,567`: toLocaleString('en-US') would say the same, after ~10 ms of loading ICU's number formats. */
function thousands(x: number): string {
  return String(x).replace(/\B(?=(\d{3})+$)/g, ',');
}

function lockfileFlags(value: unknown): string[] {
  const values = Array.isArray(value) ? (value as unknown[]) : [];
  return values.map((v) => {
    if (typeof v !== 'string' || v.trim() === '') throw new UsageError('chainmail sbom: --lockfile expects a non-empty path');
    return v.trim();
  });
}

/** SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970, the date reproducible documents carry. */
function sourceDateEpoch(value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,12}$/.test(value)) throw new ChainmailError('INPUT_INVALID', `SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. 1700000000), got "${value.slice(0, 40)}"`);
  return new Date(Number(value) * 1000);
}
