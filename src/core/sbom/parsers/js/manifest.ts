import { JsonFields, parseJsonText } from './json-text.js';

/** The dependency fields of a package.json, the only parts the lockfile parsers need. */
export interface NpmManifest {
  readonly name?: string;
  readonly version?: string;
  readonly dependencies: Readonly<Record<string, string>>;
  readonly devDependencies: Readonly<Record<string, string>>;
  readonly optionalDependencies: Readonly<Record<string, string>>;
  readonly peerDependencies: Readonly<Record<string, string>>;
  /** Workspace globs (`workspaces` as an array, or yarn's `{ packages: [...] }`). */
  readonly workspaces: readonly string[];
}

export const DEPENDENCY_KINDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** The package.json beside a lockfile: the name its errors carry. */
export function manifestPathOf(lockfile: string): string {
  const slash = Math.max(lockfile.lastIndexOf('/'), lockfile.lastIndexOf('\\'));
  return `${lockfile.slice(0, slash + 1)}package.json`;
}

/** Parses package.json text; malformed JSON or a wrong field type is LOCKFILE_INVALID naming package.json. */
export function readManifest(text: string, file: string): NpmManifest {
  const fields = new JsonFields(file);
  const top = fields.object(parseJsonText(text, file), '');
  const workspaces = top['workspaces'];
  const globs = Array.isArray(workspaces) ? workspaces
    : typeof workspaces === 'object' && workspaces !== null && Array.isArray((workspaces as { packages?: unknown }).packages)
      ? (workspaces as { packages: unknown[] }).packages : [];
  const name = fields.optionalString(top, 'name', '');
  const version = fields.optionalString(top, 'version', '');
  return {
    ...(name === undefined ? {} : { name }),
    ...(version === undefined ? {} : { version }),
    dependencies: fields.specs(top, 'dependencies', ''),
    devDependencies: fields.specs(top, 'devDependencies', ''),
    optionalDependencies: fields.specs(top, 'optionalDependencies', ''),
    peerDependencies: fields.specs(top, 'peerDependencies', ''),
    workspaces: globs.filter((g): g is string => typeof g === 'string'),
  };
}

/** A workspace glob matcher (`packages/*`, `apps/**`, `!packages/legacy`), over paths relative to the root. */
export function workspaceMatcher(globs: readonly string[]): (path: string) => boolean {
  const toRegExp = (glob: string): RegExp => {
    const body = glob.replace(/^\.\//, '').replace(/\/+$/, '').split(/(\*\*\/?|\*)/).map((part) => {
      if (part === '**' || part === '**/') return '(?:.*/)?' + (part === '**' ? '.*' : '');
      if (part === '*') return '[^/]*';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }).join('');
    return new RegExp(`^${body}$`);
  };
  const include = globs.filter((g) => !g.startsWith('!')).map(toRegExp);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => toRegExp(g.slice(1)));
  return (path) => include.some((r) => r.test(path)) && !exclude.some((r) => r.test(path));
}
