import { describe, expect, it } from '@jest/globals';
import { bashArgv, splitCommand } from '../../../src/core/attest-step/shell-words.js';
import { thrownBy } from '../intoto/helpers.js';

describe('splitCommand: argv from a command line, the way sh splits words, with no shell run', () => {
  it('splits on blanks and keeps quoted text together', () => {
    expect(splitCommand('npm run build')).toEqual(['npm', 'run', 'build']);
    expect(splitCommand(`  make   -C "my dir"\tall\n`)).toEqual(['make', '-C', 'my dir', 'all']);
    expect(splitCommand(`echo 'a  b' "c'd" 'e"f'`)).toEqual(['echo', 'a  b', "c'd", 'e"f']);
  });

  it('joins adjacent quoted and unquoted parts into one word, and keeps empty quoted words', () => {
    expect(splitCommand(`--name="x y"z ''`)).toEqual(['--name=x yz', '']);
  });

  it('backslash: quotes the next character outside quotes; inside "..." only before " \\ $ ` and newline', () => {
    expect(splitCommand('a\\ b c\\"d')).toEqual(['a b', 'c"d']);
    expect(splitCommand('"a\\"b\\\\c\\d"')).toEqual(['a"b\\c\\d']);
    expect(splitCommand("'no\\escape'")).toEqual(['no\\escape']);
    expect(splitCommand('one \\\ntwo')).toEqual(['one', 'two']);
  });

  it('expands nothing: $, globs and ~ are passed as they are when quoted', () => {
    expect(splitCommand(`echo '$HOME' "a|b" *.c ~`)).toEqual(['echo', '$HOME', 'a|b', '*.c', '~']);
  });

  it('refuses unquoted shell syntax, pointing at shell: bash', () => {
    for (const line of ['make && make test', 'a | b', 'a > out', 'a; b', 'echo $HOME', 'echo `id`', 'a &', '(a)']) {
      const e = thrownBy(() => splitCommand(line));
      expect(e.code).toBe('INPUT_INVALID');
      expect(e.message).toMatch(/^command: ".+" at character \d+ is shell syntax, but the command runs without a shell; set shell: bash/);
    }
  });

  it('refuses unterminated quotes, a trailing backslash and an empty command', () => {
    expect(thrownBy(() => splitCommand(`echo 'a`)).message).toBe("command: unterminated ' quote starting at character 6");
    expect(thrownBy(() => splitCommand('echo "a')).message).toBe('command: unterminated " quote starting at character 6');
    expect(thrownBy(() => splitCommand('echo \\')).message).toBe('command: ends with an unquoted \\');
    expect(thrownBy(() => splitCommand('  ')).message).toBe('command: is empty');
  });
});

describe('bashArgv', () => {
  it('runs the script with errexit and pipefail, as GitHub runs bash steps, without profiles', () => {
    expect(bashArgv('a | b')).toEqual(['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', 'a | b']);
  });
});
