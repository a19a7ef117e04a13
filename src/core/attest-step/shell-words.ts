// Splits a command line into argv the way a POSIX shell tokenizes words, without running a shell: nothing
// is expanded, substituted or redirected. Quoting works as in sh: '...' is literal, "..." takes \ before
// " \ $ ` and newline, a bare \ quotes the next character. Unquoted shell operators are refused, because a
// user who writes `make && make test` expects a shell, and running `make` with the arguments `&&`, `make`
// and `test` would attest a different command than the one they meant.
import { ChainmailError } from '../errors.js';

/** Characters that only mean something to a shell; they must be quoted to be passed as arguments. */
const SHELL_SYNTAX = new Set(['|', '&', ';', '<', '>', '(', ')', '$', '`']);
const DOUBLE_QUOTE_ESCAPABLE = new Set(['"', '\\', '$', '`', '\n']);

export function splitCommand(line: string, inputName = 'command'): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const fail = (message: string): never => {
    throw new ChainmailError('INPUT_INVALID', `${inputName}: ${message}`);
  };
  while (i < line.length) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) fail(`unterminated ' quote starting at character ${i + 1}`);
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      const start = i;
      i++;
      for (;;) {
        if (i >= line.length) fail(`unterminated " quote starting at character ${start + 1}`);
        const d = line[i] as string;
        if (d === '"') break;
        if (d === '\\' && DOUBLE_QUOTE_ESCAPABLE.has(line[i + 1] ?? '')) {
          if (line[i + 1] !== '\n') word += line[i + 1];
          i += 2;
        } else {
          word += d;
          i++;
        }
      }
      inWord = true;
      i++;
    } else if (c === '\\') {
      if (i + 1 >= line.length) fail('ends with an unquoted \\');
      if (line[i + 1] !== '\n') {
        word += line[i + 1];
        inWord = true;
      }
      i += 2;
    } else if (SHELL_SYNTAX.has(c)) {
      fail(`"${c}" at character ${i + 1} is shell syntax, but the command runs without a shell; set shell: bash to run it in one, or quote it to pass it as an argument`);
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  if (words.length === 0) fail('is empty');
  return words;
}

/** The argv that runs `script` under `shell: bash`: errors and failed pipelines stop it, as GitHub's own `run:` does. */
export function bashArgv(script: string): string[] {
  return ['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', script];
}
