/**
 * The one component graph every lockfile parser produces and every SBOM writer reads. Pure data: parsers take a
 * lockfile's text and return this; writers (CycloneDX, SPDX) and the ingest audit take this and return theirs.
 */

export type Ecosystem = 'npm' | 'pypi' | 'golang' | 'cargo' | 'github';

/** required: needed at run time; optional: optional dependencies; excluded: development-only (not shipped). */
export type Scope = 'required' | 'optional' | 'excluded';

/** Where a component was resolved from, as the lockfile records it. */
export type SourceKind = 'registry' | 'git' | 'tarball' | 'path' | 'workspace' | 'unknown';

/** Hash algorithms by their CycloneDX names; values are lowercase hex. */
export type HashAlgorithm = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface ComponentHash {
  readonly algorithm: HashAlgorithm;
  readonly hex: string;
}

export interface Component {
  /** The canonical package URL (built with packageurl-js): the identity components are deduplicated by. */
  readonly purl: string;
  readonly ecosystem: Ecosystem;
  /** The package name without its namespace (`core` of `@babel/core`, `checkout` of `actions/checkout`). */
  readonly name: string;
  /** The namespace: the npm scope with its '@' (`@babel`), a Go module's path before its last element, a GitHub owner. */
  readonly namespace?: string;
  readonly version: string;
  /** From the lockfile's integrity fields, converted to hex. Empty when the lockfile records none. */
  readonly hashes: readonly ComponentHash[];
  /** A validated SPDX license expression, when known (lockfile, or node_modules package.json). */
  readonly license?: string;
  readonly scope: Scope;
  readonly source: SourceKind;
  /** The resolved URL or path as the lockfile states it (registry tarball URL, git URL, file path). */
  readonly resolved?: string;
  /** The lockfile (path relative to the scanned directory) that lists it. */
  readonly lockfile: string;
  /** Whether the project depends on it directly (a dependency of the root or of a workspace). */
  readonly direct: boolean;
  /**
   * When the lockfile accepts several artifacts for one version (a Python release's sdist and wheels), each with
   * its own hashes. `hashes` is then empty: a component's hash must identify one artifact. Integrity all the same.
   */
  readonly distributions?: readonly Distribution[];
  /** Facts with no standard field, e.g. Go's go.sum `h1:` dirhash (not an artifact's hash, so not in `hashes`). */
  readonly properties?: readonly ComponentProperty[];
}

/** One artifact a lockfile accepts for a component, with its hashes (CycloneDX: a distribution external reference). */
export interface Distribution {
  /** The file name or URL, when the lockfile states it. */
  readonly name?: string;
  readonly hashes: readonly ComponentHash[];
}

/** A name/value fact about a component (CycloneDX component property); names are namespaced `chainmail:...`. */
export interface ComponentProperty {
  readonly name: string;
  readonly value: string;
}

/** `from` depends on `to` (both purls; `from` may be the root's purl). */
export interface DependencyEdge {
  readonly from: string;
  readonly to: string;
}

/** What a parser says about the lockfile besides its components (and the audit adds its own). */
export interface ParseWarning {
  readonly lockfile: string;
  readonly message: string;
}

/** The project a lockfile belongs to, as its manifest or lockfile names it. */
export interface RootComponent {
  readonly name: string;
  readonly version?: string;
  readonly purl?: string;
}

/** One lockfile, parsed. */
export interface ParsedLockfile {
  readonly lockfile: string;
  readonly ecosystem: Ecosystem;
  readonly root?: RootComponent;
  readonly components: readonly Component[];
  readonly edges: readonly DependencyEdge[];
  readonly warnings: readonly ParseWarning[];
  /** What the ingest audit and the scanner need that is not a component. */
  readonly facts?: LockfileFacts;
}

export interface LockfileFacts {
  /** Requirements without an exact version (`requests>=2`, `flask`): no component can name a version for them. */
  readonly unpinned?: readonly UnpinnedRequirement[];
  /** Files this one pulls in (`-r other.txt`, `-c constraints.txt`), as written, relative to its directory. */
  readonly includes?: readonly LockfileInclude[];
  /** Every `uses:` of a workflow or action.yml, pinned or not, with its line. */
  readonly actionReferences?: readonly ActionReference[];
}

