import type { Component, ComponentHash, Distribution, Scope, SourceKind } from '../../model.js';
import { placeHashes } from '../support/hashes.js';
import { makePurl } from '../support/purl.js';

/** PEP 503 normalization: lowercase, runs of `-`, `_`, `.` become one `-` (`Zope.Interface` -> `zope-interface`). */
export function normalizePypiName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

const PUBLIC_INDEX = /^https?:\/\/(?:pypi\.org|pypi\.python\.org|files\.pythonhosted\.org)(?:\/|$)/;

/** Where a Python component came from, as its lockfile states it. */
export interface PypiOrigin {
  readonly source: SourceKind;
  /** The URL or path as the lockfile has it (for git: `git+<url>@<ref>`). */
  readonly resolved?: string;
  /** The package index, for registry sources; a non-PyPI index becomes the purl's repository_url. */
  readonly index?: string;
}

export interface PypiEntry {
  readonly name: string;
  readonly version: string;
  readonly origin: PypiOrigin;
  /** Every artifact the lockfile accepts for this version, with its hashes (see placeHashes). */
  readonly artifacts: readonly Distribution[];
  readonly scope: Scope;
  readonly direct: boolean;
}

/** The purl of a Python package: pkg:pypi/<PEP 503 name>@<version>, qualified by where it came from when not PyPI. */
export function pypiPurl(name: string, version: string, origin: PypiOrigin): string {
  const qualifiers: Record<string, string | undefined> = {};
  if (origin.source === 'git') qualifiers.vcs_url = origin.resolved;
  else if (origin.source === 'tarball') qualifiers.download_url = origin.resolved;
  else if (origin.source === 'registry' && origin.index !== undefined && !PUBLIC_INDEX.test(origin.index)) {
    qualifiers.repository_url = origin.index;
  }
  return makePurl('pypi', undefined, normalizePypiName(name), version, qualifiers);
}

export function pypiComponent(entry: PypiEntry, lockfile: string): Component {
  const placed = placeHashes(entry.artifacts);
  return {
    purl: pypiPurl(entry.name, entry.version, entry.origin),
    ecosystem: 'pypi',
    name: normalizePypiName(entry.name),
    version: entry.version,
    hashes: placed.hashes,
    scope: entry.scope,
    source: entry.origin.source,
    ...(entry.origin.resolved !== undefined ? { resolved: entry.origin.resolved } : {}),
    lockfile,
    direct: entry.direct,
    ...(placed.distributions ? { distributions: placed.distributions } : {}),
  };
}

/** One artifact from its name and `sha256:<hex>` strings, dropping hashes of algorithms we do not know. */
export function artifact(name: string | undefined, hashes: readonly ComponentHash[]): Distribution {
  return name === undefined ? { hashes } : { name, hashes };
}
