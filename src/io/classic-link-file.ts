// Writes classic in-toto link metadata where in-toto-verify's --link-dir finds it: <dir>/<name>.<keyid8>.link,
// atomically, so a failed run leaves no partial link behind.
import { join } from 'node:path';
import { ChainmailError } from '../core/errors.js';
import { classicLinkText, linkFileName, type SignedClassicLink } from '../core/predicates/link/classic.js';
import { writeFileAtomic } from './atomic-write.js';

/** Writes the link and returns its path; the file is named after its step and its (first) signature's keyid. */
export async function writeClassicLinkFile(dir: string, link: SignedClassicLink): Promise<string> {
  const keyId = link.signatures[0]?.keyid;
  if (keyId === undefined) throw new ChainmailError('SIGNING_FAILED', `the link of step "${link.signed.name}" has no signature`);
  const path = join(dir, linkFileName(link.signed.name, keyId));
  await writeFileAtomic(path, classicLinkText(link));
  return path;
}
