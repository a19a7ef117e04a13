import type { Ecosystem, SbomGraph, Scope } from '../../core/sbom/model.js';

export type ScopeCounts = Record<Scope | 'total', number>;

/** Components per ecosystem and scope, ecosystems in name order. */
export function countByEcosystem(graph: SbomGraph): [Ecosystem, ScopeCounts][] {
  const counts = new Map<Ecosystem, ScopeCounts>();
  for (const c of graph.components) {
    const row = counts.get(c.ecosystem) ?? { required: 0, optional: 0, excluded: 0, total: 0 };
    row[c.scope]++;
    row.total++;
    counts.set(c.ecosystem, row);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}

/** License expressions by how many components carry them, most first; components without one under `undefined`. */
export function countLicenses(graph: SbomGraph): { licenses: [string, number][]; unknown: number } {
  const counts = new Map<string, number>();
  let unknown = 0;
  for (const c of graph.components) {
    if (c.license) counts.set(c.license, (counts.get(c.license) ?? 0) + 1);
    else unknown++;
  }
  return { licenses: [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)), unknown };
}
