import type { ResourceDescriptor } from './intoto/index.js';

/**
 * File names for the bundles of one signing run. A run of one attestation is named after its (first) subject
 * (`app.tgz.sigstore.json`); a run of several, after each one's first subject and its place in the run, so
 * names are stable across re-runs of the same step and never collide within a run.
 */
export function bundleFileNames(statementSubjects: readonly (readonly ResourceDescriptor[])[]): string[] {
  const total = statementSubjects.length;
  return statementSubjects.map((subjects, index) => {
    const first = safeFileStem(subjects[0]?.name ?? 'attestation');
    const stem = total === 1 ? first : `${first}.${index + 1}-of-${total}`;
    return `${stem}.sigstore.json`;
  });
}

/** The name of the JSON Lines file that holds every bundle of a run, one per line. */
export function bundleListFileName(statementSubjects: readonly (readonly ResourceDescriptor[])[]): string {
  const first = safeFileStem(statementSubjects[0]?.[0]?.name ?? 'attestation');
  return `${first}.${statementSubjects.length}-attestations.sigstore.jsonl`;
}

/** A subject name (which may hold slashes, spaces or '..') as one safe file-name component. */
export function safeFileStem(name: string): string {
  const stem = name.replace(/[^A-Za-z0-9._+-]+/g, '_').replace(/^[._]+/, '').slice(0, 120);
  return stem || 'attestation';
}
