import { ChainmailError } from '../errors.js';
import { parseStatement, PAYLOAD_TYPE_INTOTO, type Statement } from '../intoto/index.js';

/** The artifact's digests by algorithm (hex). A file is hashed with several algorithms, a given digest has one. */
export type ArtifactDigests = Readonly<Partial<Record<string, string>>>;

/**
 * The in-toto statement of a verified DSSE envelope, checked against what the caller expects: the artifact
 * must be one of its subjects, and the predicate type the expected one. Throws the failure's code.
 */
export function checkStatement(payloadType: string, payload: Uint8Array, artifact: ArtifactDigests, predicateType?: string): Statement {
  if (payloadType !== PAYLOAD_TYPE_INTOTO) {
    throw new ChainmailError('BUNDLE_INVALID', `the DSSE payload type is "${payloadType}", expected "${PAYLOAD_TYPE_INTOTO}"`);
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch {
    throw new ChainmailError('STATEMENT_INVALID', 'the DSSE payload is not UTF-8 JSON');
  }
  const statement = parseStatement(json);
  if (predicateType !== undefined && statement.predicateType !== predicateType) {
    throw new ChainmailError('PREDICATE_MISMATCH', `the predicate type is "${statement.predicateType}", expected "${predicateType}"`);
  }
  if (!isSubject(statement, artifact)) {
    throw new ChainmailError('ARTIFACT_MISMATCH', `the artifact (${describeDigests(artifact)}) is not a subject of the statement; its subjects are ${describeSubjects(statement)}`);
  }
  return statement;
}

/** True when some subject has a digest, in an algorithm both sides know, equal to the artifact's. */
export function isSubject(statement: Statement, artifact: ArtifactDigests): boolean {
  return statement.subject.some((subject) =>
    Object.entries(subject.digest ?? {}).some(([algorithm, hex]) => artifact[algorithm] !== undefined && artifact[algorithm] === hex.toLowerCase()),
  );
}

export function describeDigests(artifact: ArtifactDigests): string {
  return Object.entries(artifact).map(([algorithm, hex]) => `${algorithm}:${hex}`).join(', ');
}

function describeSubjects(statement: Statement): string {
  const shown = statement.subject.slice(0, 3).map((s) => `${s.name ?? '(unnamed)'} ${Object.entries(s.digest ?? {}).map(([a, h]) => `${a}:${h}`).join(' ')}`);
  const more = statement.subject.length > 3 ? ` and ${statement.subject.length - 3} more` : '';
  return `${shown.join('; ')}${more}`;
}
