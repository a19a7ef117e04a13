// Groups subjects into statements. `batched` puts up to maxPerStatement subjects in each statement
// (GitHub's attestations API and actions/attest cap a statement at 1,024 subjects; we split instead
// of failing); `per-subject` signs one statement per subject, so each can be verified alone.
import { ChainmailError } from '../errors.js';

export type BatchMode = 'batched' | 'per-subject';

export function batchSubjects<T>(subjects: readonly T[], maxPerStatement: number, mode: BatchMode): T[][] {
  if (!Number.isInteger(maxPerStatement) || maxPerStatement < 1) {
    throw new ChainmailError('INPUT_INVALID', `subjects per statement must be a positive integer, got ${maxPerStatement}`);
  }
  const size = mode === 'per-subject' ? 1 : maxPerStatement;
  const batches: T[][] = [];
  for (let i = 0; i < subjects.length; i += size) batches.push(subjects.slice(i, i + size));
  return batches;
}
