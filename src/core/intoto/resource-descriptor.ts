// ResourceDescriptor validation per in-toto spec/v1/resource_descriptor.md.
import type { FieldProblem } from '../errors.js';
import { validateDigestSet } from './digest-set.js';
import { childPath, describeJson, isAbsent, isJsonObject } from './json-shape.js';
import type { ResourceDescriptor } from './types.js';
import { isUri } from './uri.js';

export interface DescriptorRules {
  /** Statement subjects MUST have a digest (statement.md); other uses only need one of uri/digest/content. */
  readonly requireDigest?: boolean;
}

// Standard or URL-safe base64 (protobuf JSON accepts both), padding optional.
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** Every problem with the descriptor at `path` (e.g. `subject[0]`). */
export function validateResourceDescriptor(value: unknown, path: string, rules: DescriptorRules = {}): FieldProblem[] {
  if (!isJsonObject(value)) return [{ path, message: `must be an object, not ${describeJson(value)}` }];
  const problems: FieldProblem[] = [];
  const at = (key: string) => childPath(path, key);
  const { name, uri, digest, content, downloadLocation, mediaType, annotations } = value;

  if (!isAbsent(name) && typeof name !== 'string') problems.push({ path: at('name'), message: 'must be a string' });
  if (!isAbsent(uri) && !isUri(uri)) problems.push({ path: at('uri'), message: 'must be a URI with a scheme' });
  if (!isAbsent(digest)) problems.push(...validateDigestSet(digest, at('digest')));
  if (!isAbsent(content) && (typeof content !== 'string' || !BASE64.test(content))) {
    problems.push({ path: at('content'), message: 'must be a base64 string' });
  }
  if (!isAbsent(downloadLocation) && !isUri(downloadLocation)) {
    problems.push({ path: at('downloadLocation'), message: 'must be a URI with a scheme' });
  }
  if (!isAbsent(mediaType) && (typeof mediaType !== 'string' || mediaType === '')) {
    problems.push({ path: at('mediaType'), message: 'must be a non-empty string' });
  }
  if (!isAbsent(annotations) && !isJsonObject(annotations)) {
    problems.push({ path: at('annotations'), message: `must be an object, not ${describeJson(annotations)}` });
  }

  if (rules.requireDigest === true && isAbsent(digest)) {
    problems.push({ path: at('digest'), message: 'is required' });
  } else if (isAbsent(uri) && isAbsent(digest) && isAbsent(content)) {
    problems.push({ path, message: 'must have at least one of uri, digest or content' });
  }
  return problems;
}

const KEYS = ['name', 'uri', 'digest', 'content', 'downloadLocation', 'mediaType', 'annotations'] as const;

/** The known fields of an already validated descriptor; unknown fields are dropped, as readers ignore them. */
export function pickResourceDescriptor(value: Record<string, unknown>): ResourceDescriptor {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    if (!isAbsent(value[key])) out[key] = value[key];
  }
  return out as ResourceDescriptor;
}
