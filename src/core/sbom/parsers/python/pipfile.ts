import type { Component, ParsedLockfile, Scope, UnpinnedRequirement } from '../../model.js';
import { findJsonErrorOffset, lineAndColumn } from '../../../predicates/json-error-offset.js';
import { isTable, type Table } from '../support/fields.js';
import { invalidAtLine, invalidAtPath, unsupportedVersion } from '../support/lockfile-error.js';
import { parseTomlFile } from '../support/toml.js';
import { pipfileEntry } from './pipfile-entry.js';
import { normalizePypiName, pypiComponent } from './pypi.js';

const UNDERSTOOD = ['6'];

/**
 * Pipfile.lock (pipfile-spec 6): `default` is what ships (required), `develop` what only development installs
 * (excluded); a package in both is required. The lock is flat: no edges between packages. The Pipfile (the
 * manifest, TOML) says which are direct, and the lockfile-disagrees-with-manifest warnings.
 */
export function parsePipfileLock(text: string, lockfile: string, manifest?: string): ParsedLockfile {
  const json = parseJson(text, lockfile);
  const meta = isTable(json._meta) ? json._meta : {};
  if (meta['pipfile-spec'] !== 6) throw unsupportedVersion(lockfile, meta['pipfile-spec'], UNDERSTOOD);
  const indexes = new Map<string, string>();
  for (const source of Array.isArray(meta.sources) ? meta.sources : []) {
    if (isTable(source) && typeof source.name === 'string' && typeof source.url === 'string') indexes.set(source.name, source.url);
  }
  const pipfile = manifest === undefined ? undefined : readPipfile(manifest);
  const scopes = new Map<string, { name: string; scope: Scope; section: string }>();
  for (const [section, scope] of [['develop', 'excluded'], ['default', 'required']] as const) {
    const packages = json[section] ?? {};
    if (!isTable(packages)) throw invalidAtPath(lockfile, section, 'must be an object of packages');
    for (const name of Object.keys(packages)) scopes.set(normalizePypiName(name), { name, scope, section });
  }
  const components: Component[] = [];
  const unpinned: UnpinnedRequirement[] = [];
  for (const [key, { name, scope, section }] of scopes) {
    const entry = pipfileEntry((json[section] as Table)[name], indexes, (what) => invalidAtPath(lockfile, `${section}.${name}`, what));
    if (entry.floating) unpinned.push({ name: key, specifier: entry.origin.resolved ?? '' });
    if (entry.version === undefined) continue;
    const direct = pipfile !== undefined && (pipfile.packages.has(key) || pipfile.dev.has(key));
    components.push(pypiComponent({ name, version: entry.version, origin: entry.origin, artifacts: entry.artifacts, scope, direct }, lockfile));
  }
  const warnings = [...(pipfile?.packages ?? []), ...(pipfile?.dev ?? [])].filter((name) => !scopes.has(name)).map((name) => ({
    lockfile, message: `Pipfile requires ${name} but ${lockfile} has no entry for it: the lockfile is out of date (run pipenv lock)`,
  }));
  // Pipfile.lock records no edges, and the Pipfile names no project to hang direct dependencies on.
  return { lockfile, ecosystem: 'pypi', components, edges: [], warnings, ...(unpinned.length ? { facts: { unpinned } } : {}) };
}

function parseJson(text: string, lockfile: string): Table {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const { line } = lineAndColumn(text, findJsonErrorOffset(text) ?? text.length);
    throw invalidAtLine(lockfile, line, 'not valid JSON', e);
  }
  if (!isTable(value)) throw invalidAtLine(lockfile, 1, 'must be a JSON object with _meta, default and develop');
  return value;
}

function readPipfile(text: string): { packages: Set<string>; dev: Set<string> } {
  const toml = parseTomlFile(text, 'Pipfile');
  const names = (section: unknown) => new Set(Object.keys(isTable(section) ? section : {}).map(normalizePypiName));
  return { packages: names(toml.packages), dev: names(toml['dev-packages']) };
}
