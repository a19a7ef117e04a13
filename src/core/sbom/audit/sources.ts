import type { Component, Ecosystem } from '../model.js';
import { componentLabel, type Finding } from './finding.js';
import { lineOfFirst } from './locate.js';

type Texts = ReadonlyMap<string, string>;

/**
 * Dependencies installed from a git URL, a tarball URL or a local path: no registry stands behind them (no
 * published, immutable version; no registry integrity), so whoever controls the URL controls the code. A git
 * ref that is not a full commit, or a tarball over plain http, can change under the same lockfile: high.
 */
export function nonRegistrySources(components: readonly Component[], texts: Texts): Finding[] {
  const findings: Finding[] = [];
  for (const c of components) {
    if (c.ecosystem === 'github') continue; // an action's ref is the unpinned-action rule's business
    if (c.source !== 'git' && c.source !== 'tarball' && c.source !== 'path') continue;
    const where = c.resolved ? ` (${c.resolved})` : '';
    const from = c.source === 'git' ? 'a git repository' : c.source === 'tarball' ? 'a tarball URL' : 'a local path';
    const advice = c.source === 'path'
      ? 'make sure that path is part of this repository and reviewed with it'
      : 'depend on a published registry version, or pin the exact commit and review it';
    findings.push({
      rule: 'non-registry-source',
      severity: severityOf(c),
      message: `${componentLabel(c)} ${c.version} is installed from ${from}${where}, outside the registry: ${advice}`,
      ...locate(c, texts),
      component: c.purl,
    });
  }
  return findings;
}

function severityOf(c: Component): Finding['severity'] {
  if (c.source === 'path') return 'low';
  if (c.source === 'git') return /[0-9a-f]{40}/.test(c.resolved ?? '') ? 'medium' : 'high';
  return c.resolved?.startsWith('http:') ? 'high' : 'medium';
}

const REGENERATE: Readonly<Record<Ecosystem, string>> = {
  npm: 'regenerate the lockfile (npm install / yarn / pnpm install) so it records an integrity hash',
  pypi: 'generate the requirements with hashes (pip-compile --generate-hashes, uv pip compile --generate-hashes) and install with --require-hashes',
  golang: 'run go mod tidy so go.sum records its hash',
  cargo: 'regenerate Cargo.lock so it records the checksum',
  github: 'pin it by commit SHA',
};

/**
 * Registry dependencies whose lockfile entry has no hash: a package changed on the registry or in transit
 * installs without complaint. When a lockfile records no hash at all (a requirements.txt without --hash),
 * one finding for the file says so instead of one for each of its packages.
 */
export function missingIntegrity(components: readonly Component[], texts: Texts): Finding[] {
  const registry = components.filter((c) => c.source === 'registry' && c.ecosystem !== 'github');
  const byLockfile = new Map<string, { all: number; bare: Component[] }>();
  for (const c of registry) {
    const entry = byLockfile.get(c.lockfile) ?? { all: 0, bare: [] };
    entry.all++;
    if (!hasIntegrity(c)) entry.bare.push(c);
    byLockfile.set(c.lockfile, entry);
  }
  const findings: Finding[] = [];
  for (const [lockfile, { all, bare }] of byLockfile) {
    const first = bare[0];
    if (!first) continue;
    if (bare.length === all && all > 1) {
      findings.push({
        rule: 'missing-integrity',
        severity: 'medium',
        message: `${lockfile} records no hash for any of its ${all} registry packages: ${REGENERATE[first.ecosystem]}`,
        file: lockfile,
      });
      continue;
    }
    for (const c of bare) {
      findings.push({
        rule: 'missing-integrity',
        severity: 'medium',
        message: `${componentLabel(c)} ${c.version} has no integrity hash in ${lockfile}: ${REGENERATE[c.ecosystem]}`,
        ...locate(c, texts),
        component: c.purl,
      });
    }
  }
  return findings;
}

/**
 * A hash on the component, on one of its distributions (a Python release's sdist and wheels), or a
 * hash-like property (go.sum's h1: dirhash, which is integrity though not an artifact's hash).
 */
function hasIntegrity(c: Component): boolean {
  return c.hashes.length > 0
    || (c.distributions ?? []).some((d) => d.hashes.length > 0)
    || (c.properties ?? []).some((p) => /hash|checksum|integrity/i.test(p.name));
}

/** The lockfile and, when it can be found, the line of the component's entry. */
function locate(c: Component, texts: Texts): { file: string; line?: number } {
  const label = componentLabel(c);
  const line = lineOfFirst(texts.get(c.lockfile), [
    c.resolved,
    `node_modules/${label}"`, // package-lock v2/v3
    `"${label}@`, `${label}@${c.version}`, // yarn, pnpm, package-lock v1 keys
    `${label}==${c.version}`, // requirements.txt
    `name = "${label}"`, // poetry.lock, uv.lock, Cargo.lock
    `${label} ${c.version}`, // go.sum
    `"${label}"`,
  ]);
  return { file: c.lockfile, ...(line !== undefined ? { line } : {}) };
}
