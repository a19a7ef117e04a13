import { describe, expect, it } from '@jest/globals';
import { pickResourceDescriptor, validateResourceDescriptor } from '../../../src/core/intoto/resource-descriptor.js';
import { paths } from './helpers.js';

const sha256 = 'fe4fe40ac7250263c5dbe1cf3138912f3f416140aa248637a60d65fe22c47da4';

describe('validateResourceDescriptor', () => {
  it('accepts each of uri, digest or content alone', () => {
    expect(validateResourceDescriptor({ uri: 'https://cloudbuild.googleapis.com/GoogleHostedWorker@v1' }, 'r')).toEqual([]);
    expect(validateResourceDescriptor({ digest: { sha256 } }, 'r')).toEqual([]);
    expect(validateResourceDescriptor({ content: 'eyAicmVzdWx0IjogIlNVQ0NFU1MiIH0=' }, 'r')).toEqual([]);
  });

  it('accepts the spec example with every field', () => {
    const full = {
      name: 'gcc.intoto.json',
      uri: 'pkg:deb/debian/stunnel@5.50-3?arch=amd64',
      digest: { sha256 },
      content: 'AAEC',
      downloadLocation: 'http://example.com/gcc.intoto.json',
      mediaType: 'application/x.dsse+json',
      annotations: { twoPartyReview: false, nested: { a: [1, null] } },
    };
    expect(validateResourceDescriptor(full, 'r')).toEqual([]);
  });

  it('requires one of uri, digest or content', () => {
    expect(validateResourceDescriptor({ name: 'x' }, 'materials[1]')).toEqual([
      { path: 'materials[1]', message: 'must have at least one of uri, digest or content' },
    ]);
  });

  it('requires a digest when the context does (statement subjects)', () => {
    expect(validateResourceDescriptor({ uri: 'https://x.example/a' }, 'subject[0]', { requireDigest: true })).toEqual([
      { path: 'subject[0].digest', message: 'is required' },
    ]);
  });

  it('reports every bad field at once', () => {
    const bad = {
      name: 3, uri: 'not a uri', digest: { sha256: 'XYZ' }, content: 'not base64!', downloadLocation: '/tmp/x',
      mediaType: '', annotations: [1],
    };
    expect(paths(validateResourceDescriptor(bad, 'subject[0]'))).toEqual([
      'subject[0].name', 'subject[0].uri', 'subject[0].digest.sha256', 'subject[0].content',
      'subject[0].downloadLocation', 'subject[0].mediaType', 'subject[0].annotations',
    ]);
  });

  it('treats null as absent, as protobuf JSON readers do', () => {
    expect(validateResourceDescriptor({ name: null, digest: { sha256 }, annotations: null }, 'r')).toEqual([]);
  });

  it('rejects a descriptor that is not an object', () => {
    expect(validateResourceDescriptor('sha256:abc', 'subject[3]')).toEqual([
      { path: 'subject[3]', message: 'must be an object, not a string' },
    ]);
  });
});

describe('pickResourceDescriptor', () => {
  it('keeps the known fields and drops unknown and null ones', () => {
    expect(pickResourceDescriptor({ name: 'a', digest: { sha256 }, uri: null, extension: 1 })).toEqual({ name: 'a', digest: { sha256 } });
  });
});
