import type { Component } from '../model.js';
import { uniqueIds } from '../unique-ids.js';

/** The SPDX 2.3 idstring alphabet: `SPDXRef-` then [A-Za-z0-9.-]+ (spec clause 3.2 / 7.2). */
export function idString(text: string, max = 64): string {
  return text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, max).replace(/-+$/, '');
}

export const ROOT_PREFIX = 'SPDXRef-Root-';

/**
 * SPDXIDs for the components, by purl: `SPDXRef-Package-<name>-<version>-<8 hex of the purl's FNV-1a hash>`, readable
 * and valid whatever the name holds. The hash keeps two purls that sanitize alike apart; should even that meet
 * (two purls sharing 32 bits of hash and a sanitized name), uniqueIds adds a suffix. Components must come in a
 * stable order (by purl) so the suffix always lands on the same one.
 */
export function packageIds(components: readonly Component[]): Map<string, string> {
  const byPurl = new Map(components.map((c) => [c.purl, c]));
  return uniqueIds(byPurl.keys(), (purl) => base(byPurl.get(purl) as Component));
}

function base(c: Component): string {
  const label = idString(c.namespace !== undefined ? `${c.namespace}-${c.name}` : c.name) || 'package';
  const version = idString(c.version, 32);
  const hash = fnv1a32(c.purl).toString(16).padStart(8, '0');
  return `SPDXRef-Package-${label}${version ? `-${version}` : ''}-${hash}`;
}

/** FNV-1a, 32 bits, over UTF-16 code units: a short, fast, stable fingerprint (not a security hash: ids only). */
function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
