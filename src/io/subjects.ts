// Builds the subjects of sign-artifact from its inputs, with actions/attest's three modes: files
// (subject-path globs, hashed here), a digest given outright (subject-digest + subject-name), or a
// checksums list (subject-checksums, a file in the workspace or the list itself).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ChainmailError } from '../core/errors.js';
import { parseChecksums } from '../core/subjects/checksums.js';
import { parseDigest } from '../core/subjects/digest.js';
import { parseList } from '../core/subjects/list.js';
import { digestFiles, type DigestAlgorithm } from './digest.js';
import { expandPatterns } from './glob.js';
import { resolveInWorkspace } from './safe-path.js';

export interface Subject {
  readonly name: string;
  readonly digest: Record<string, string>;
}

export interface SubjectInputs {
  readonly workspace: string;
  readonly subjectPath?: string;
  readonly subjectDigest?: string;
  readonly subjectName?: string;
  readonly subjectChecksums?: string;
  readonly algorithms?: readonly DigestAlgorithm[];
}

export async function collectSubjects(inputs: SubjectInputs): Promise<Subject[]> {
  const path = inputs.subjectPath?.trim() ?? '';
  const digest = inputs.subjectDigest?.trim() ?? '';
  const name = inputs.subjectName?.trim() ?? '';
  const checksums = inputs.subjectChecksums?.trim() ?? '';
  const given = [
    path && 'subject-path',
    digest && 'subject-digest',
    checksums && 'subject-checksums',
  ].filter((g) => g !== '');
  if (given.length === 0) {
    throw invalid('one of subject-path, subject-digest (with subject-name) or subject-checksums is required');
  }
  if (given.length > 1) throw invalid(`give only one of ${given.join(', ')}`);
  if (digest && !name) throw invalid('subject-name is required with subject-digest');
  if (checksums && name) throw invalid('subject-name cannot be used with subject-checksums; the list names each file');

  let subjects: Subject[];
  if (path) subjects = await fromPaths(inputs.workspace, path, name, inputs.algorithms);
  else if (digest) {
    const parsed = parseDigest(digest, 'subject-digest');
    subjects = [{ name, digest: { [parsed.algorithm]: parsed.hex } }];
  } else subjects = await fromChecksums(inputs.workspace, checksums);
  return uniqueSorted(subjects);
}

async function fromPaths(
  workspace: string,
  input: string,
  name: string,
  algorithms?: readonly DigestAlgorithm[],
): Promise<Subject[]> {
  const files = await expandPatterns(workspace, parseList(input), { inputName: 'subject-path' });
  if (name && files.length > 1) {
    throw invalid(`subject-name names one subject, but subject-path matched ${files.length} files`);
  }
  const digests = await digestFiles(files, { algorithms: algorithms ?? ['sha256'] });
  // The subject name is the file's base name, as actions/attest does: verifiers match on it.
  const seen = new Map<string, { file: string; digest: Record<string, string> }>();
  return files.map((file, i): Subject => {
    const subject = { name: name || basename(file), digest: digests[i]! };
    const other = seen.get(subject.name);
    if (other && !sameDigest(other.digest, subject.digest)) {
      throw invalid(`subject-path: ${other.file} and ${file} have the same name ${subject.name} but different contents`);
    }
    seen.set(subject.name, { file, digest: subject.digest });
    return subject;
  });
}

async function fromChecksums(workspace: string, value: string): Promise<Subject[]> {
  if (looksInline(value)) return parseChecksums(value, 'subject-checksums');
  const file = await resolveInWorkspace(workspace, value, { inputName: 'subject-checksums' }).catch((e: unknown) => {
    // Neither a list nor an existing file: say both readings, since either may have been meant.
    if (e instanceof ChainmailError && e.code === 'PATH_NOT_FOUND') {
      throw new ChainmailError('PATH_NOT_FOUND', `subject-checksums: "${value}" is neither a checksums list ("<hex digest>  <file name>" lines) nor a file in the workspace`);
    }
    throw e;
  });
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ChainmailError('PATH_UNREADABLE', `subject-checksums: cannot read ${value}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { cause: e });
  }
  return parseChecksums(text, value);
}

/** A newline, or a first line shaped like a checksum line, means the list itself was given. */
function looksInline(value: string): boolean {
  return value.includes('\n') || /^[0-9a-f]{64,128}\s/i.test(value) || /^SHA[0-9-]+ ?\(.*\) ?=/i.test(value);
}

function uniqueSorted(subjects: Subject[]): Subject[] {
  const byKey = new Map<string, Subject>();
  for (const s of subjects) byKey.set(`${s.name}\0${JSON.stringify(Object.entries(s.digest).sort())}`, s);
  return [...byKey.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function sameDigest(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
}

function invalid(message: string): ChainmailError {
  return new ChainmailError('INPUT_INVALID', message);
}
