import { randomUUID } from 'node:crypto';
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { contentUuid } from './content-uuid.js';
import { sharedModels, toCdxComponent } from './cyclonedx/component.js';
import { compareStrings } from './merge.js';
import type { SbomGraph } from './model.js';
import { uniqueIds } from './unique-ids.js';

export interface CycloneDxOptions {
  /** Byte-identical output for the same graph: no timestamp (unless given), a serial number derived from the content. */
  readonly reproducible: boolean;
  /** metadata.timestamp; default now, or none in reproducible mode (pass SOURCE_DATE_EPOCH's date to have one). */
  readonly timestamp?: Date;
  readonly toolName: string;
  readonly toolVersion: string;
}

const SERIALIZER = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));

/**
 * The graph as a CycloneDX 1.6 JSON document, built with the CycloneDX library's models and serializer.
 * Every list is put in code-point order before it reaches the library, whose own sorting compares with
 * localeCompare and so could differ between machines; the serializer keeps insertion order. bom-refs are the
 * purls (unique after merging), suffixed `-2`, `-3`... should two ever meet. In reproducible mode the serial
 * number is a UUID v5 of the document's sha256 without it (see contentUuid): remove the serialNumber line from the
 * file and contentUuid of the rest (its final newline aside) gives it back.
 */
export function toCycloneDx(graph: SbomGraph, options: CycloneDxOptions): string {
  const components = [...graph.components].sort((a, b) => compareStrings(a.purl, b.purl));
  // The root's key cannot be a purl, so a component with the root's purl still gets its own (suffixed) ref.
  const rootKey = '\u0000root';
  const refs = uniqueIds([rootKey, ...components.map((c) => c.purl)], (key) => (key === rootKey ? graph.root.purl ?? graph.root.name : key));

  const root = new Models.Component(Enums.ComponentType.Application, graph.root.name, {
    bomRef: refs.get(rootKey) as string,
    ...(graph.root.version !== undefined ? { version: graph.root.version } : {}),
    ...(graph.root.purl !== undefined ? { purl: graph.root.purl } : {}),
  });
  const byKey = new Map<string, Models.Component>([[rootKey, root]]);
  const bom = new Models.Bom();
  const shared = sharedModels();
  for (const c of components) {
    const component = toCdxComponent(c, refs.get(c.purl) as string, shared);
    byKey.set(c.purl, component);
    bom.components.add(component);
  }
  const edges = [...graph.edges].sort((a, b) => compareStrings(a.from, b.from) || compareStrings(a.to, b.to));
  for (const edge of edges) {
    const from = byKey.get(edge.from === graph.root.purl ? rootKey : edge.from);
    const to = byKey.get(edge.to);
    if (from !== undefined && to !== undefined && from !== to) from.dependencies.add(to.bomRef);
  }

  bom.metadata.component = root;
  bom.metadata.tools.components.add(new Models.Component(Enums.ComponentType.Application, options.toolName, { version: options.toolVersion }));
  if (!options.reproducible || options.timestamp !== undefined) bom.metadata.timestamp = options.timestamp ?? new Date();
  if (!options.reproducible) {
    bom.serialNumber = `urn:uuid:${randomUUID()}`;
    return `${SERIALIZER.serialize(bom, { sortLists: false, space: 2 })}\n`;
  }
  return withContentSerialNumber(SERIALIZER.serialize(bom, { sortLists: false, space: 2 }));
}

/**
 * The serial number of a reproducible BOM: a UUID of the document as serialized without one, placed where the
 * serializer puts it (after the top-level `version`), so the document is serialized once, not twice.
 */
function withContentSerialNumber(unnumbered: string): string {
  const versionLine = '\n  "version": 1,\n';
  const at = unnumbered.indexOf(versionLine) + versionLine.length;
  if (at < versionLine.length) throw new Error('internal error: the serialized BOM has no top-level version');
  return `${unnumbered.slice(0, at)}  "serialNumber": "urn:uuid:${contentUuid(unnumbered)}",\n${unnumbered.slice(at)}\n`;
}
