import type { Component } from '../model.js';
import { componentLabel, type Finding } from './finding.js';
import { lineOfFirst } from './locate.js';
import type { ScopeRegistries } from './npmrc.js';

/** The public npm registry under its names (yarn v1 writes registry.yarnpkg.com). */
const PUBLIC_REGISTRY_HOSTS = new Set(['registry.npmjs.org', 'registry.npmjs.com', 'registry.yarnpkg.com']);

export interface ConfusionFacts {
  readonly components: readonly Component[];
  readonly registries: ScopeRegistries;
  /** Scopes that name the organization's own packages ('@corp'), lowercase: the repository owner's, or configured. */
  readonly internalScopes: readonly string[];
  readonly texts: ReadonlyMap<string, string>;
}

/**
 * Dependency confusion in npm scopes. Two cases:
 * - a scope the configuration maps to a registry, yet the lockfile resolved the package from another host:
 *   the package that was installed is not the one from your registry;
 * - an internal-looking scope with no mapping whose package resolves from the public registry: an install
 *   asks npmjs.com for it, where anyone who registers the scope can publish under that name.
 */
export function dependencyConfusion(facts: ConfusionFacts): Finding[] {
  const internal = new Set(facts.internalScopes.map((s) => s.toLowerCase()));
  const defaultHost = hostOf(facts.registries.defaultRegistry);
  const findings: Finding[] = [];
  for (const c of facts.components) {
    if (c.ecosystem !== 'npm' || !c.namespace || c.source !== 'registry') continue;
    const scope = c.namespace.toLowerCase();
    const label = componentLabel(c);
    const host = hostOf(c.resolved) ?? defaultHost ?? 'registry.npmjs.org';
    const mapped = facts.registries.scopes.get(scope);
    let message: string | undefined;
    if (mapped !== undefined) {
      const mappedHost = hostOf(mapped);
      if (mappedHost && hostOf(c.resolved) && host !== mappedHost) {
        message = `${label} ${c.version} was resolved from ${host} although the npm configuration maps ${scope} to ${mappedHost}: check that package and regenerate the lockfile against your registry`;
      }
    } else if (internal.has(scope) && PUBLIC_REGISTRY_HOSTS.has(host)) {
      message = `${label} ${c.version} is in ${scope}, an internal-looking scope with no registry mapping, and resolves from the public registry (${host}): unless your organization owns ${scope} on npmjs.com, map it in .npmrc (${scope}:registry=https://<your registry>/)`;
    }
    if (!message) continue;
    const line = lineOfFirst(facts.texts.get(c.lockfile), [c.resolved, `node_modules/${label}"`, `"${label}@`, `${label}@${c.version}`]);
    findings.push({ rule: 'dependency-confusion', severity: 'high', message, file: c.lockfile, ...(line !== undefined ? { line } : {}), component: c.purl });
  }
  return findings;
}

/** The host of an http(s) URL; undefined for anything else (including `${VAR}` placeholders). */
function hostOf(url: string | undefined): string | undefined {
  if (!url || url.includes('${')) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
