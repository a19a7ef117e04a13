import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ChainmailError } from '../core/errors.js';
import { parseDigest } from '../core/subjects/digest.js';
import type { ArtifactDigests } from '../core/verify/statement-checks.js';
import { digestFile } from '../io/digest.js';

/** What is verified: a file (hashed with sha256 and sha512, bytes at hand) or a digest alone. */
export interface Artifact {
  /** The file's path as given, or the digest text. */
  readonly name: string;
  readonly digests: ArtifactDigests;
  /** The file, when there is one: a message-signature bundle needs its bytes. */
  readonly path?: string;
}

/** The algorithms a digest argument may use. */
const DIGEST_ARGUMENT = /^(sha256|sha384|sha512):/i;

/** A digest (`sha256:<hex>`, `sha384:`, `sha512:`) when `text` looks like one, else null. `what` names the input. */
export function artifactDigest(text: string, what: string): Artifact | null {
  if (!DIGEST_ARGUMENT.test(text.trim())) return null;
  const digest = parseDigest(text, what);
  return { name: `${digest.algorithm}:${digest.hex}`, digests: { [digest.algorithm]: digest.hex } };
}

/** A file to verify, hashed in one pass with sha256 and sha512 (statements name either). */
export async function artifactFile(path: string, name = path): Promise<Artifact> {
  let isFile: boolean;
  try {
    isFile = (await stat(path)).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ChainmailError('PATH_NOT_FOUND', `artifact ${name} does not exist`, { cause: error });
    throw new ChainmailError('PATH_UNREADABLE', `cannot read artifact ${name}: ${code ?? (error as Error).message}`, { cause: error });
  }
  if (!isFile) throw new ChainmailError('PATH_UNREADABLE', `artifact ${name} is not a regular file`);
  return { name, digests: await digestFile(path, ['sha256', 'sha512']), path };
}

/** The artifact's name for reports: the file's base name, or the digest. */
export function displayName(artifact: Artifact): string {
  return artifact.path ? basename(artifact.name) : artifact.name;
}
