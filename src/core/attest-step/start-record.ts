// Wrap mode's memory between `phase: start` and the end of the job: what the start call measured and asked
// for. It is written to a file (100,000 materials do not fit the runner's state), and the file's digest goes to
// the action's state, which only the runner holds: a step in between that rewrites the file is caught.
import { ChainmailError } from '../errors.js';
import type { LinkMaterial } from '../predicates/link/v0.3/index.js';

export const START_RECORD_VERSION = 1;

export interface StartRecord {
  readonly version: typeof START_RECORD_VERSION;
  readonly name: string;
  readonly startedAt: string;
  readonly materials: readonly LinkMaterial[];
  /** The product patterns the start call gave (empty: the materials' patterns). */
  readonly products: readonly string[];
  readonly materialPatterns: readonly string[];
}

export function serializeStartRecord(record: StartRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** Parses a start record; anything else (another version, a truncated file) is an error naming the file. */
export function parseStartRecord(text: string, where: string): StartRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ChainmailError('INPUT_INVALID', `${where} is not a start record of attest-step: ${(e as Error).message}`, { cause: e });
  }
  const r = value as Partial<StartRecord> | null;
  const ok = r !== null && typeof r === 'object' && r.version === START_RECORD_VERSION && typeof r.name === 'string'
    && typeof r.startedAt === 'string' && Array.isArray(r.materials) && Array.isArray(r.products) && Array.isArray(r.materialPatterns);
  if (!ok) throw new ChainmailError('INPUT_INVALID', `${where} is not a version ${START_RECORD_VERSION} start record of attest-step`);
  return r as StartRecord;
}
