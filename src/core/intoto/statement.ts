// in-toto Statement v1 (spec/v1/statement.md): validate with every problem named, parse, build, serialize.
// Unknown fields are ignored on read (spec/v1/README.md parsing rules) and dropped from the parsed value.
import { type FieldProblem, ValidationError } from '../errors.js';
import { childPath, describeJson, isAbsent, isJsonObject } from './json-shape.js';
import { pickResourceDescriptor, validateResourceDescriptor } from './resource-descriptor.js';
import { type ResourceDescriptor, STATEMENT_TYPE_V1, type Statement } from './types.js';
import { isUri } from './uri.js';

/** The path used for a problem with the statement as a whole. */
export const ROOT_PATH = '$';

/** Every problem with `value` as an in-toto Statement v1, each with its field path; [] when valid. */
export function validateStatement(value: unknown): FieldProblem[] {
  if (!isJsonObject(value)) return [{ path: ROOT_PATH, message: `must be a JSON object, not ${describeJson(value)}` }];
  return [
    ...validateType(value._type),
    ...validateSubjects(value.subject),
    ...validatePredicateTypeField(value.predicateType),
    ...validatePredicateField(value.predicate),
  ];
}

function validateType(type: unknown): FieldProblem[] {
  if (isAbsent(type)) return [{ path: '_type', message: 'is required' }];
  if (type === STATEMENT_TYPE_V1) return [];
  const found = typeof type === 'string' ? JSON.stringify(type) : describeJson(type);
  return [{ path: '_type', message: `must be "${STATEMENT_TYPE_V1}", not ${found}` }];
}

function validateSubjects(subject: unknown): FieldProblem[] {
  if (isAbsent(subject)) return [{ path: 'subject', message: 'is required' }];
  if (!Array.isArray(subject)) return [{ path: 'subject', message: `must be an array, not ${describeJson(subject)}` }];
  // An attestation about nothing can never match an artifact; it is always a producer mistake.
  if (subject.length === 0) return [{ path: 'subject', message: 'must list at least one subject' }];
  return subject.flatMap((s, i) => validateResourceDescriptor(s, childPath('subject', i), { requireDigest: true }));
}

function validatePredicateTypeField(type: unknown): FieldProblem[] {
  if (isAbsent(type)) return [{ path: 'predicateType', message: 'is required' }];
  if (typeof type !== 'string') return [{ path: 'predicateType', message: `must be a string, not ${describeJson(type)}` }];
  if (!isUri(type)) return [{ path: 'predicateType', message: 'must be a URI with a scheme' }];
  return [];
}

function validatePredicateField(predicate: unknown): FieldProblem[] {
  if (isAbsent(predicate) || isJsonObject(predicate)) return [];
  return [{ path: 'predicate', message: `must be an object, not ${describeJson(predicate)}` }];
}

/** Validates `value` and returns its known fields as a Statement; throws STATEMENT_INVALID naming every problem. */
export function parseStatement(value: unknown): Statement {
  const problems = validateStatement(value);
  if (problems.length > 0) throw new ValidationError('STATEMENT_INVALID', 'in-toto statement', problems);
  const raw = value as Record<string, unknown>;
  const statement: Statement = {
    _type: STATEMENT_TYPE_V1,
    subject: (raw.subject as Record<string, unknown>[]).map(pickResourceDescriptor),
    predicateType: raw.predicateType as string,
  };
  if (!isAbsent(raw.predicate)) statement.predicate = raw.predicate;
  return statement;
}

/** Builds a Statement and validates it, so nothing we sign is malformed; throws STATEMENT_INVALID. */
export function makeStatement<P extends object>(
  subjects: readonly ResourceDescriptor[],
  predicateType: string,
  predicate?: P,
): Statement<P> {
  const statement: Statement<P> = { _type: STATEMENT_TYPE_V1, subject: [...subjects], predicateType };
  if (predicate !== undefined) statement.predicate = predicate;
  const problems = validateStatement(statement);
  if (problems.length > 0) throw new ValidationError('STATEMENT_INVALID', 'in-toto statement', problems);
  return statement;
}

/** The DSSE payload bytes: plain JSON, UTF-8. DSSE signs the exact bytes, so no canonicalization is needed. */
export function serializeStatement(statement: Statement): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(statement));
}
