import type { SourceKind } from '../../model.js';

/** Where an npm-ecosystem package came from, and the purl qualifier that keeps a non-registry copy distinct. */
export interface PackageOrigin {
  readonly source: SourceKind;
  readonly qualifiers?: Readonly<Record<string, string>>;
}

const REGISTRY_PREFIXES = ['https://registry.npmjs.org/', 'https://registry.yarnpkg.com/', 'https://registry.npmjs.com/'];
const GIT_PREFIX = /^(?:git\+|git:|github:|gitlab:|bitbucket:|gist:|ssh:\/\/)/;
const PLAIN_VERSION = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/;

/**
 * Classifies a `resolved` value (npm, yarn v1; pnpm and berry map their forms onto these). A registry is the
 * public one, or any host serving the registry's tarball layout `<name>/-/<basename>-<version>.tgz` (private
 * registries: Artifactory, Verdaccio, GitHub Packages); another https tarball is a tarball. With no `resolved`,
 * npm fetched `name@version` from the configured registry (npm omits registry URLs with
 * omit-lockfile-registry-resolved), so a plain version counts as registry.
 */
export function classifyResolved(resolved: string | undefined, name: string, version: string): PackageOrigin {
  if (resolved === undefined || resolved === '') return { source: PLAIN_VERSION.test(version) ? 'registry' : 'unknown' };
  if (REGISTRY_PREFIXES.some((prefix) => resolved.startsWith(prefix))) return REGISTRY; // the common case, first
  if (GIT_PREFIX.test(resolved)) return { source: 'git', qualifiers: { vcs_url: resolved } };
  if (resolved.startsWith('file:') || resolved.startsWith('link:') || /^\.{0,2}\//.test(resolved)) return { source: 'path' };
  if (resolved.startsWith('https://') || resolved.startsWith('http://')) {
    const fragment = resolved.indexOf('#');
    if ((fragment < 0 ? resolved : resolved.slice(0, fragment)).endsWith('.git')) return { source: 'git', qualifiers: { vcs_url: resolved } };
    return isRegistryTarball(resolved, name, version) ? REGISTRY : { source: 'tarball', qualifiers: { download_url: resolved } };
  }
  return { source: 'unknown' };
}

const REGISTRY: PackageOrigin = { source: 'registry' };

function isRegistryTarball(url: string, name: string, version: string): boolean {
  const bare = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
  const end = url.search(/[?#]/);
  let path = end < 0 ? url : url.slice(0, end);
  try {
    path = decodeURIComponent(path);
  } catch {
    return false;
  }
  return path.endsWith(`/${name}/-/${bare}-${version}.tgz`);
}

/** Whether a version string is a plain semver version (not a URL, path or git spec written where a version goes). */
export function isPlainVersion(version: string): boolean {
  return PLAIN_VERSION.test(version);
}
