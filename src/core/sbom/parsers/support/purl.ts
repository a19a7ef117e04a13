import { PackageURL } from 'packageurl-js';

/**
 * A canonical package URL string, built by packageurl-js (which applies each type's normalization). Empty
 * qualifier values are dropped, so optional facts can be passed without checks.
 */
export function makePurl(
  type: string,
  namespace: string | undefined,
  name: string,
  version: string | undefined,
  qualifiers?: Readonly<Record<string, string | undefined>>,
  subpath?: string,
): string {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(qualifiers ?? {})) if (value) kept[key] = value;
  const hasQualifiers = Object.keys(kept).length > 0;
  return new PackageURL(type, namespace || undefined, name, version || undefined, hasQualifiers ? kept : undefined, subpath || undefined).toString();
}
