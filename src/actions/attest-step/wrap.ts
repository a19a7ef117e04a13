// Wrap mode's start record on disk: written whole by `phase: start`, read back by the post run (which checks
// it against the digest kept in the runner's state) or by an explicit `phase: end` (which finds it by the
// step's name), and removed once the step is signed, so the start's post run does not sign it twice.
import { createHash } from 'node:crypto';
import { access, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ChainmailError } from '../../core/errors.js';
import { parseStartRecord, serializeStartRecord, type StartRecord } from '../../core/attest-step/start-record.js';
import type { StartRef } from '../../github/state.js';
import { writeFileAtomic } from '../../io/atomic-write.js';

export function startRecordPath(runnerTemp: string, stepName: string): string {
  return join(runnerTemp, 'chainmail', 'attest-step', `${stepName}.start.json`);
}

export async function writeStartRecord(path: string, record: StartRecord): Promise<StartRef> {
  if (await exists(path)) {
    throw new ChainmailError('INPUT_INVALID', `name: phase: start already ran for a step named ${record.name} in this job; give each wrapped step its own name`);
  }
  const text = serializeStartRecord(record);
  await writeFileAtomic(path, text);
  return { recordPath: path, sha256: sha256(text) };
}

/** The record at `path`; with `expectedSha256` (the post run), a record changed since the start is refused. */
export async function readStartRecord(path: string, expectedSha256?: string): Promise<StartRecord | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ChainmailError('PATH_UNREADABLE', `cannot read the start record ${path}: ${(e as Error).message}`, { cause: e });
  }
  if (expectedSha256 !== undefined && sha256(text) !== expectedSha256) {
    throw new ChainmailError('INPUT_INVALID', `the start record ${path} was changed after phase: start recorded it; the materials can no longer be trusted`);
  }
  return parseStartRecord(text, path);
}

export async function removeStartRecord(path: string): Promise<void> {
  await rm(path, { force: true });
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
