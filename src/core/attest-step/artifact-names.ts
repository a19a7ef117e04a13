// How files are named in a link: their path relative to the workspace, with `/` separators, then
// left-stripped of the first matching `lstrip-paths` prefix — in-toto's --lstrip-paths semantics exactly
// (in_toto.runlib._apply_left_strip), so links recorded by chainmail and by in-toto-run name files alike:
// prefixes are plain string prefixes (include the trailing `/`), no prefix may be a prefix of another, and two
// files that end up with the same name are an error rather than one silently replacing the other.
import { ChainmailError, type FieldProblem } from '../errors.js';

/** Problems with the prefixes themselves: empty, or one a left substring of another (in-toto's PrefixError). */
export function validateLstripPrefixes(prefixes: readonly string[], inputName: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  prefixes.forEach((p, i) => {
    prefixes.slice(i + 1).forEach((q) => {
      if (p.startsWith(q) || q.startsWith(p)) problems.push({ path: inputName, message: `"${p}" and "${q}": one is a prefix of the other, so which one strips a path would be ambiguous` });
    });
  });
  return problems;
}

/** The workspace-relative path of a file, with `/` separators (the same on every runner OS). */
export function relativeName(relativePath: string): string {
  return relativePath.includes('\\') ? relativePath.replaceAll('\\', '/') : relativePath;
}

/**
 * Names for `paths` (workspace-relative, `/`-separated), in the same order: each stripped of the first prefix
 * it starts with. Throws INPUT_INVALID naming both files when two names collide, or when a prefix strips a
 * whole name away.
 */
export function stripNames(paths: readonly string[], prefixes: readonly string[], inputName: string): string[] {
  if (prefixes.length === 0) return [...paths];
  const owner = new Map<string, string>();
  return paths.map((path) => {
    const prefix = prefixes.find((p) => path.startsWith(p));
    const name = prefix === undefined ? path : path.slice(prefix.length);
    if (name === '') throw new ChainmailError('INPUT_INVALID', `lstrip-paths: "${prefix}" strips all of ${path}, leaving no name`);
    const other = owner.get(name);
    if (other !== undefined) {
      throw new ChainmailError('INPUT_INVALID', `lstrip-paths: ${other} and ${path} (${inputName}) are both named "${name}" after stripping; names in a link must be unique`);
    }
    owner.set(name, path);
    return name;
  });
}
