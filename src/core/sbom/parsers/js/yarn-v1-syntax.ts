import { invalidAtLine } from '../support/lockfile-error.js';

/** A yarn v1 block: its keys (the comma-separated descriptors of a package entry), scalars and nested blocks. */
export interface YarnV1Block {
  readonly line: number;
  readonly values: Map<string, string | boolean | YarnV1Block>;
}

/**
 * The yarn v1 lockfile syntax (yarn's own, not YAML): two-space indentation, `key value` pairs, `key:` opening a
 * nested block, keys and values quoted JSON-style when they need it, `a@^1, a@^1.1:` naming one entry by several
 * descriptors. The result maps each top-level key line, split into its descriptors, to its block.
 */
export function parseYarnV1(text: string, file: string): { keys: string[]; block: YarnV1Block }[] {
  const entries: { keys: string[]; block: YarnV1Block }[] = [];
  const stack: YarnV1Block[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const content = raw.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const line = i + 1;
    const indent = raw.length - content.length;
    const fail = (what: string) => invalidAtLine(file, line, what);
    if (indent % 2 !== 0 || raw.slice(0, indent).includes('\t')) throw fail('indentation is not a multiple of two spaces');
    const depth = indent / 2;
    if (depth > stack.length) throw fail('indented deeper than the block it belongs to');
    stack.length = depth;
    const tokens = tokenize(content.trimEnd(), fail);
    if (tokens.at(-1) === ':') {
      const keys = splitKeys(tokens.slice(0, -1), fail);
      const block: YarnV1Block = { line, values: new Map() };
      if (depth === 0) entries.push({ keys, block });
      else (stack[depth - 1] as YarnV1Block).values.set(keys[0] as string, block);
      stack.push(block);
      continue;
    }
    if (depth === 0) throw fail('expected an entry such as "name@range:"');
    if (tokens.length !== 2 || tokens[0] === ',' || tokens[1] === ',' || tokens[1] === ':') throw fail('expected "key value"');
    const value = tokens[1] as string;
    (stack[depth - 1] as YarnV1Block).values.set(tokens[0] as string, value === 'true' ? true : value === 'false' ? false : value);
  }
  return entries;
}

/** Strings (quoted ones unescaped), and ',' and ':' as themselves. */
function tokenize(content: string, fail: (what: string) => Error): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < content.length) {
    const c = content[i] as string;
    if (c === ' ' || c === '\t') { i++; continue; }
    if (c === ',' || (c === ':' && endsToken(content, i))) { tokens.push(c); i++; continue; }
    if (c === '"') {
      let j = i + 1;
      while (j < content.length && content[j] !== '"') j += content[j] === '\\' ? 2 : 1;
      if (j >= content.length) throw fail('a quoted string is not closed');
      try {
        tokens.push(JSON.parse(content.slice(i, j + 1)) as string);
      } catch {
        throw fail('a quoted string has an invalid escape');
      }
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < content.length && !/[\s,]/.test(content[j] as string) && !(content[j] === ':' && endsToken(content, j))) j++;
    tokens.push(content.slice(i, j));
    i = j;
  }
  return tokens;
}

/** A ':' separates only at the end of a line or before a space: `git+https://x` is one token. */
function endsToken(content: string, i: number): boolean {
  return i + 1 >= content.length || content[i + 1] === ' ' || content[i + 1] === '\t';
}

function splitKeys(tokens: string[], fail: (what: string) => Error): string[] {
  const keys: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as string;
    if (k % 2 === 1 ? token !== ',' : token === ',' || token === ':') throw fail('expected keys separated by commas before ":"');
    if (k % 2 === 0) keys.push(token);
  }
  if (keys.length === 0) throw fail('a block has no key');
  return keys;
}
