import { definedOnly } from '../../core/defined.js';
import { ValidationError } from '../../core/errors.js';
import { FAIL_ON_RULES, isFailOnRule, type FailOnRule } from '../../core/sbom/fail-on.js';
import { parseList } from '../../core/subjects/list.js';
import { InputProblems } from '../shared/input-parsers.js';
import { parseSigningInputs, SIGNING_INPUT, type SigningInputs } from '../shared/signing-inputs.js';

/** The input names of the sbom action, as in action.yml. */
export const INPUT = {
  path: 'path',
  lockfiles: 'lockfiles',
  format: 'format',
  outputDir: 'output-dir',
  reproducible: 'reproducible',
  attest: 'attest',
  subjectPath: 'subject-path',
  failOn: 'fail-on',
  internalScopes: 'internal-scopes',
  baseRef: 'base-ref',
  ...SIGNING_INPUT,
  uploadAttestations: 'upload-attestations',
  githubToken: 'github-token',
  showSummary: 'show-summary',
} as const;

export type InputName = (typeof INPUT)[keyof typeof INPUT];

export type SbomFormat = 'cyclonedx-json' | 'spdx-json';

export interface SbomInputs {
  /** The directory to scan, relative to the workspace. */
  readonly path: string;
  /** Lockfiles to read, relative to `path`; empty: every lockfile found. */
  readonly lockfiles: readonly string[];
  readonly formats: readonly SbomFormat[];
  readonly outputDir?: string;
  readonly reproducible: boolean;
  readonly attest: boolean;
  readonly subjectPath?: string;
  readonly failOn: readonly FailOnRule[];
  /** Scopes ('@corp') that name internal packages; undefined: the repository owner's. */
  readonly internalScopes?: readonly string[];
  readonly baseRef?: string;
  readonly signing: SigningInputs;
  readonly uploadAttestations: boolean;
  readonly githubToken: string;
  readonly showSummary: boolean;
}

const FORMATS = { 'cyclonedx-json': ['cyclonedx-json'], 'spdx-json': ['spdx-json'], both: ['cyclonedx-json', 'spdx-json'] } as const;

/** Validates the raw inputs into typed inputs. Pure; every bad input is reported at once (INPUT_INVALID). */
export function parseInputs(raw: (name: InputName) => string): SbomInputs {
  const p = new InputProblems();
  const text = (name: InputName): string | undefined => raw(name).trim() || undefined;
  const format = p.oneOf(INPUT.format, raw(INPUT.format) || 'cyclonedx-json', Object.keys(FORMATS) as (keyof typeof FORMATS)[]);
  const inputs: SbomInputs = {
    path: text(INPUT.path) ?? '.',
    lockfiles: parseList(raw(INPUT.lockfiles)),
    formats: FORMATS[format],
    reproducible: p.boolean(INPUT.reproducible, raw(INPUT.reproducible)),
    attest: p.boolean(INPUT.attest, raw(INPUT.attest) || 'true'),
    failOn: parseFailOn(p, raw(INPUT.failOn)),
    signing: parseSigningInputs(p, raw),
    uploadAttestations: p.boolean(INPUT.uploadAttestations, raw(INPUT.uploadAttestations) || 'true'),
    githubToken: raw(INPUT.githubToken).trim(),
    showSummary: p.boolean(INPUT.showSummary, raw(INPUT.showSummary) || 'true'),
    ...definedOnly({
      outputDir: text(INPUT.outputDir),
      subjectPath: text(INPUT.subjectPath),
      internalScopes: parseScopes(p, raw(INPUT.internalScopes)),
      baseRef: text(INPUT.baseRef),
    }),
  };
  if (inputs.subjectPath && !inputs.attest) p.add(INPUT.subjectPath, `names what the SBOM is attested to; it needs ${INPUT.attest}: true`);
  if (inputs.attest && inputs.uploadAttestations && !inputs.githubToken) {
    p.add(INPUT.githubToken, `required to upload the attestation (set ${INPUT.uploadAttestations}: false to keep only the bundle files)`);
  }
  if (inputs.baseRef?.startsWith('-')) p.add(INPUT.baseRef, `"${inputs.baseRef}" is not a git revision`);
  if (p.problems.length > 0) throw new ValidationError('INPUT_INVALID', 'invalid inputs', p.problems);
  return inputs;
}

function parseFailOn(p: InputProblems, value: string): FailOnRule[] {
  const rules: FailOnRule[] = [];
  for (const name of parseList(value)) {
    if (isFailOnRule(name)) rules.push(name);
    else p.add(INPUT.failOn, `"${name}" is not a rule; expected any of ${FAIL_ON_RULES.join(', ')}`);
  }
  return rules;
}

/** `@corp, other` -> ['@corp', '@other']; `none` -> [] (no scope is treated as internal). */
function parseScopes(p: InputProblems, value: string): string[] | undefined {
  const names = parseList(value);
  if (names.length === 0) return undefined;
  if (names.length === 1 && names[0]?.toLowerCase() === 'none') return [];
  return names.flatMap((name) => {
    if (/^@?[a-z0-9][a-z0-9._-]*$/i.test(name)) return [`@${name.replace(/^@/, '').toLowerCase()}`];
    p.add(INPUT.internalScopes, `"${name}" is not an npm scope; expected a name like @corp`);
    return [];
  });
}
