// Builds and checks link v0.3 statements. Every rule of the spec is checked before anything is signed, each
// problem named by its field path, so a malformed link is a bug report, never a signature.
import { type FieldProblem, ValidationError } from '../../../errors.js';
import { makeStatement, validateResourceDescriptor, type ResourceDescriptor, type Statement } from '../../../intoto/index.js';
import { LINK_V03_TYPE, type LinkMaterial, type LinkPredicate } from './types.js';

export interface LinkStatementParts {
  /** The step's products: the statement's subjects. Each needs a name unique among them, and a digest. */
  readonly products: readonly ResourceDescriptor[];
  readonly predicate: LinkPredicate;
}

/** A validated in-toto Statement v1 with a link v0.3 predicate; throws STATEMENT_INVALID naming every problem. */
export function buildLinkStatement(parts: LinkStatementParts): Statement<LinkPredicate> {
  const problems = [
    ...uniqueNames(parts.products, 'subject', 'products'),
    ...validateLinkPredicate(parts.predicate),
  ];
  if (problems.length > 0) throw new ValidationError('STATEMENT_INVALID', 'link statement', problems);
  return makeStatement(parts.products, LINK_V03_TYPE, parts.predicate);
}

/** Every problem with a link v0.3 predicate, with paths under `predicate`. */
export function validateLinkPredicate(predicate: LinkPredicate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (typeof predicate.name !== 'string' || predicate.name === '') problems.push({ path: 'predicate.name', message: 'must be a non-empty string' });
  if (!Array.isArray(predicate.command) || predicate.command.some((a) => typeof a !== 'string')) {
    problems.push({ path: 'predicate.command', message: 'must be a list of strings' });
  }
  predicate.materials.forEach((m: LinkMaterial, i) => {
    const path = `predicate.materials[${i}]`;
    problems.push(...validateResourceDescriptor(m, path, { requireDigest: true }));
    if (typeof m.name !== 'string' || m.name === '') problems.push({ path: `${path}.name`, message: 'is required' });
  });
  problems.push(...uniqueNames(predicate.materials, 'predicate.materials', 'materials'));
  for (const [key, value] of Object.entries(predicate.environment)) {
    if (typeof value !== 'string') problems.push({ path: `predicate.environment.${key}`, message: 'must be a string' });
  }
  return problems;
}

/** The spec: subject names and material names are each unique within the attestation. */
function uniqueNames(descriptors: readonly ResourceDescriptor[], path: string, what: string): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  descriptors.forEach((d, i) => {
    if (d.name === undefined) {
      problems.push({ path: `${path}[${i}].name`, message: `is required (${what} are named)` });
      return;
    }
    if (seen.has(d.name)) problems.push({ path: `${path}[${i}].name`, message: `"${d.name}" names two ${what}; names must be unique` });
    seen.add(d.name);
  });
  return problems;
}
