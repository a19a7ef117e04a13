import { definedOnly } from '../../core/defined.js';
import { ValidationError } from '../../core/errors.js';
import { validateLstripPrefixes } from '../../core/attest-step/artifact-names.js';
import { validateEnvironmentNames } from '../../core/attest-step/environment.js';
import { bashArgv, splitCommand } from '../../core/attest-step/shell-words.js';
import { validateStepName } from '../../core/attest-step/step-name.js';
import { isChainmailError } from '../../core/errors.js';
import { parseList } from '../../core/subjects/list.js';
import { InputProblems } from '../shared/input-parsers.js';
import { parseSigningInputs, SIGNING_INPUT, type SigningInputs } from '../shared/signing-inputs.js';

/** The input names of attest-step, as in action.yml. */
export const INPUT = {
  ...SIGNING_INPUT,
  name: 'name',
  phase: 'phase',
  command: 'command',
  shell: 'shell',
  materials: 'materials',
  products: 'products',
  excludes: 'excludes',
  allowEmpty: 'allow-empty',
  allowFailure: 'allow-failure',
  normalizeLineEndings: 'normalize-line-endings',
  lstripPaths: 'lstrip-paths',
  environment: 'environment',
  privateKey: 'private-key',
  privateKeyPassphrase: 'private-key-passphrase',
  format: 'format',
  bundleDir: 'bundle-dir',
  chainDir: 'chain-dir',
  uploadAttestations: 'upload-attestations',
  uploadChainArtifact: 'upload-chain-artifact',
  githubToken: 'github-token',
  showSummary: 'show-summary',
} as const;

export type InputName = (typeof INPUT)[keyof typeof INPUT];

/** command: run a command between the two records; start / end: record around the job's other steps. */
export type Mode = { readonly kind: 'command'; readonly argv: readonly string[] } | { readonly kind: 'start' } | { readonly kind: 'end' };

export interface AttestStepInputs extends SigningInputs {
  readonly name: string;
  readonly mode: Mode;
  readonly materials: readonly string[];
  readonly products: readonly string[];
  readonly excludes: readonly string[];
  readonly allowEmpty: boolean;
  readonly allowFailure: boolean;
  readonly normalizeLineEndings: boolean;
  readonly lstripPaths: readonly string[];
  readonly environment: readonly string[];
  /** Sign with this key (PEM) instead of keylessly. */
  readonly privateKey?: string;
  readonly privateKeyPassphrase?: string;
  /** in-toto-link: also write a classic in-toto link (key-based signing only). */
  readonly format: 'statement' | 'in-toto-link';
  readonly bundleDir?: string;
  readonly chainDir?: string;
  readonly uploadAttestations: boolean;
  readonly uploadChainArtifact: boolean;
  readonly githubToken: string;
  readonly showSummary: boolean;
}

/** Lists of patterns or names: one per line (commas too, as in sign-artifact's subject-path). */
function list(value: string): string[] {
  return parseList(value);
}

/** lstrip-paths are literal prefixes: only newlines separate them, and spaces inside them count. */
function prefixList(value: string): string[] {
  return value.split('\n').map((s) => s.replace(/\r$/, '')).filter((s) => s.trim() !== '');
}

/**
 * Validates the raw inputs into typed inputs. Pure. Every bad input is reported at once in one ValidationError
 * (code INPUT_INVALID) whose problems name the inputs. Secret inputs are never quoted in a problem.
 */
