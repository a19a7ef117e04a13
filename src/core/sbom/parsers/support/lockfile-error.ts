import { ChainmailError } from '../../../errors.js';

/** A malformed lockfile: the message names the file and the line (1-based) where it went wrong. */
export function invalidAtLine(lockfile: string, line: number, what: string, cause?: unknown): ChainmailError {
  return new ChainmailError('LOCKFILE_INVALID', `${lockfile} line ${line}: ${what}`, cause === undefined ? undefined : { cause });
}

/** A malformed lockfile whose line is unknown: the message names the field path (`package[3].version`). */
export function invalidAtPath(lockfile: string, path: string, what: string): ChainmailError {
  return new ChainmailError('LOCKFILE_INVALID', `${lockfile}: ${path}: ${what}`);
}

/** A lockfile version we do not read: the message says which ones we do. */
export function unsupportedVersion(lockfile: string, found: unknown, understood: readonly string[]): ChainmailError {
  const shown = found === undefined ? 'no version' : `version ${JSON.stringify(found)}`;
  return new ChainmailError(
    'LOCKFILE_UNSUPPORTED',
    `${lockfile} has ${shown}, which chainmail does not read; understood versions: ${understood.join(', ')}`,
  );
}
