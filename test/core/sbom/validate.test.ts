import { describe, expect, it } from '@jest/globals';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isChainmailError } from '../../../src/core/errors.js';
import { toCycloneDx } from '../../../src/core/sbom/cyclonedx.js';
import { mergeLockfiles } from '../../../src/core/sbom/merge.js';
import type { Ecosystem } from '../../../src/core/sbom/model.js';
import { lockfileKind } from '../../../src/core/sbom/parsers/index.js';
import { toSpdx } from '../../../src/core/sbom/spdx.js';
import { sbomValidators } from '../../support/sbom-schemas.js';
import { lockfile, npm } from './graph-builders.js';

const FIXTURES = new URL('../../fixtures/sbom/', import.meta.url).pathname;
const ROOT = { name: 'app', version: '1.0.0', purl: 'pkg:npm/app@1.0.0' };

/** Every file under test/fixtures/sbom the lockfile registry recognizes (the schemas aside). */
function lockfileFixtures(dir = FIXTURES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'schemas' || entry.name === 'node_modules' ? [] : lockfileFixtures(path);
    return lockfileKind(relative(FIXTURES, path)) !== undefined ? [path] : [];
  });
}

describe('SBOM validation against the official schemas', () => {
  const { cyclonedx, spdx } = sbomValidators();
  const sample = mergeLockfiles([lockfile('package-lock.json', [npm('a', '1.0.0', { direct: true, license: 'MIT' }), npm('b', '2.0.0', { scope: 'excluded' })])], ROOT);

  it('reports each schema problem of a CycloneDX document with its path', () => {
    const bom = JSON.parse(toCycloneDx(sample, { reproducible: true, toolName: 'chainmail', toolVersion: '0.1.0' })) as { components: Record<string, unknown>[]; specVersion?: string };
    expect(cyclonedx(JSON.stringify(bom))).toEqual([]);
    (bom.components[0] as Record<string, unknown>).scope = 'dev';
    delete bom.specVersion;
    const problems = cyclonedx(JSON.stringify(bom));
    expect(problems).toEqual(expect.arrayContaining([
      { path: '(document)', message: "must have required property 'specVersion'" },
      expect.objectContaining({ path: 'components[0].scope' }),
    ]));
    expect(cyclonedx('{not json')).toEqual([{ path: '', message: expect.stringContaining('not JSON') }]);
  });

  it('finds duplicate items (uniqueItems) in linear time, key order aside', () => {
    const bom = JSON.parse(toCycloneDx(sample, { reproducible: true, toolName: 'chainmail', toolVersion: '0.1.0' })) as { components: Record<string, unknown>[] };
    const reordered = Object.fromEntries(Object.entries(bom.components[0] as Record<string, unknown>).reverse());
    bom.components.push(reordered);
    expect(cyclonedx(JSON.stringify(bom))).toEqual([{ path: 'components', message: 'must NOT have duplicate items' }]);
  });

  it('agrees with the CycloneDX library\'s own strict validator', async () => {
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
    const text = toCycloneDx(sample, { reproducible: false, toolName: 'chainmail', toolVersion: '0.1.0' });
    expect(await validator.validate(text)).toBeNull();
    expect(await validator.validate(text.replace('"scope": "excluded"', '"scope": "dev"'))).not.toBeNull();
  });

  it('reports each schema problem of an SPDX document with its path', () => {
    const doc = JSON.parse(toSpdx(sample, { reproducible: true, toolVersion: '0.1.0' })) as Record<string, unknown> & { relationships: Record<string, unknown>[] };
    expect(spdx(JSON.stringify(doc))).toEqual([]);
    delete doc.creationInfo;
    (doc.relationships[0] as Record<string, unknown>).relationshipType = 'USES';
    expect(spdx(JSON.stringify(doc))).toEqual(expect.arrayContaining([
      { path: '(document)', message: "must have required property 'creationInfo'" },
      expect.objectContaining({ path: 'relationships[0].relationshipType' }),
    ]));
  });

  // Discovered by walking the fixtures, so every lockfile fixture a parser's tests add is covered here too.
  it('validates both documents of every lockfile fixture', async () => {
    const validated = new Set<Ecosystem>();
    for (const path of lockfileFixtures()) {
      const name = relative(FIXTURES, path);
      const kind = lockfileKind(name);
      if (kind === undefined) continue;
      const manifestPath = kind.manifest === undefined ? undefined : join(dirname(path), kind.manifest);
      const manifest = manifestPath !== undefined && existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : undefined;
      let parsed;
      try {
        parsed = (await kind.load())(readFileSync(path, 'utf8'), name, manifest);
      } catch (error) {
        // Fixtures of malformed or unsupported lockfiles, for the parsers' error tests.
        if (isChainmailError(error) && (error.code === 'LOCKFILE_INVALID' || error.code === 'LOCKFILE_UNSUPPORTED')) {
          continue;
        }
        throw error;
      }
      const graph = mergeLockfiles([parsed], parsed.root ?? { name: 'fixture' });
      const bom = toCycloneDx(graph, { reproducible: true, toolName: 'chainmail', toolVersion: '0.1.0' });
      const doc = toSpdx(graph, { reproducible: true, toolVersion: '0.1.0' });
      expect({ name, problems: cyclonedx(bom) }).toEqual({ name, problems: [] });
      expect({ name, problems: spdx(doc) }).toEqual({ name, problems: [] });
      if (graph.components.length > 0) validated.add(kind.ecosystem);
    }
    expect([...validated].sort()).toEqual(['cargo', 'github', 'golang', 'npm', 'pypi']);
  });
});
