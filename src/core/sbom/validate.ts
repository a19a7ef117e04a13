import { Ajv, type AnySchema, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import type { FieldProblem } from '../errors.js';

/** The official CycloneDX 1.6 JSON schema and the two it refers to, as the CycloneDX library ships them. */
export interface CycloneDxSchemas {
  /** bom-1.6.SNAPSHOT.schema.json (draft-07) */
  readonly bom: AnySchema;
  /** spdx.SNAPSHOT.schema.json: the license ids */
  readonly spdx: AnySchema;
  /** jsf-0.82.SNAPSHOT.schema.json: signatures */
  readonly jsf: AnySchema;
}

/** A validator of a document's JSON text: every problem found, each with its JSON path; empty when valid. */
export type SbomValidator = (json: string) => FieldProblem[];

// ajv-formats is CommonJS: imported from ESM, the plugin is the module's `default` property.
const addFormats = addFormatsModule.default;

/**
 * Validates CycloneDX 1.6 JSON against the official schema, set up as the CycloneDX library's own validator
 * does (strict off for the schema's non-standard keywords, remote refs refused, `iri-reference` accepted as
 * written). `idn-email` gets a plain check (one @, no spaces) instead of ajv-formats-draft2019's, which is not a
 * dependency of this project; chainmail writes no e-mail addresses.
 */
export function cycloneDxValidator(schemas: CycloneDxSchemas): SbomValidator {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    addUsedSchema: false,
    schemas: {
      'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': schemas.spdx,
      'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': schemas.jsf,
    },
    loadSchema: (uri) => Promise.reject(new Error(`remote schemas are refused: ${uri}`)),
  });
  addFormats(ajv);
  linearUniqueItems(ajv);
  ajv.addFormat('iri-reference', true);
  ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/);
  return validatorOf(ajv.compile(schemas.bom));
}

/** Validates SPDX 2.3 JSON against the official schema (spdx/spdx-spec schemas/spdx-schema.json, draft 2019-09). */
export function spdxValidator(schema: AnySchema): SbomValidator {
  const ajv = new Ajv2019({ strict: false, allErrors: true, addUsedSchema: false });
  addFormats(ajv);
  linearUniqueItems(ajv);
  return validatorOf(ajv.compile(schema));
}

/**
 * `uniqueItems` in linear time. ajv compares every pair of items with a deep equality, which takes seconds
 * for a thousand components (CycloneDX's components and dependencies are uniqueItems). Two JSON values are
 * deeply equal exactly when their key-sorted serializations are, so a set of those gives the same answer.
 */
function linearUniqueItems(ajv: Ajv): void {
  ajv.removeKeyword('uniqueItems');
  ajv.addKeyword({
    keyword: 'uniqueItems',
    type: 'array',
    schemaType: 'boolean',
    error: { message: 'must NOT have duplicate items' },
    validate: (unique: boolean, data: readonly unknown[]) => !unique || new Set(data.map(canonical)).size === data.length,
  });
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function validatorOf(validate: ValidateFunction): SbomValidator {
  return (json) => {
    let document: unknown;
    try {
      document = JSON.parse(json);
    } catch (error) {
      return [{ path: '', message: `not JSON: ${(error as Error).message}` }];
    }
    if (validate(document)) return [];
    return (validate.errors ?? []).map(problem);
  };
}

function problem(error: ErrorObject): FieldProblem {
  const path = error.instancePath.replace(/^\//, '').replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.');
  const detail = error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)})`
    : error.keyword === 'enum' ? ` (${JSON.stringify(error.params.allowedValues)})` : '';
  return { path: path || '(document)', message: `${error.message ?? error.keyword}${detail}` };
}
