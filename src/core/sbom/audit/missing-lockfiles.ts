import type { Finding } from './finding.js';

/** The lockfiles that would pin each manifest's dependencies, for the finding's advice. */
const LOCKFILES_OF: Readonly<Record<string, string>> = {
  'package.json': 'package-lock.json (npm install), yarn.lock or pnpm-lock.yaml',
  'pyproject.toml': 'poetry.lock (poetry lock), uv.lock (uv lock) or a requirements.txt with == pins and hashes',
  'Pipfile': 'Pipfile.lock (pipenv lock)',
  'Cargo.toml': 'Cargo.lock (cargo generate-lockfile)',
  'go.mod': 'go.sum (go mod tidy)',
};

/**
 * Manifests with no lockfile beside them (the scanner decides which: a workspace member shares its root's).
 * Without a lockfile each install resolves versions anew, so what ships is not what was reviewed, and the
 * SBOM cannot list it.
 */
export function missingLockfiles(manifests: readonly string[]): Finding[] {
  return manifests.map((file) => {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const lockfile = LOCKFILES_OF[name] ?? 'its lockfile';
    return {
      rule: 'missing-lockfile',
      severity: 'high',
      message: `${file} has no lockfile: every install resolves its dependencies anew and this SBOM cannot list them; commit ${lockfile}`,
      file,
    };
  });
}
