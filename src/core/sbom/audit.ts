import { dependencyConfusion } from './audit/dependency-confusion.js';
import { sortFindings, type Finding } from './audit/finding.js';
import { missingLockfiles } from './audit/missing-lockfiles.js';
import type { ScopeRegistries } from './audit/npmrc.js';
import { missingIntegrity, nonRegistrySources } from './audit/sources.js';
import { unpinnedActions } from './audit/unpinned-actions.js';
import { unpinnedRequirements } from './audit/unpinned-requirements.js';
import type { ParsedLockfile, SbomGraph } from './model.js';

export { componentLabel, FINDING_RULES, type Finding, type FindingRule, type FindingSeverity } from './audit/finding.js';
export { mergeScopeRegistries, parseNpmrcScopes, parseYarnrcScopes, type ScopeRegistries } from './audit/npmrc.js';

/** What the ingest audit looks at: the merged graph and the facts the scan gathered around it. */
export interface IngestFacts {
  readonly graph: SbomGraph;
  /** Manifests (package.json, pyproject.toml, Pipfile, Cargo.toml, go.mod) the scan found no lockfile for. */
  readonly manifestsWithoutLockfile: readonly string[];
  /** The parsed lockfiles (and workflows) the graph was merged from: their facts (unpinned requirements, action references). */
  readonly parsed?: readonly ParsedLockfile[];
  /** npm scope -> registry mappings from the repository's .npmrc / .yarnrc.yml files. */
  readonly registries?: ScopeRegistries;
  /** Scopes that look internal: the repository owner's ('@octo-org') and any configured; lowercase with '@'. */
  readonly internalScopes?: readonly string[];
  /** File texts (lockfiles, workflows) by relative path, to put findings on their lines. Optional. */
  readonly texts?: ReadonlyMap<string, string>;
}

/**
 * The ingest audit: "know what you ingest". Pure rules over the merged graph and the scan's facts; every
 * finding says what was found, why it matters and what to do, with the file (and line) to change.
 */
export function auditIngest(facts: IngestFacts): Finding[] {
  const texts = facts.texts ?? new Map<string, string>();
  const { components } = facts.graph;
  const parsed = facts.parsed ?? [];
  return sortFindings([
    ...unpinnedActions(components, parsed, texts),
    ...missingLockfiles(facts.manifestsWithoutLockfile),
    ...nonRegistrySources(components, texts),
    ...missingIntegrity(components, texts),
    ...unpinnedRequirements(parsed),
    ...dependencyConfusion({
      components,
      registries: facts.registries ?? { scopes: new Map() },
      internalScopes: facts.internalScopes ?? [],
      texts,
    }),
  ]);
}
