import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { SerializedBundle } from '@sigstore/bundle';

export interface SignedStatement {
  readonly _type: string;
  readonly subject: { name: string; digest: Record<string, string> }[];
  readonly predicateType: string;
  readonly predicate: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read nested predicate fields
}

/** The bundles in a .sigstore.json or .sigstore.jsonl file. */
export async function readBundles(path: string): Promise<SerializedBundle[]> {
  const text = await readFile(path, 'utf8');
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as SerializedBundle);
}

/** The in-toto statement a DSSE bundle signs. */
export function statementOf(bundle: SerializedBundle): SignedStatement {
  if (!('dsseEnvelope' in bundle) || !bundle.dsseEnvelope) throw new Error('not a DSSE bundle');
  expectPayloadType(bundle.dsseEnvelope.payloadType);
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as SignedStatement;
}

function expectPayloadType(type: string): void {
  if (type !== 'application/vnd.in-toto+json') throw new Error(`payload type ${type}`);
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
