import type { ActionReference, Component, ParsedLockfile } from '../model.js';
import { componentLabel, type Finding } from './finding.js';
import { escapeRegExp, lineOfFirst } from './locate.js';

const FULL_SHA = /^[0-9a-f]{40}$/;

/**
 * Actions used by a tag or branch instead of a full commit SHA (and docker actions by tag instead of digest).
 * Whoever can move the tag or push to the branch decides what code the workflow runs next, with the job's
 * token and secrets; a full SHA cannot be moved. One finding for each such `uses:`, on its line, from the
 * workflow parser's facts; for workflow files parsed without them, from the components (pkg:githubactions,
 * whose version is the ref) and the file's text.
 */
export function unpinnedActions(components: readonly Component[], parsed: readonly ParsedLockfile[], texts: ReadonlyMap<string, string>): Finding[] {
  const findings: Finding[] = [];
  const covered = new Set<string>();
  for (const lockfile of parsed) {
    const references = lockfile.facts?.actionReferences;
    if (!references) continue;
    covered.add(lockfile.lockfile);
    for (const reference of references) {
      if (!reference.pinned && reference.kind !== 'local') findings.push(fromReference(reference, lockfile.lockfile));
    }
  }
  for (const c of components) {
    if (c.ecosystem !== 'github' || covered.has(c.lockfile) || FULL_SHA.test(c.version)) continue;
    const label = componentLabel(c);
    const uses = new RegExp(`uses:\\s*['"]?${escapeRegExp(label)}(?:/[^@\\s'"]*)?@${escapeRegExp(c.version)}(?=['"\\s#]|$)`, 'm');
    const line = lineOfFirst(texts.get(c.lockfile), [uses]);
    findings.push({ ...actionFinding(label, c.version), file: c.lockfile, ...(line !== undefined ? { line } : {}), component: c.purl });
  }
  return findings;
}

function fromReference(reference: ActionReference, file: string): Finding {
  const at = { file, line: reference.line, ...(reference.purl ? { component: reference.purl } : {}) };
  if (reference.kind === 'docker') {
    return {
      rule: 'unpinned-action',
      severity: 'medium',
      message: `${reference.uses} is used by tag, not by digest: pin it (docker://<image>@sha256:<digest>) so nobody can change the image it runs`,
      ...at,
    };
  }
  const split = reference.uses.lastIndexOf('@');
  const [path, ref] = split < 0 ? [reference.uses, ''] : [reference.uses.slice(0, split), reference.uses.slice(split + 1)];
  return { ...actionFinding(path, ref), ...at };
}

function actionFinding(label: string, ref: string): Pick<Finding, 'rule' | 'severity' | 'message'> {
  const message = ref === ''
    ? `${label} is used without a ref: pin it (uses: ${label}@<40-hex commit>) so nobody can change the code it runs`
    : `${label}@${ref} is used by ${refKind(ref)}, not by a full commit SHA: pin it (uses: ${label}@<40-hex commit> # ${ref}) so nobody can change the code it runs`;
  return { rule: 'unpinned-action', severity: isTagLike(ref) ? 'medium' : 'high', message };
}

function refKind(ref: string): string {
  if (/^[0-9a-f]{7,39}$/.test(ref)) return 'a short commit SHA (ambiguous as the repository grows)';
  if (isTagLike(ref)) return `the tag ${ref}`;
  return `the branch or tag ${ref}`;
}

/** A version tag moves only when someone retags it; a branch moves with every push: high. */
function isTagLike(ref: string): boolean {
  return /^v?\d+(\.\d+)*([-+].*)?$/.test(ref) || /^[0-9a-f]{7,39}$/.test(ref);
}
