// Writes classic in-toto link metadata where in-toto-verify's --link-dir finds it: <dir>/<name>.<keyid8>.link,
// atomically, so a failed run leaves no partial link behind.
import { join } from 'node:path';
import { ChainmailError } from '../core/errors.js';
import { classicLinkText, linkFileName, type SignedClassicLink } from '../core/predicates/link/classic.js';
import { writeFileAtomic } from './atomic-write.js';

/**
 * Writes the link into each directory and returns the paths, in the order given; the file is named after its
 * step and its (first) signature's keyid. The text is made once: a link of a large tree is megabytes.
 */
export async function writeClassicLinkFiles(dirs: readonly string[], link: SignedClassicLink): Promise<string[]> {
  const keyId = link.signatures[0]?.keyid;
  if (keyId === undefined) throw new ChainmailError('SIGNING_FAILED', `the link of step "${link.signed.name}" has no signature`);
  const name = linkFileName(link.signed.name, keyId);
  const text = classicLinkText(link);
  const paths = [...new Set(dirs)].map((dir) => join(dir, name));
  await Promise.all(paths.map((path) => writeFileAtomic(path, text)));
  return paths;
}
