// Subpath imports: the package's index also loads its validators, whose optional plugins (ajv-formats-draft2019,
// and through it node's deprecated punycode) would be bundled and warn at run time.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as License from '@cyclonedx/cyclonedx-library/Contrib/License';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import parseSpdxExpression from 'spdx-expression-parse';
import type { Component, ComponentHash, Ecosystem } from '../model.js';

/** Single SPDX ids become SpdxLicense, compound expressions LicenseExpression (the library's own choice). */
const LICENSES = new License.Factories.LicenseFactory((expression: string) => void parseSpdxExpression(expression));

const TYPE: Readonly<Record<Ecosystem, Enums.ComponentType>> = {
  npm: Enums.ComponentType.Library,
  pypi: Enums.ComponentType.Library,
  golang: Enums.ComponentType.Library,
  cargo: Enums.ComponentType.Library,
  // An action is a program a workflow runs, not code linked into the product.
  github: Enums.ComponentType.Application,
};

/** A CycloneDX component for one of the graph's, with the bom-ref the writer chose for it. */
export function toCdxComponent(c: Component, bomRef: string, shared: SharedModels = sharedModels()): Models.Component {
  const component = new Models.Component(TYPE[c.ecosystem], c.name, {
    bomRef,
    version: c.version,
    purl: c.purl,
    scope: c.scope as Enums.ComponentScope,
    ...(c.namespace !== undefined ? { group: c.namespace } : {}),
  });
  addHashes(component.hashes, c.hashes);
  if (c.license !== undefined && c.license !== '') component.licenses.add(licenseOf(c.license, shared));
  for (const reference of externalReferences(c)) component.externalReferences.add(reference);
  for (const [name, value] of properties(c)) component.properties.add(propertyOf(name, value, shared));
  return component;
}

type LicenseModel = ReturnType<typeof LICENSES.makeFromString>;

/**
 * Models that many components of one document have alike, made once and shared (models are only read, by the
 * serializer): a lockfile names a few dozen licenses for a thousand packages, and most components carry the same
 * source and lockfile properties. Parsing each license expression once is a tenth of writing a large SBOM.
 */
export interface SharedModels {
  readonly licenses: Map<string, LicenseModel>;
  readonly properties: Map<string, Models.Property>;
}

export function sharedModels(): SharedModels {
  return { licenses: new Map(), properties: new Map() };
}

function licenseOf(expression: string, shared: SharedModels): LicenseModel {
  let model = shared.licenses.get(expression);
  if (model === undefined) shared.licenses.set(expression, (model = LICENSES.makeFromString(expression)));
  return model;
}

function propertyOf(name: string, value: string, shared: SharedModels): Models.Property {
  const key = `${name}\n${value}`;
  let model = shared.properties.get(key);
  if (model === undefined) shared.properties.set(key, (model = new Models.Property(name, value)));
  return model;
}

function addHashes(into: Models.HashDictionary, hashes: readonly ComponentHash[]): void {
  for (const h of hashes) into.set(h.algorithm as Enums.HashAlgorithm, h.hex);
}

/**
 * Where it was resolved from: a registry or tarball URL is its distribution, a git URL its vcs. Each artifact a
 * lockfile accepts for it (a Python release's sdist and wheels) is a distribution with that artifact's hashes.
 */
function externalReferences(c: Component): Models.ExternalReference[] {
  const references: Models.ExternalReference[] = [];
  if (c.resolved !== undefined && c.resolved !== '') {
    if (c.source === 'registry' || c.source === 'tarball') references.push(new Models.ExternalReference(c.resolved, Enums.ExternalReferenceType.Distribution));
    if (c.source === 'git') references.push(new Models.ExternalReference(c.resolved, Enums.ExternalReferenceType.VCS));
  }
  for (const d of c.distributions ?? []) {
    const reference = new Models.ExternalReference(d.name ?? c.resolved ?? c.purl, Enums.ExternalReferenceType.Distribution, {
      comment: 'an artifact the lockfile accepts for this version',
    });
    addHashes(reference.hashes, d.hashes);
    references.push(reference);
  }
  return references;
}

/** What CycloneDX has no field for, under chainmail's namespace (CycloneDX property taxonomy convention). */
function properties(c: Component): [string, string][] {
  const result: [string, string][] = [['chainmail:source', c.source], ['chainmail:lockfile', c.lockfile]];
  if (c.direct) result.push(['chainmail:direct', 'true']);
  const isLocation = c.source === 'path' || c.source === 'workspace' || c.source === 'unknown';
  if (isLocation && c.resolved !== undefined && c.resolved !== '') result.push(['chainmail:resolved', c.resolved]);
  for (const p of c.properties ?? []) result.push([p.name, p.value]);
  return result;
}
