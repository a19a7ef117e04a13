// Our npm lockfile parser against the peer that defines the answer: `npm sbom --package-lock-only`, run as a real
// process on real lockfiles written by npm (the ~1,100-entry web app with its dev tooling, and a small workspace
// project in lockfile versions 3, 2 and 1). The component set (name@version), each component's scope, hash and
// license, and every dependency edge must be the same. A failure prints what differs. One deliberate difference:
// when a lockfile holds several copies of one name@version with different flags, npm sbom reports the flags of the
// first copy by location, chainmail the strongest (a copy that ships makes the package ship).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ParsedLockfile } from '../../src/core/sbom/model.js';
import { parseNpmLockfile } from '../../src/core/sbom/parsers/npm.js';
import { makeTempDir, removeDir } from '../support/temp-tree.js';

const run = promisify(execFile);
const FIXTURES = join(import.meta.dirname, '../fixtures/sbom/js');

interface CdxComponent {
  'bom-ref': string;
  scope: string;
  properties?: { name: string; value: string }[];
  hashes?: { alg: string; content: string }[];
  licenses?: ({ license: { id: string } } | { expression: string })[];
}
interface CdxBom {
  metadata: { component: { 'bom-ref': string } };
  components: CdxComponent[];
  dependencies: { ref: string; dependsOn: string[] }[];
}

/** The facts both tools state, as comparable lines. */
interface Normalized {
  components: string[];
  facts: string[];
  edges: string[];
}

let work: string;
beforeAll(async () => { work = await makeTempDir('chainmail-npm-sbom-'); });
afterAll(async () => { await removeDir(work); });

/** `npm sbom` in a copy of the fixture, with no user or project npm config and no inherited npm_config_*. */
async function npmSbom(fixture: string): Promise<CdxBom> {
  const dir = join(work, fixture.replaceAll('/', '-'));
  await cp(join(FIXTURES, fixture), dir, { recursive: true });
  const userconfig = join(work, 'empty-npmrc');
  await writeFile(userconfig, '');
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_|^NODE_ENV$/i.test(key)) env[key] = value;
  env['npm_config_userconfig'] = userconfig;
  const { stdout } = await run('npm', ['sbom', '--package-lock-only', '--sbom-format', 'cyclonedx'], { cwd: dir, env, maxBuffer: 64 << 20 });
  return JSON.parse(stdout) as CdxBom;
}

/** Each name@version's scope when copies disagree: the strongest of its copies' flags (dev < optional < required). */
function strongestOfDisagreeingCopies(lock: string): Map<string, string> {
  const packages = (JSON.parse(lock) as { packages?: Record<string, { name?: string; version?: string; dev?: boolean; optional?: boolean; devOptional?: boolean; link?: boolean }> }).packages ?? {};
  const copies = new Map<string, Set<string>>();
  for (const [location, p] of Object.entries(packages)) {
    if (location === '' || p.link) continue;
    const label = `${p.name ?? location.slice(location.lastIndexOf('node_modules/') + 13)}@${p.version}`;
    const scope = p.dev ? 'excluded' : p.optional || p.devOptional ? 'optional' : 'required';
    copies.set(label, (copies.get(label) ?? new Set()).add(scope));
  }
  const strongest = new Map<string, string>();
  for (const [label, scopes] of copies) {
    if (scopes.size > 1) strongest.set(label, ['required', 'optional', 'excluded'].find((s) => scopes.has(s)) as string);
  }
  return strongest;
}

function fromNpm(bom: CdxBom, disagreeing: ReadonlyMap<string, string>): Normalized {
  const facts = bom.components.map((c) => {
    const dev = (c.properties ?? []).some((p) => p.name === 'cdx:npm:package:development' && p.value === 'true');
    const scope = disagreeing.get(c['bom-ref']) ?? (dev ? 'excluded' : c.scope);
    const hashes = (c.hashes ?? []).map((h) => `${h.alg}:${h.content}`).join(',');
    const license = (c.licenses ?? []).map((l) => ('license' in l ? l.license.id : l.expression)).join(',');
    return `${c['bom-ref']} scope=${scope} hashes=${hashes} license=${license}`;
  });
  const edges = bom.dependencies.flatMap((d) => d.dependsOn.map((to) => `${d.ref} -> ${to}`));
  return { components: bom.components.map((c) => c['bom-ref']).sort(), facts: facts.sort(), edges: edges.sort() };
}

function fromOurs(parsed: ParsedLockfile): Normalized {
  const labels = new Map<string, string>();
  if (parsed.root?.purl) labels.set(parsed.root.purl, `${parsed.root.name}@${parsed.root.version}`);
  for (const c of parsed.components) labels.set(c.purl, `${c.namespace ? `${c.namespace}/` : ''}${c.name}@${c.version}`);
  const facts = parsed.components.map((c) => {
    const hashes = c.hashes.map((h) => `${h.algorithm}:${h.hex}`).join(',');
    return `${labels.get(c.purl)} scope=${c.scope} hashes=${hashes} license=${c.license ?? ''}`;
  });
  const edges = parsed.edges.map((e) => `${labels.get(e.from) ?? e.from} -> ${labels.get(e.to) ?? e.to}`);
  return { components: [...labels.values()].filter((l) => l !== labels.get(parsed.root?.purl ?? '')).sort(), facts: facts.sort(), edges: edges.sort() };
}

/** `only in npm sbom` / `only in chainmail` lines, at most 40 of each, or '' when the lists are equal. */
function difference(what: string, npm: readonly string[], ours: readonly string[]): string {
  const theirs = new Set(npm);
  const mine = new Set(ours);
  const missing = npm.filter((x) => !mine.has(x));
  const extra = ours.filter((x) => !theirs.has(x));
  if (missing.length === 0 && extra.length === 0 && npm.length === ours.length) return '';
  const show = (list: string[]) => list.slice(0, 40).map((x) => `    ${x}`).join('\n') + (list.length > 40 ? `\n    ... ${list.length - 40} more` : '');
  return `${what}: ${npm.length} in npm sbom, ${ours.length} in chainmail\n  only in npm sbom (${missing.length}):\n${show(missing)}\n  only in chainmail (${extra.length}):\n${show(extra)}`;
}

describe.each([
  ['webapp', 1000],
  ['shop/npm-v3', 100],
  ['shop/npm-v2', 100],
  ['shop/npm-v1', 100],
])('chainmail and npm sbom agree on %s', (fixture, atLeast) => {
  let npm: Normalized;
  let ours: Normalized;

  beforeAll(async () => {
    const [bom, lock, manifest] = await Promise.all([
      npmSbom(fixture),
      readFile(join(FIXTURES, fixture, 'package-lock.json'), 'utf8'),
      readFile(join(FIXTURES, fixture, 'package.json'), 'utf8'),
    ]);
    npm = fromNpm(bom, strongestOfDisagreeingCopies(lock));
    ours = fromOurs(parseNpmLockfile(lock, 'package-lock.json', manifest));
  });

  it('lists the same components (name@version)', () => {
    expect(npm.components.length).toBeGreaterThanOrEqual(atLeast);
    expect(difference('components', npm.components, ours.components)).toBe('');
  });

  it('gives each the same scope, hash and license', () => {
    expect(difference('component facts', npm.facts, ours.facts)).toBe('');
  });

  it('draws the same dependency edges', () => {
    expect(npm.edges.length).toBeGreaterThan(atLeast);
    expect(difference('edges', npm.edges, ours.edges)).toBe('');
  });
});
