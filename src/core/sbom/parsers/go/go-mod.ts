import { invalidAtLine } from '../support/lockfile-error.js';

export interface GoRequire {
  readonly path: string;
  readonly version: string;
  /** `// indirect`: not imported by the main module itself. */
  readonly indirect: boolean;
  readonly line: number;
}

export interface GoReplace {
  readonly path: string;
  /** Absent: every version of `path` is replaced. */
  readonly version?: string;
  /** A module path, or a directory (`./fork`, `../lib`, `/abs`) for a local replacement. */
  readonly to: string;
  /** Absent for a local directory. */
  readonly toVersion?: string;
}

export interface GoMod {
  readonly module?: string;
  readonly requires: readonly GoRequire[];
  readonly replaces: readonly GoReplace[];
  /** `path@version` of each exclude directive. */
  readonly excludes: ReadonlySet<string>;
}

/** Reads go.mod: the module, its requirements (single-line or in blocks), replace and exclude directives. */
export function parseGoMod(text: string, file = 'go.mod'): GoMod {
  let module: string | undefined;
  const requires: GoRequire[] = [];
  const replaces: GoReplace[] = [];
  const excludes = new Set<string>();
  let block: string | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const fail = (what: string) => invalidAtLine(file, line, what);
    const { tokens, comment } = tokenize(raw, fail);
    if (tokens.length === 0) return;
    if (block !== undefined && tokens[0] === ')') { block = undefined; return; }
    let verb = block;
    let args = tokens;
    if (verb === undefined) {
      verb = tokens[0] as string;
      args = tokens.slice(1);
      if (args.length === 1 && args[0] === '(') { block = verb; return; }
    }
    if (verb === 'module') module = args[0];
    else if (verb === 'require') {
      if (args.length !== 2) throw fail(`"${raw.trim()}" is not a requirement; expected <module path> <version>`);
      requires.push({ path: args[0] as string, version: args[1] as string, indirect: /^\s*indirect\s*(;|$)/.test(comment), line });
    } else if (verb === 'exclude') {
      if (args.length !== 2) throw fail(`"${raw.trim()}" is not an exclusion; expected <module path> <version>`);
      excludes.add(`${args[0]}@${args[1]}`);
    } else if (verb === 'replace') replaces.push(parseReplace(args, raw, fail));
    // go, toolchain, godebug, retract, tool, ignore: nothing a dependency list needs.
  });
  return { ...(module ? { module } : {}), requires, replaces, excludes };
}

function parseReplace(args: readonly string[], raw: string, fail: (what: string) => Error): GoReplace {
  const arrow = args.indexOf('=>');
  const left = args.slice(0, arrow);
  const right = args.slice(arrow + 1);
  if (arrow < 0 || left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
    throw fail(`"${raw.trim()}" is not a replacement; expected <path> [version] => <path> [version]`);
  }
  return {
    path: left[0] as string,
    ...(left[1] ? { version: left[1] } : {}),
    to: right[0] as string,
    ...(right[1] ? { toVersion: right[1] } : {}),
  };
}

// Splits a go.mod line into tokens (double-quoted and back-quoted strings unquoted) and its `//` comment.
function tokenize(raw: string, fail: (what: string) => Error): { tokens: string[]; comment: string } {
  const tokens: string[] = [];
  let i = 0;
  while (i < raw.length) {
    const c = raw[i] as string;
    if (c === ' ' || c === '\t') { i++; continue; }
    if (raw.startsWith('//', i)) return { tokens, comment: raw.slice(i + 2) };
    if (c === '"' || c === '`') {
      const end = raw.indexOf(c, i + 1);
      if (end < 0) throw fail('an unterminated quoted string');
      tokens.push(c === '"' ? (JSON.parse(raw.slice(i, end + 1)) as string) : raw.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < raw.length && raw[j] !== ' ' && raw[j] !== '\t' && !raw.startsWith('//', j)) j++;
    tokens.push(raw.slice(i, j));
    i = j;
  }
  return { tokens, comment: '' };
}
