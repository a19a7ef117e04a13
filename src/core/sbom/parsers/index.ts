import type { Ecosystem, LockfileParser } from '../model.js';

/** How to read one kind of lockfile: its parser, its ecosystem, and the manifest the parser reads beside it. */
export interface LockfileKind {
  /**
   * Imports its parser. Each is loaded when a lockfile of its kind is met: reading a package-lock.json does not
   * load a YAML or a TOML parser, which would be a third of a short `chainmail sbom`'s time.
   */
  readonly load: () => Promise<LockfileParser>;
  readonly ecosystem: Ecosystem;
  /** The file name of the manifest beside the lockfile (package.json, pyproject.toml...), when the parser uses one. */
  readonly manifest?: string;
}

/** Lockfiles by file name: the registry the scanner detects lockfiles with. */
export const LOCKFILE_PARSERS: Readonly<Record<string, LockfileKind>> = {
  'package-lock.json': { load: async () => (await import('./npm.js')).parseNpmLockfile, ecosystem: 'npm', manifest: 'package.json' },
  'npm-shrinkwrap.json': { load: async () => (await import('./npm.js')).parseNpmLockfile, ecosystem: 'npm', manifest: 'package.json' },
  'yarn.lock': { load: async () => (await import('./yarn.js')).parseYarnLockfile, ecosystem: 'npm', manifest: 'package.json' },
  'pnpm-lock.yaml': { load: async () => (await import('./pnpm.js')).parsePnpmLockfile, ecosystem: 'npm', manifest: 'package.json' },
  'poetry.lock': { load: async () => (await import('./python/poetry.js')).parsePoetryLock, ecosystem: 'pypi', manifest: 'pyproject.toml' },
  'uv.lock': { load: async () => (await import('./python/uv.js')).parseUvLock, ecosystem: 'pypi' },
  'Pipfile.lock': { load: async () => (await import('./python/pipfile.js')).parsePipfileLock, ecosystem: 'pypi', manifest: 'Pipfile' },
  'go.sum': { load: async () => (await import('./go.js')).parseGoSum, ecosystem: 'golang', manifest: 'go.mod' },
  'Cargo.lock': { load: async () => (await import('./cargo.js')).parseCargoLock, ecosystem: 'cargo', manifest: 'Cargo.toml' },
};

const REQUIREMENTS: LockfileKind = { load: async () => (await import('./python/requirements.js')).parseRequirements, ecosystem: 'pypi' };
const WORKFLOW: LockfileKind = { load: async () => (await import('./actions.js')).parseWorkflowUses, ecosystem: 'github' };

/**
 * The kind of lockfile at `path` (relative to the scanned directory, `/`-separated), or undefined when it is none:
 * a name of LOCKFILE_PARSERS; a pip requirements file (requirements.txt, requirements-dev.txt, dev-requirements.txt,
 * requirements/base.txt); a workflow (.github/workflows/*.yml) or an action's metadata (action.yml), whose `uses:`
 * are what the repository runs in CI.
 */
export function lockfileKind(path: string): LockfileKind | undefined {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const dir = slash < 0 ? '' : path.slice(0, slash);
  const parent = dir.slice(dir.lastIndexOf('/') + 1);
  const known = Object.hasOwn(LOCKFILE_PARSERS, name) ? LOCKFILE_PARSERS[name] : undefined;
  if (known !== undefined) return known;
  if (/^action\.ya?ml$/.test(name) || (/\.ya?ml$/.test(name) && /(?:^|\/)\.github\/workflows$/.test(dir))) return WORKFLOW;
  if (/^(?:[\w.-]*[-_.])?requirements(?:[-_.][\w.-]*)?\.txt$/i.test(name) || (parent === 'requirements' && name.endsWith('.txt'))) return REQUIREMENTS;
  return undefined;
}

/**
 * Manifests by file name, with the ecosystem whose lockfiles pin them: a manifest with no lockfile of its
 * ecosystem in its directory or above (a workspace member shares its root's) is missing its lockfile.
 */
export const MANIFESTS: Readonly<Record<string, Ecosystem>> = {
  'package.json': 'npm',
  'pyproject.toml': 'pypi',
  Pipfile: 'pypi',
  'Cargo.toml': 'cargo',
  'go.mod': 'golang',
};
