import { randomUUID } from 'node:crypto';
import { contentUuid } from './content-uuid.js';
import { compareStrings } from './merge.js';
import type { SbomGraph } from './model.js';
import { idString, packageIds, ROOT_PREFIX } from './spdx/ids.js';
import { purlRef, toSpdxPackage, type SpdxPackage } from './spdx/package.js';

export interface SpdxOptions {
  /** Byte-identical output for the same graph: a fixed `created`, a namespace derived from the content. */
  readonly reproducible: boolean;
  /**
   * creationInfo.created, which SPDX requires. Default: now; in reproducible mode 1970-01-01T00:00:00Z (callers
   * pass SOURCE_DATE_EPOCH's date when it is set, as reproducible-builds.org asks).
   */
  readonly created?: Date;
  /** Default: https://spdx.org/spdxdocs/chainmail-<root>-<uuid>, the uuid random, or from the content when reproducible. */
  readonly documentNamespace?: string;
  readonly toolVersion: string;
}

interface Relationship {
  readonly spdxElementId: string;
  readonly relationshipType: string;
  readonly relatedSpdxElement: string;
}

const DOCUMENT = 'SPDXRef-DOCUMENT';
/** What stands for the namespace while the content it is derived from is hashed. */
const NAMESPACE_PLACEHOLDER = 'urn:chainmail:document-namespace';

/**
 * The graph as an SPDX 2.3 JSON document. Relationships: the document DESCRIBES the root; every edge of the
 * graph is `from DEPENDS_ON to` (the root DEPENDS_ON its direct dependencies); and, since SPDX packages have no
 * scope, each optional component is OPTIONAL_DEPENDENCY_OF the root and each excluded (development-only) one is
 * DEV_DEPENDENCY_OF the root, SPDX 2.3's relationship types for what CycloneDX calls scope. Packages and
 * relationships follow the purls' code-point order, so the same graph always gives the same bytes in reproducible mode,
 * whose namespace ends in contentUuid of the document with `urn:chainmail:document-namespace` as its namespace.
 */
export function toSpdx(graph: SbomGraph, options: SpdxOptions): string {
  const components = [...graph.components].sort((a, b) => compareStrings(a.purl, b.purl));
  const ids = packageIds(components);
  const rootId = `${ROOT_PREFIX}${idString(graph.root.name) || 'project'}`;
  const idOf = (purl: string): string | undefined => (purl === graph.root.purl ? rootId : ids.get(purl));

  const rootPackage: SpdxPackage = {
    SPDXID: rootId,
    name: graph.root.name,
    ...(graph.root.version !== undefined ? { versionInfo: graph.root.version } : {}),
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    ...(graph.root.purl !== undefined ? { externalRefs: [purlRef(graph.root.purl)] } : {}),
    primaryPackagePurpose: 'APPLICATION',
  };
  // In the graph's order (edges by from and to purl, then components by purl): deterministic without a sort.
  const relationships: Relationship[] = [];
  const edges = [...graph.edges].sort((a, b) => compareStrings(a.from, b.from) || compareStrings(a.to, b.to));
  for (const edge of edges) {
    const [from, to] = [idOf(edge.from), ids.get(edge.to)];
    if (from !== undefined && to !== undefined && from !== to) relationships.push({ spdxElementId: from, relationshipType: 'DEPENDS_ON', relatedSpdxElement: to });
  }
  for (const c of components) {
    const type = c.scope === 'excluded' ? 'DEV_DEPENDENCY_OF' : c.scope === 'optional' ? 'OPTIONAL_DEPENDENCY_OF' : undefined;
    if (type !== undefined) relationships.push({ spdxElementId: ids.get(c.purl) as string, relationshipType: type, relatedSpdxElement: rootId });
  }

  const created = options.created ?? (options.reproducible ? new Date(0) : new Date());
  const name = graph.root.version !== undefined ? `${graph.root.name}@${graph.root.version}` : graph.root.name;
  const document = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: DOCUMENT,
    name,
    documentNamespace: NAMESPACE_PLACEHOLDER, // replaced in the text below: the document is serialized once
    creationInfo: { created: spdxDate(created), creators: [`Tool: chainmail-${options.toolVersion}`] },
    packages: [rootPackage, ...components.map((c) => toSpdxPackage(c, ids.get(c.purl) as string))],
    relationships: [{ spdxElementId: DOCUMENT, relationshipType: 'DESCRIBES', relatedSpdxElement: rootId }, ...relationships],
  };
  const text = JSON.stringify(document, null, 2);
  const uuid = options.reproducible ? contentUuid(text) : randomUUID();
  const namespace = options.documentNamespace ?? `https://spdx.org/spdxdocs/chainmail-${idString(graph.root.name) || 'project'}-${uuid}`;
  // The placeholder's first occurrence is the namespace's own: it comes before any package or relationship.
  return `${text.replace(JSON.stringify(NAMESPACE_PLACEHOLDER), () => JSON.stringify(namespace))}\n`;
}

/** SPDX wants UTC to the second: 2024-05-01T12:00:00Z. */
function spdxDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
