import { makePurl } from './parsers/support/purl.js';

// One implementation of the generic builder (packageurl-js, each type's normalization) lives beside the parsers;
// this module is the place every ecosystem imports package URLs from.
export { makePurl };

/** An npm package name split into its scope (with '@', the purl namespace) and its bare name. */
export function splitNpmName(fullName: string): { namespace?: string; name: string } {
  if (fullName.startsWith('@')) {
    const slash = fullName.indexOf('/');
    if (slash > 1 && slash < fullName.length - 1) return { namespace: fullName.slice(0, slash), name: fullName.slice(slash + 1) };
  }
  return { name: fullName };
}

/**
 * `pkg:npm/%40babel/core@7.26.0`: the scope is the namespace, encoded by packageurl-js as the purl spec says.
 * Qualifiers say where a non-registry copy came from (`vcs_url`, `download_url`), so it is not mistaken for the
 * registry's package of the same name and version.
 */
export function npmPurl(fullName: string, version: string, qualifiers?: Readonly<Record<string, string | undefined>>): string {
  const { namespace, name } = splitNpmName(fullName);
  return makePurl('npm', namespace, name, version, qualifiers);
}
