import { definedOnly } from '../../core/defined.js';
import { ValidationError } from '../../core/errors.js';
import { isUri } from '../../core/intoto/index.js';
import { SLSA_PROVENANCE_V1_TYPE } from '../../core/predicates/slsa-provenance/v1/index.js';
import { InputProblems } from '../shared/input-parsers.js';
import { parseSigningInputs, SIGNING_INPUT, type SigningInputs } from '../shared/signing-inputs.js';

/** The input names of sign-artifact, as in action.yml. */
export const INPUT = {
  ...SIGNING_INPUT,
  subjectPath: 'subject-path',
  subjectDigest: 'subject-digest',
  subjectName: 'subject-name',
  subjectChecksums: 'subject-checksums',
  predicateType: 'predicate-type',
  predicate: 'predicate',
  predicatePath: 'predicate-path',
  digestAlgorithm: 'digest-algorithm',
  maxSubjects: 'max-subjects-per-attestation',
  perSubject: 'attestation-per-subject',
  bundleDir: 'bundle-dir',
  uploadAttestations: 'upload-attestations',
  uploadToRelease: 'upload-to-release',
  releaseTag: 'release-tag',
  githubToken: 'github-token',
  showSummary: 'show-summary',
} as const;

export type InputName = (typeof INPUT)[keyof typeof INPUT];

export type PredicateSource =
  | { readonly kind: 'provenance' }
  | { readonly kind: 'inline'; readonly type: string; readonly json: string }
  | { readonly kind: 'file'; readonly type: string; readonly path: string };

export interface SignArtifactInputs extends SigningInputs {
  readonly subjects: {
    readonly subjectPath?: string;
    readonly subjectDigest?: string;
    readonly subjectName?: string;
    readonly subjectChecksums?: string;
  };
  readonly predicate: PredicateSource;
  readonly digestAlgorithm: 'sha256' | 'sha384' | 'sha512';
  readonly maxSubjectsPerAttestation: number;
  readonly attestationPerSubject: boolean;
  readonly bundleDir?: string;
  readonly uploadAttestations: boolean;
  readonly uploadToRelease: 'auto' | 'true' | 'false';
  readonly releaseTag?: string;
  readonly githubToken: string;
  readonly showSummary: boolean;
}

/**
 * Validates the raw inputs (as the runner passes them) into typed inputs. Pure. Every bad input is reported
 * at once in one ValidationError (code INPUT_INVALID) whose problems name the inputs.
 */
export function parseInputs(raw: (name: InputName) => string): SignArtifactInputs {
  const p = new InputProblems();
  const text = (name: InputName): string | undefined => raw(name).trim() || undefined;

  const subjects = {
    subjectPath: text(INPUT.subjectPath),
    subjectDigest: text(INPUT.subjectDigest),
    subjectName: text(INPUT.subjectName),
    subjectChecksums: text(INPUT.subjectChecksums),
  };
  const modes = [subjects.subjectPath && INPUT.subjectPath, subjects.subjectDigest && INPUT.subjectDigest, subjects.subjectChecksums && INPUT.subjectChecksums].filter(Boolean);
  if (modes.length === 0) p.add(INPUT.subjectPath, `one of ${INPUT.subjectPath}, ${INPUT.subjectDigest} or ${INPUT.subjectChecksums} is required`);
  if (modes.length > 1) p.add(modes[1] as string, `give only one of ${modes.join(', ')}`);
  if (subjects.subjectDigest && !subjects.subjectName) p.add(INPUT.subjectName, `required with ${INPUT.subjectDigest}`);
  if (subjects.subjectName && !subjects.subjectDigest) p.add(INPUT.subjectDigest, `required with ${INPUT.subjectName}`);

  const predicate = parsePredicateSource(p, text(INPUT.predicateType), text(INPUT.predicate), text(INPUT.predicatePath));
  const inputs: SignArtifactInputs = {
    subjects: definedOnly(subjects),
    predicate,
    digestAlgorithm: p.oneOf(INPUT.digestAlgorithm, raw(INPUT.digestAlgorithm) || 'sha256', ['sha256', 'sha384', 'sha512'] as const),
    maxSubjectsPerAttestation: p.integer(INPUT.maxSubjects, raw(INPUT.maxSubjects) || '1024', 1, 100_000),
    attestationPerSubject: p.boolean(INPUT.perSubject, raw(INPUT.perSubject)),
    ...parseSigningInputs(p, raw),
    ...definedOnly({
      bundleDir: text(INPUT.bundleDir),
      releaseTag: text(INPUT.releaseTag),
    }),
    uploadAttestations: p.boolean(INPUT.uploadAttestations, raw(INPUT.uploadAttestations) || 'true'),
    uploadToRelease: p.oneOf(INPUT.uploadToRelease, raw(INPUT.uploadToRelease) || 'auto', ['auto', 'true', 'false'] as const),
    githubToken: raw(INPUT.githubToken).trim(),
    showSummary: p.boolean(INPUT.showSummary, raw(INPUT.showSummary) || 'true'),
  };
  const uploads = inputs.uploadAttestations || inputs.uploadToRelease === 'true' || inputs.releaseTag !== undefined;
  if (uploads && !inputs.githubToken) {
    p.add(INPUT.githubToken, `required to upload (set ${INPUT.uploadAttestations}: false to sign without it)`);
  }
  if (p.problems.length > 0) throw new ValidationError('INPUT_INVALID', 'invalid inputs', p.problems);
  return inputs;
}

function parsePredicateSource(p: InputProblems, type?: string, json?: string, path?: string): PredicateSource {
  if (json && path) p.add(INPUT.predicatePath, `give only one of ${INPUT.predicate}, ${INPUT.predicatePath}`);
  if (!type) {
    if (json || path) p.add(INPUT.predicateType, `required with ${json ? INPUT.predicate : INPUT.predicatePath}`);
    return { kind: 'provenance' };
  }
  if (!isUri(type)) p.add(INPUT.predicateType, `"${type}" is not a URI; expected e.g. https://slsa.dev/provenance/v1`);
  if (json) return { kind: 'inline', type, json };
  if (!path && type === SLSA_PROVENANCE_V1_TYPE) return { kind: 'provenance' };
  if (path) return { kind: 'file', type, path };
  p.add(INPUT.predicate, `${INPUT.predicate} or ${INPUT.predicatePath} is required with ${INPUT.predicateType}`);
  return { kind: 'provenance' };
}
