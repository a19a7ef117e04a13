// The official SBOM schemas, loaded for tests: CycloneDX 1.6 as the CycloneDX library ships it, SPDX 2.3 as
// vendored in test/fixtures/sbom/schemas (see its README).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cycloneDxValidator, spdxValidator, type SbomValidator } from '../../src/core/sbom/validate.js';

const require = createRequire(import.meta.url);
export const CYCLONEDX_SCHEMA_DIR = join(dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema');
export const SPDX_SCHEMA = new URL('../fixtures/sbom/schemas/spdx-2.3.schema.json', import.meta.url).pathname;

const json = (path: string): object => JSON.parse(readFileSync(path, 'utf8')) as object;

let cached: { cyclonedx: SbomValidator; spdx: SbomValidator } | undefined;

export function sbomValidators(): { cyclonedx: SbomValidator; spdx: SbomValidator } {
  cached ??= {
    cyclonedx: cycloneDxValidator({
      bom: json(join(CYCLONEDX_SCHEMA_DIR, 'bom-1.6.SNAPSHOT.schema.json')),
      spdx: json(join(CYCLONEDX_SCHEMA_DIR, 'spdx.SNAPSHOT.schema.json')),
      jsf: json(join(CYCLONEDX_SCHEMA_DIR, 'jsf-0.82.SNAPSHOT.schema.json')),
    }),
    spdx: spdxValidator(json(SPDX_SCHEMA)),
  };
  return cached;
}
