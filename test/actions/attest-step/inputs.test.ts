import { describe, expect, it } from '@jest/globals';
import { INPUT, parseInputs, type InputName } from '../../../src/actions/attest-step/inputs.js';
import { validationErrorBy } from '../../core/intoto/helpers.js';

const DEFAULTS: Partial<Record<InputName, string>> = { 'github-token': 'ghs_token', 'upload-attestations': 'true' };
const parse = (given: Partial<Record<InputName, string>>) => parseInputs((name) => ({ ...DEFAULTS, ...given })[name] ?? '');

describe('attest-step inputs', () => {
  it('command mode: argv split without a shell, patterns as lists, defaults', () => {
    const inputs = parse({ name: 'build', command: 'npm run "build all"', materials: 'src/**\npackage.json', products: 'dist/**, lib/**' });
    expect(inputs.mode).toEqual({ kind: 'command', argv: ['npm', 'run', 'build all'] });
    expect(inputs.materials).toEqual(['src/**', 'package.json']);
    expect(inputs.products).toEqual(['dist/**', 'lib/**']);
    expect(inputs).toMatchObject({ allowEmpty: false, allowFailure: false, normalizeLineEndings: false, format: 'statement', uploadAttestations: true, uploadChainArtifact: false, sigstore: 'auto' });
  });

  it('shell: bash runs the command as a bash script', () => {
    expect(parse({ name: 'x', command: 'a | b', shell: 'bash', materials: 'a' }).mode).toEqual({ kind: 'command', argv: ['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', 'a | b'] });
  });

  it('wrap mode: phase start and end take no command', () => {
    expect(parse({ name: 'x', phase: 'start', materials: 'src/**' }).mode).toEqual({ kind: 'start' });
    expect(parse({ name: 'x', phase: 'end' }).mode).toEqual({ kind: 'end' });
    const e = validationErrorBy(() => parse({ name: 'x', phase: 'start', command: 'make' }));
    expect(e.problems.map((p) => p.path)).toEqual([INPUT.command, INPUT.materials]);
  });

  it('lstrip-paths are literal prefixes, one per line (commas and spaces belong to them)', () => {
    expect(parse({ name: 'x', command: 'true', materials: 'a', 'lstrip-paths': 'dir, with comma/\n  /spaced/ \n' }).lstripPaths).toEqual(['dir, with comma/', '  /spaced/ ']);
  });

  it('reports every bad input at once, each by name', () => {
    const e = validationErrorBy(() => parse({
      name: '../x', command: 'make > log', 'allow-empty': 'yes', environment: 'SECRET_THING', 'lstrip-paths': 'a/\na/b/', format: 'in-toto-link', 'private-key-passphrase': 'p', 'rekor-url': 'ftp://x', 'github-token': '',
    }));
    expect(e.code).toBe('INPUT_INVALID');
    expect(e.problems.map((p) => p.path)).toEqual([
      INPUT.name, INPUT.command, INPUT.materials, INPUT.lstripPaths, INPUT.environment, INPUT.format, INPUT.privateKeyPassphrase, INPUT.allowEmpty, INPUT.rekorUrl, INPUT.githubToken,
    ]);
  });

  it('never quotes the private key or passphrase in a problem', () => {
    const e = validationErrorBy(() => parse({ name: 'x', command: 'true', 'private-key-passphrase': 'hunter2-passphrase' }));
    expect(e.message).not.toContain('hunter2');
  });

  it('needs no token when nothing is uploaded', () => {
    expect(parse({ name: 'x', command: 'true', materials: 'a', 'upload-attestations': 'false', 'github-token': '' }).githubToken).toBe('');
  });
});
