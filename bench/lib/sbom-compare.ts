// Components of CycloneDX documents from different tools, compared by purl without qualifiers (npm sbom and
// cyclonedx-npm add their own, such as vcs_url or download_url), so the timings compare equal work.

interface CycloneDxComponent {
  readonly purl?: string;
  readonly components?: readonly CycloneDxComponent[];
}

/** Every component's purl (nested ones included), without qualifiers or subpath, decoded. */
export function componentKeys(bom: { components?: readonly CycloneDxComponent[] }): Set<string> {
  const keys = new Set<string>();
  const visit = (list: readonly CycloneDxComponent[] = []) => {
    for (const c of list) {
      if (c.purl) keys.add(decodeURIComponent(c.purl.replace(/[?#].*$/, '')));
      visit(c.components);
    }
  };
  visit(bom.components);
  return keys;
}

export function sameSet(left: ReadonlySet<string>, right: ReadonlySet<string>): { same: boolean; onlyLeft: string[]; onlyRight: string[] } {
  const onlyLeft = [...left].filter((k) => !right.has(k)).sort();
  const onlyRight = [...right].filter((k) => !left.has(k)).sort();
  return { same: onlyLeft.length === 0 && onlyRight.length === 0, onlyLeft, onlyRight };
}