export interface UnpinnedRequirement {
  readonly name: string;
  /** The version specifier as written (`>=2,<3`), or the URL of a VCS requirement without a ref; '' for none. */
  readonly specifier: string;
  /** 1-based, in line-oriented files (requirements.txt). */
  readonly line?: number;
}

export interface LockfileInclude {
  readonly path: string;
  /** requirements: its requirements are installed too; constraints: it only limits versions. */
  readonly kind: 'requirements' | 'constraints';
  readonly line: number;
}

export interface ActionReference {
  /** The `uses:` value as written. */
  readonly uses: string;
  readonly line: number;
  /** local (`./path`) references make no component: the code is this repository's. */
  readonly kind: 'action' | 'reusable-workflow' | 'docker' | 'local';
  /** A full 40-hex commit SHA, or a docker image by sha256 digest. Local references count as pinned. */
  readonly pinned: boolean;
  /** The component it made (none for local references). */
  readonly purl?: string;
}

/**
 * A lockfile parser: pure, text in, graph out. `lockfile` is the path to name in components and errors.
 * `manifest` is the text of the manifest beside it (package.json, pyproject.toml, go.mod), when there is one,
 * for direct-dependency and scope information and for the lockfile-disagrees-with-manifest warning.
 * Malformed input throws ChainmailError('LOCKFILE_INVALID') naming the file and the line or JSON path; an
 * unknown lockfile version throws LOCKFILE_UNSUPPORTED saying which versions are understood.
 */
export type LockfileParser = (text: string, lockfile: string, manifest?: string) => ParsedLockfile;

/**
 * Every lockfile of a project merged into one graph: components deduplicated by purl (the strongest scope and
 * `direct` win, hashes are united) and sorted by purl, edges deduplicated and sorted. What writers serialize.
 */
export interface SbomGraph {
  readonly root: RootComponent;
  readonly components: readonly Component[];
  readonly edges: readonly DependencyEdge[];
  readonly lockfiles: readonly string[];
  readonly warnings: readonly ParseWarning[];
}

/*
 * Where each part lives (one helper each; names fixed so the parts meet):
 *   src/core/sbom/parsers/npm.ts      parseNpmLockfile      package-lock.json v1-v3, npm-shrinkwrap.json, workspaces
 *   src/core/sbom/parsers/yarn.ts     parseYarnLockfile     yarn.lock v1 and berry
 *   src/core/sbom/parsers/pnpm.ts     parsePnpmLockfile     pnpm-lock.yaml v6-v9
 *   src/core/sbom/parsers/python.ts   parseRequirements, parsePoetryLock, parseUvLock, parsePipfileLock
 *   src/core/sbom/parsers/go.ts       parseGoSum            go.sum (manifest: go.mod)
 *   src/core/sbom/parsers/cargo.ts    parseCargoLock        Cargo.lock (manifest: Cargo.toml)
 *   src/core/sbom/parsers/actions.ts  parseWorkflowUses     .github/workflows/*.yml and action.yml: pkg:githubactions/owner/repo@ref
 *   src/core/sbom/parsers/index.ts    LOCKFILE_PARSERS      file name -> { load (the parser), manifest name } (the registry)
 *   src/core/sbom/merge.ts            mergeLockfiles(parsed[], root) -> SbomGraph
 *   src/core/sbom/cyclonedx.ts        toCycloneDx(graph, options) -> JSON text (CycloneDX 1.6, @cyclonedx/cyclonedx-library)
 *   src/core/sbom/spdx.ts             toSpdx(graph, options) -> JSON text (SPDX 2.3)
 *   src/core/sbom/audit.ts            auditIngest(facts) -> Finding[]
 *   src/core/sbom/diff.ts             diffGraphs(base, head) -> SbomDiff
 *   src/sbom/scan.ts (I/O)            scanProject(dir, options) -> { graph, parsed, facts }
 */