export function parseInputs(raw: (name: InputName) => string): AttestStepInputs {
  const p = new InputProblems();
  const text = (name: InputName): string | undefined => raw(name).trim() || undefined;
  const name = raw(INPUT.name).trim();
  for (const problem of validateStepName(name, INPUT.name)) p.add(problem.path, problem.message);

  const mode = parseMode(p, raw);
  const materials = list(raw(INPUT.materials));
  const products = list(raw(INPUT.products));
  if (mode.kind === 'command' && materials.length === 0 && products.length === 0) {
    p.add(INPUT.materials, `give ${INPUT.materials}, ${INPUT.products} or both: the products are the attestation's subjects (with no products, the materials recorded again after the command)`);
  }
  if (mode.kind === 'start' && materials.length === 0 && products.length === 0) {
    p.add(INPUT.materials, `give ${INPUT.materials}, ${INPUT.products} or both with phase: start`);
  }
  if (mode.kind === 'end' && materials.length > 0) p.add(INPUT.materials, 'the materials were recorded by phase: start; give them there');

  const lstripPaths = prefixList(raw(INPUT.lstripPaths));
  for (const problem of validateLstripPrefixes(lstripPaths, INPUT.lstripPaths)) p.add(problem.path, problem.message);
  const environment = list(raw(INPUT.environment));
  for (const problem of validateEnvironmentNames(environment, INPUT.environment)) p.add(problem.path, problem.message);

  const privateKey = raw(INPUT.privateKey).trim() || undefined;
  const format = p.oneOf(INPUT.format, raw(INPUT.format) || 'statement', ['statement', 'in-toto-link'] as const);
  if (format === 'in-toto-link' && !privateKey) p.add(INPUT.format, `in-toto-link needs ${INPUT.privateKey}: classic links are signed with a key`);
  if (raw(INPUT.privateKeyPassphrase) && !privateKey) p.add(INPUT.privateKeyPassphrase, `only with ${INPUT.privateKey}`);

  const inputs: AttestStepInputs = {
    name,
    mode,
    materials,
    products,
    excludes: list(raw(INPUT.excludes)),
    allowEmpty: p.boolean(INPUT.allowEmpty, raw(INPUT.allowEmpty)),
    allowFailure: p.boolean(INPUT.allowFailure, raw(INPUT.allowFailure)),
    normalizeLineEndings: p.boolean(INPUT.normalizeLineEndings, raw(INPUT.normalizeLineEndings)),
    lstripPaths,
    environment,
    ...parseSigningInputs(p, raw),
    ...definedOnly({
      privateKey,
      privateKeyPassphrase: raw(INPUT.privateKeyPassphrase) || undefined,
      bundleDir: text(INPUT.bundleDir),
      chainDir: text(INPUT.chainDir),
    }),
    format,
    uploadAttestations: p.boolean(INPUT.uploadAttestations, raw(INPUT.uploadAttestations) || 'true'),
    uploadChainArtifact: p.boolean(INPUT.uploadChainArtifact, raw(INPUT.uploadChainArtifact)),
    githubToken: raw(INPUT.githubToken).trim(),
    showSummary: p.boolean(INPUT.showSummary, raw(INPUT.showSummary) || 'true'),
  };
  if (inputs.uploadAttestations && !inputs.githubToken && mode.kind !== 'start') {
    p.add(INPUT.githubToken, `required to upload (set ${INPUT.uploadAttestations}: false to sign without it)`);
  }
  if (p.problems.length > 0) throw new ValidationError('INPUT_INVALID', 'invalid inputs', p.problems);
  return inputs;
}

function parseMode(p: InputProblems, raw: (name: InputName) => string): Mode {
  const phase = p.oneOf(INPUT.phase, raw(INPUT.phase) || 'command', ['command', 'start', 'end'] as const);
  const command = raw(INPUT.command).trim();
  const shell = p.oneOf(INPUT.shell, raw(INPUT.shell) || 'none', ['none', 'bash'] as const);
  if (phase !== 'command') {
    if (command) p.add(INPUT.command, `not with phase: ${phase}; in wrap mode the job's own steps run between phase: start and the end`);
    return { kind: phase };
  }
  if (!command) {
    p.add(INPUT.command, 'required: the command to attest (or phase: start to record around the steps that follow)');
    return { kind: 'command', argv: [] };
  }
  if (shell === 'bash') return { kind: 'command', argv: bashArgv(command) };
  try {
    return { kind: 'command', argv: splitCommand(command, INPUT.command) };
  } catch (e) {
    if (!isChainmailError(e)) throw e;
    p.add(INPUT.command, e.message.replace(/^command: /, ''));
    return { kind: 'command', argv: [] };
  }
}
