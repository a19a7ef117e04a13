/**
 * pnpm's package keys ("dependency paths") across lockfile versions:
 *   5.x  /name/1.2.3, /@s/n/1.2.3_peer@2.0.0          (peer suffix after '_')
 *   6.x  /name@1.2.3, /@s/n@1.2.3(peer@2.0.0)          (peer suffix in parentheses)
 *   9.0  name@1.2.3, @s/n@1.2.3(peer@2.0.0)            (packages without the suffix, snapshots with it)
 * Non-registry packages have other keys (`github.com/o/r/<sha>`, `name@https://...`, `file:../x`): their entries
 * also state `name` and `version`, which win.
 */
export type KeyStyle = 'slash' | 'at';

/** The key without its peer suffix: the package it is a variant of. */
export function withoutPeers(key: string, style: KeyStyle): string {
  const paren = key.indexOf('(');
  if (paren > 0) return key.slice(0, paren);
  if (style === 'slash') {
    const underscore = key.indexOf('_', key.lastIndexOf('/'));
    if (underscore > 0) return key.slice(0, underscore);
  }
  return key;
}

/** Name and version a key names (peer suffix ignored); undefined parts when the key is not of that form. */
export function nameAndVersion(key: string, style: KeyStyle): { name?: string; version?: string } {
  const bare = withoutPeers(key.startsWith('/') ? key.slice(1) : key, style);
  if (style === 'at') {
    const at = bare.indexOf('@', 1);
    return at > 0 ? { name: bare.slice(0, at), version: bare.slice(at + 1) } : {};
  }
  const slash = bare.lastIndexOf('/');
  return slash > 0 ? { name: bare.slice(0, slash), version: bare.slice(slash + 1) } : {};
}

/**
 * The keys a dependency `name: ref` may be listed under, most likely first. A ref is a version (`1.2.3`, with a
 * peer suffix), a full key (aliases: `/real@1.2.3`, `real@1.2.3`; non-registry: `github.com/...`), or a path.
 */
export function candidateKeys(name: string, ref: string, version9: boolean, style: KeyStyle): string[] {
  const head = ref.includes('(') ? ref.slice(0, ref.indexOf('(')) : ref;
  if (version9) return head.indexOf('@', 1) > 0 ? [ref, `${name}@${ref}`] : [`${name}@${ref}`, ref];
  if (ref.startsWith('/')) return [ref];
  if (head.includes('/') || ref.startsWith('file:')) return [ref, `/${ref}`];
  return [style === 'at' ? `/${name}@${ref}` : `/${name}/${ref}`];
}

/** `link:../b` from importer `packages/a` -> `packages/b`: importer paths are relative to the lockfile's folder. */
export function joinImporterPath(from: string, relative: string): string {
  const parts = from === '.' || from === '' ? [] : from.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.length === 0 ? '.' : parts.join('/');
}
