import { uniteHashes } from '../../integrity.js';
import type { Component, DependencyEdge, Scope } from '../../model.js';

const STRENGTH: Readonly<Record<Scope, number>> = { required: 2, optional: 1, excluded: 0 };

/**
 * Collects one lockfile's components and edges. A package a lockfile lists more than once (several copies in
 * node_modules, several peer variants in pnpm) is one component: the strongest scope and `direct` win, hashes
 * are united, the first license and resolution stay. Edges are deduplicated. Linear in what is added.
 */
export class GraphBuilder {
  private readonly components = new Map<string, Component>();
  // Targets per source: a short array (packages have few dependencies; a Set each costs more memory and time).
  private readonly targets = new Map<string, string[] | Set<string>>();
  private readonly edges: DependencyEdge[] = [];

  add(component: Component): string {
    const seen = this.components.get(component.purl);
    if (seen === undefined) {
      this.components.set(component.purl, component);
      return component.purl;
    }
    const stronger = STRENGTH[component.scope] > STRENGTH[seen.scope];
    const properties = uniteProperties(seen.properties, component.properties);
    this.components.set(component.purl, {
      ...seen,
      scope: stronger ? component.scope : seen.scope,
      direct: seen.direct || component.direct,
      hashes: uniteHashes(seen.hashes, component.hashes),
      ...(seen.license === undefined && component.license !== undefined ? { license: component.license } : {}),
      ...(seen.resolved === undefined && component.resolved !== undefined ? { resolved: component.resolved } : {}),
      ...(properties === undefined ? {} : { properties }),
    });
    return component.purl;
  }

  has(purl: string): boolean {
    return this.components.has(purl);
  }

  markDirect(purl: string): void {
    const seen = this.components.get(purl);
    if (seen !== undefined && !seen.direct) this.components.set(purl, { ...seen, direct: true });
  }

  edge(from: string, to: string): void {
    const seen = this.targets.get(from);
    if (seen === undefined) this.targets.set(from, [to]);
    else if (Array.isArray(seen)) {
      if (seen.includes(to)) return;
      if (seen.length < 32) seen.push(to);
      else this.targets.set(from, new Set([...seen, to]));
    } else {
      if (seen.has(to)) return;
      seen.add(to);
    }
    this.edges.push({ from, to });
  }

  build(): { components: Component[]; edges: DependencyEdge[] } {
    return { components: [...this.components.values()], edges: this.edges };
  }
}

function uniteProperties(a: Component['properties'], b: Component['properties']): Component['properties'] {
  if (a === undefined || b === undefined) return a ?? b;
  const united = [...a];
  for (const p of b) if (!united.some((u) => u.name === p.name && u.value === p.value)) united.push(p);
  return united;
}
