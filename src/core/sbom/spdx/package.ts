import type { Component, ComponentHash, HashAlgorithm } from '../model.js';

/** The fields of an SPDX 2.3 package this writer fills (JSON names). */
export interface SpdxPackage {
  readonly SPDXID: string;
  readonly name: string;
  readonly versionInfo?: string;
  readonly downloadLocation: string;
  readonly filesAnalyzed: false;
  readonly checksums?: readonly { algorithm: string; checksumValue: string }[];
  readonly licenseConcluded: string;
  readonly licenseDeclared: string;
  readonly copyrightText: string;
  readonly sourceInfo?: string;
  readonly externalRefs?: readonly { referenceCategory: string; referenceType: string; referenceLocator: string }[];
  readonly primaryPackagePurpose: 'APPLICATION' | 'LIBRARY';
}

const NOASSERTION = 'NOASSERTION';

const CHECKSUM_ALGORITHM: Readonly<Record<HashAlgorithm, string>> = {
  MD5: 'MD5', 'SHA-1': 'SHA1', 'SHA-256': 'SHA256', 'SHA-384': 'SHA384', 'SHA-512': 'SHA512',
};

export function toSpdxPackage(c: Component, SPDXID: string): SpdxPackage {
  const checksums = c.hashes.map(checksum);
  return {
    SPDXID,
    name: c.namespace !== undefined ? `${c.namespace}/${c.name}` : c.name,
    ...(c.version !== '' ? { versionInfo: c.version } : {}),
    downloadLocation: downloadLocation(c),
    filesAnalyzed: false,
    ...(checksums.length > 0 ? { checksums } : {}),
    licenseConcluded: NOASSERTION,
    licenseDeclared: c.license !== undefined && c.license !== '' ? c.license : NOASSERTION,
    copyrightText: NOASSERTION,
    sourceInfo: sourceInfo(c),
    externalRefs: [purlRef(c.purl)],
    primaryPackagePurpose: c.ecosystem === 'github' ? 'APPLICATION' : 'LIBRARY',
  };
}

export function purlRef(purl: string): { referenceCategory: string; referenceType: string; referenceLocator: string } {
  return { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl };
}

function checksum(h: ComponentHash): { algorithm: string; checksumValue: string } {
  return { algorithm: CHECKSUM_ALGORITHM[h.algorithm], checksumValue: h.hex };
}

/** A URL the lockfile resolved it from (`https://`, `git+ssh://`...); a local path or nothing is NOASSERTION. */
function downloadLocation(c: Component): string {
  const resolved = c.resolved ?? '';
  const isUrl = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/.test(resolved);
  return isUrl && c.source !== 'path' && c.source !== 'workspace' ? resolved : NOASSERTION;
}

/**
 * How the package got in, which SPDX has no field for but sourceInfo ("how the package was acquired"): the
 * source kind, the lockfile, a local location, each artifact the lockfile accepts, and chainmail's properties.
 * Scope is told by relationships instead (DEV_DEPENDENCY_OF, OPTIONAL_DEPENDENCY_OF).
 */
function sourceInfo(c: Component): string {
  const parts = [`source: ${c.source}`, `lockfile: ${c.lockfile}`];
  if (downloadLocation(c) === NOASSERTION && c.resolved) parts.push(`resolved: ${c.resolved}`);
  for (const d of c.distributions ?? []) {
    parts.push(`artifact: ${[d.name, ...d.hashes.map((h) => `${CHECKSUM_ALGORITHM[h.algorithm]}:${h.hex}`)].filter(Boolean).join(' ')}`);
  }
  for (const p of c.properties ?? []) parts.push(`${p.name}: ${p.value}`);
  return parts.join('; ');
}
