// V8's JSON.parse names a position for some errors ("... at position 7 (line 1 column 8)") but not others
// ("Unexpected token 'a', "abc" is not valid JSON"). This scanner finds the offset of the first syntax error
// (RFC 8259) so every message can point at it. Iterative, so deep nesting cannot overflow the stack.

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'after';

const WS = new Set([' ', '\t', '\n', '\r']);
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;

/** Offset (UTF-16 code units) of the first JSON syntax error in `text`; undefined when `text` is valid JSON. */
export function findJsonErrorOffset(text: string): number | undefined {
  const stack: string[] = [];
  let i = 0;
  let expect: Expect = 'value';
  for (;;) {
    while (i < text.length && WS.has(text[i] as string)) i++;
    const c = text[i];
    if (expect === 'after') {
      const top = stack.at(-1);
      if (top === undefined) return i < text.length ? i : undefined;
      if (c === ',') { i++; expect = top === '{' ? 'key' : 'value'; continue; }
      if (c === (top === '{' ? '}' : ']')) { stack.pop(); i++; continue; }
      return i;
    }
    if (expect === 'key' || expect === 'keyOrClose') {
      if (expect === 'keyOrClose' && c === '}') { stack.pop(); i++; expect = 'after'; continue; }
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return ~end;
      i = end;
      while (i < text.length && WS.has(text[i] as string)) i++;
      if (text[i] !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'valueOrClose' && c === ']') { stack.pop(); i++; expect = 'after'; continue; }
    if (c === '{' || c === '[') { stack.push(c); i++; expect = c === '{' ? 'keyOrClose' : 'valueOrClose'; continue; }
    const end = scanScalar(text, i);
    if (end < 0) return ~end;
    i = end;
    expect = 'after';
  }
}

// Scanners return the end offset, or ~offset (negative) of the error: where V8 stops, the first character
// that cannot continue the token.
function scanScalar(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return scanString(text, i);
  const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : undefined;
  if (word !== undefined) {
    for (let k = 1; k < word.length; k++) if (text[i + k] !== word[k]) return ~(i + k);
    return i + word.length;
  }
  if (c === '-' || isDigit(c)) return scanNumber(text, i);
  return ~i;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
function scanNumber(text: string, i: number): number {
  let j = text[i] === '-' ? i + 1 : i;
  if (text[j] === '0') j++;
  else if (isDigit(text[j])) while (isDigit(text[j])) j++;
  else return ~j;
  if (text[j] === '.') {
    j++;
    if (!isDigit(text[j])) return ~j;
    while (isDigit(text[j])) j++;
  }
  if (text[j] === 'e' || text[j] === 'E') {
    j++;
    if (text[j] === '+' || text[j] === '-') j++;
    if (!isDigit(text[j])) return ~j;
    while (isDigit(text[j])) j++;
  }
  return j;
}

function scanString(text: string, i: number): number {
  STRING_BODY.lastIndex = i + 1;
  const m = STRING_BODY.exec(text);
  if (m !== null) return i + 1 + m[0].length;
  // Find where it breaks: the longest valid prefix of the body.
  let j = i + 1;
  for (;;) {
    const ch = text[j];
    if (ch === undefined || ch < ' ') return ~j;
    if (ch === '"') return j + 1; // unreachable in practice: the regex would have matched
    if (ch !== '\\') { j++; continue; }
    const esc = text[j + 1];
    if (esc !== undefined && '"\\/bfnrt'.includes(esc)) { j += 2; continue; }
    if (esc !== 'u') return ~(j + 1);
    for (let k = j + 2; k < j + 6; k++) if (!/[0-9a-fA-F]/.test(text[k] ?? '')) return ~k;
    j += 6;
  }
}

/** 1-based line and column of `offset`, counting \n, \r\n and \r as line ends. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    const ch = text[k];
    if (ch === '\n' || (ch === '\r' && text[k + 1] !== '\n')) { line++; lineStart = k + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}
