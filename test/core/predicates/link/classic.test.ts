import { describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import { ChainmailError } from '../../../../src/core/errors.js';
import {
  buildClassicLink,
  canonicalJson,
  classicLinkText,
  keyIdOf,
  linkFileName,
  schemeDigest,
  securesystemslibPublicKey,
  signClassicLink,
} from '../../../../src/core/predicates/link/classic.js';
import { sortedJsonText } from '../../../../src/core/predicates/link/sorted-json-text.js';

// Expected values computed with the reference, securesystemslib 0.26 (Debian's python3-securesystemslib):
// formats.encode_canonical(...) and keys._get_keyid(keytype, scheme, {'public': ...}).
const ED25519_SEED = Buffer.alloc(32, 7);
const ED25519_PUBLIC_HEX = 'ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c';
const ED25519_KEYID = 'eab68a81e62173a71a44258d69ff4876569e173ae1d73ce908b7c8079b744ada';
const P256_PEM = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiAWIJPZ/2tjKQDkANLnDKu+TQKKg
SFSGdQZRlB7DGbWkz+Mslm4dldg3Tkfj2tdJb2Ix+O35DbYHxIoR6PuJfw==
-----END PUBLIC KEY-----
`;
const P256_KEYID = '167d1bed1875e67f3263fdc156f9233b336d1693e5cb32ff8e8bd67ce50fcb5c';
const P384_PEM = `-----BEGIN PUBLIC KEY-----
MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEbQfP57+rOqKuzLQToyMa58mii+5lmzEZ
fmprog2UVbbHjwAF0UYwGkgTnztc1vscN0Vvf1zrEHoxc/HLHDsSViUPhsyqcneI
dQPaeoY4dEOuQlSURUGojd3sV+4A+X7r
-----END PUBLIC KEY-----
`;
const P384_KEYID = '37c58d608f1b2010c1f45019213d612d7f19712cf19523d23c1c3f36abe3b62b';

const ed25519Private = (): crypto.KeyObject =>
  crypto.createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), ED25519_SEED]), format: 'der', type: 'pkcs8' });

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChainmailError);
    return (error as ChainmailError).code;
  }
  throw new Error('expected a ChainmailError');
}

const sha = (c: string): { sha256: string } => ({ sha256: c.repeat(64) });

describe('canonicalJson (securesystemslib encode_canonical)', () => {
  it('sorts keys by code point, escapes only quote and backslash, writes no whitespace', () => {
    const value = { z: [1, -2, 0, true, false, null, ''], b: 'tab\there "q" back\\slash é 😀', '😀': 1, '\uffff': 2, a: { y: {}, x: [] } };
    expect(canonicalJson(value)).toBe('{"a":{"x":[],"y":{}},"b":"tab\there \\"q\\" back\\\\slash é 😀","z":[1,-2,0,true,false,null,""],"\uffff":2,"😀":1}');
  });

  it('orders keys above U+FFFF after U+E000..U+FFFF, by code point as Python sorts', () => {
    const keys = ['\u{1F600}', '\uFFFF', '\u{10000}', 'a', '\uE000', '\uD7FF'];
    const encoded = canonicalJson(Object.fromEntries(keys.map((k) => [k, 0])));
    expect(encoded).toBe(`{${['a', '\uD7FF', '\uE000', '\uFFFF', '\u{10000}', '\u{1F600}'].map((k) => `"${k}":0`).join(',')}}`);
  });

  it('encodes big integers exactly and refuses what Python would not sign alike', () => {
    expect(canonicalJson({ n: 12345678901234567890n })).toBe('{"n":12345678901234567890}');
    expect(codeOf(() => canonicalJson({ f: 1.5 }))).toBe('STATEMENT_INVALID');
    expect(codeOf(() => canonicalJson({ u: undefined }))).toBe('STATEMENT_INVALID');
    expect(codeOf(() => canonicalJson(['\ud800']))).toBe('STATEMENT_INVALID');
    expect(codeOf(() => canonicalJson(new Date(0)))).toBe('STATEMENT_INVALID');
    expect(() => canonicalJson(2 ** 60)).toThrow(/only integers/);
  });

  it('encodes a document already in order the same way, though JSON.stringify would not', () => {
    // In order, these take the native path unless the encoder spots why JSON.stringify's text is not canonical.
    expect(canonicalJson({ a: 'ctl \u0001\n', b: 'back\\nslash "q"' })).toBe('{"a":"ctl \u0001\n","b":"back\\\\nslash \\"q\\""}');
    expect(canonicalJson({ 10: 'ten', 9: 'nine' })).toBe('{"10":"ten","9":"nine"}'); // JS enumerates 9 first
    expect(canonicalJson({ a: [{ b: 1, c: [null, false] }], d: 12345678901234567890n })).toBe('{"a":[{"b":1,"c":[null,false]}],"d":12345678901234567890}');
    expect(canonicalJson({ a: 1, '\uFFFF': 2, '\u{1F600}': 3 })).toBe('{"a":1,"\uFFFF":2,"\u{1F600}":3}');
    expect(codeOf(() => canonicalJson({ a: 'ok', b: 'lone \udc00' }))).toBe('STATEMENT_INVALID');
    expect(codeOf(() => canonicalJson({ a: 1, b: 0.5 }))).toBe('STATEMENT_INVALID');
    expect(codeOf(() => canonicalJson({ a: 1, b: undefined }))).toBe('STATEMENT_INVALID');
    expect(codeOf(() => canonicalJson({ a: [() => 1] }))).toBe('STATEMENT_INVALID');
    expect(codeOf(() => canonicalJson({ a: { toJSON: () => 'x' } }))).toBe('STATEMENT_INVALID');
  });

  it('names where the value it cannot encode sits, deep in a large document', () => {
    const materials = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${i}.js`, { sha256: 'ab' }]));
    expect(() => canonicalJson({ materials: { ...materials, 'bad.js': { size: 1.5 } } }))
      .toThrow('canonical JSON cannot encode the number 1.5 (only integers are canonical) at $.materials.bad.js.size');
    expect(() => canonicalJson({ list: ['ok', 'lone \udc00'] })).toThrow('canonical JSON cannot encode a string with a lone surrogate at $.list[1]');
  });
});

describe('securesystemslib keys and keyids', () => {
  it('gives an ed25519 key as hex of its raw bytes, with the keyid securesystemslib computes', () => {
    const key = securesystemslibPublicKey(crypto.createPublicKey(ed25519Private()));
    expect(key).toEqual({ keytype: 'ed25519', scheme: 'ed25519', keyid_hash_algorithms: ['sha256', 'sha512'], keyval: { public: ED25519_PUBLIC_HEX } });
    expect(keyIdOf(key)).toBe(ED25519_KEYID);
  });

  it('gives ECDSA keys as their SPKI PEM with the nistp256 / nistp384 scheme', () => {
    const p256 = securesystemslibPublicKey(P256_PEM);
    expect(p256).toMatchObject({ keytype: 'ecdsa', scheme: 'ecdsa-sha2-nistp256', keyval: { public: P256_PEM } });
    expect(keyIdOf(p256)).toBe(P256_KEYID);
    const p384 = securesystemslibPublicKey(P384_PEM);
    expect(p384.scheme).toBe('ecdsa-sha2-nistp384');
    expect(keyIdOf(p384)).toBe(P384_KEYID);
  });

  it('hashes the same dict whatever keyid_hash_algorithms the key carries, as securesystemslib does', () => {
    const key = securesystemslibPublicKey(P256_PEM);
    expect(keyIdOf({ ...key, keyid_hash_algorithms: ['sha512'] } as typeof key)).toBe(P256_KEYID);
  });

  it('refuses RSA, other curves and garbage with KEY_INVALID, without quoting the key', () => {
    const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const k1 = crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey;
    expect(codeOf(() => securesystemslibPublicKey(rsa))).toBe('KEY_INVALID');
    expect(() => securesystemslibPublicKey(k1)).toThrow(/unsupported key type ECDSA on secp256k1/);
    expect(codeOf(() => securesystemslibPublicKey('-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----'))).toBe('KEY_INVALID');
    let message = '';
    try {
      securesystemslibPublicKey(rsa);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^unsupported key type rsa/);
    expect(message).not.toContain(rsa.split('\n')[1]!.slice(0, 16));
  });

  it('names the digest each scheme signs with', () => {
    expect([schemeDigest('ed25519'), schemeDigest('ecdsa-sha2-nistp256'), schemeDigest('ecdsa-sha2-nistp384')]).toEqual([null, 'sha256', 'sha384']);
  });
});

describe('classic links', () => {
  const link = buildClassicLink({
    name: 'build',
    command: ['make', 'all'],
    materials: { 'src/a.c': sha('a') },
    products: { 'out/a': sha('b') },
    byproducts: { 'return-value': 0, stdout: '', stderr: '' },
  });

  it('has the fields of in-toto-python 1.x Link, environment and byproducts defaulting to {}', () => {
    expect(link).toEqual({
      _type: 'link', name: 'build', command: ['make', 'all'], materials: { 'src/a.c': sha('a') }, products: { 'out/a': sha('b') },
      byproducts: { 'return-value': 0, stdout: '', stderr: '' }, environment: {},
    });
    expect(buildClassicLink({ name: 'x', command: [], materials: {}, products: {} })).toMatchObject({ byproducts: {}, environment: {} });
  });

  it('puts every part in code-point order, copying only the parts that are not, so it encodes natively', () => {
    const materials = { 'a.c': sha('a'), 'b.c': { sha256: 'ab', sha512: 'cd' } };
    const products = { 'z.o': sha('b'), 'y.o': sha('c'), ['__proto__']: sha('d') };
    const built = buildClassicLink({
      name: 'build', command: ['make'], materials, products: JSON.parse(JSON.stringify(products)) as typeof products,
      byproducts: { 'return-value': 0, 'stdout-digest': sha('e'), 'stderr-digest': sha('f') },
      environment: { GITHUB_SHA: 'x', GITHUB_REF: 'y' },
    });
    expect(built.materials).toBe(materials); // already in order: not copied
    expect(Object.keys(built.products)).toEqual(['__proto__', 'y.o', 'z.o']);
    expect(Object.getPrototypeOf(built.products)).toBe(Object.prototype);
    expect(Object.keys(built.byproducts)).toEqual(['return-value', 'stderr-digest', 'stdout-digest']);
    expect(Object.keys(built.environment)).toEqual(['GITHUB_REF', 'GITHUB_SHA']);
    expect(canonicalJson(built)).toBe(JSON.stringify(built));
  });

  it('refuses digests that are not lowercase hex and artifacts without a digest', () => {
    expect(codeOf(() => buildClassicLink({ name: 'x', command: [], materials: { a: { sha256: 'ABC' } }, products: {} }))).toBe('DIGEST_INVALID');
    expect(() => buildClassicLink({ name: 'x', command: [], materials: { a: { sha256: 'ab' }, b: { sha256: 'ab', sha512: 'XY' } }, products: {} }))
      .toThrow('materials["b"]: sha512 is not lowercase hex');
    expect(codeOf(() => buildClassicLink({ name: 'x', command: [], materials: {}, products: { a: {} } }))).toBe('DIGEST_INVALID');
    expect(codeOf(() => buildClassicLink({ name: '', command: [], materials: {}, products: {} }))).toBe('STATEMENT_INVALID');
  });

  it('signs the canonical JSON of `signed`: ed25519 as hex of the raw signature', () => {
    const privateKey = ed25519Private();
    const signed = signClassicLink(link, (bytes) => crypto.sign(null, bytes, privateKey), ED25519_KEYID);
    expect(signed.signatures).toHaveLength(1);
    expect(signed.signatures[0]!.keyid).toBe(ED25519_KEYID);
    expect(signed.signatures[0]!.sig).toMatch(/^[0-9a-f]{128}$/);
    const bytes = Buffer.from(canonicalJson(signed.signed), 'utf8');
    expect(crypto.verify(null, bytes, crypto.createPublicKey(privateKey), Buffer.from(signed.signatures[0]!.sig, 'hex'))).toBe(true);
  });

  it('signs with ECDSA as hex of the DER signature over the scheme digest', () => {
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const signed = signClassicLink(link, (bytes) => crypto.sign('sha384', bytes, privateKey), 'ab'.repeat(32));
    const der = Buffer.from(signed.signatures[0]!.sig, 'hex');
    expect(der[0]).toBe(0x30); // a DER SEQUENCE of r and s
    expect(crypto.verify('sha384', Buffer.from(canonicalJson(link)), publicKey, der)).toBe(true);
  });

  it('writes the file text as in-toto does: sorted keys, one-space indent', () => {
    const text = classicLinkText({ signatures: [{ keyid: 'k', sig: '00' }], signed: link });
    expect(text.split('\n').slice(0, 3)).toEqual(['{', ' "signatures": [', '  {']);
    expect(Object.keys((JSON.parse(text) as { signed: object }).signed)).toEqual(['_type', 'byproducts', 'command', 'environment', 'materials', 'name', 'products']);
  });

  it('sorts keys at every depth, whether or not they were inserted in order', () => {
    const materials = { 'b.js': { sha512: 'cd', sha256: 'ab' }, 'a.js': { sha256: 'ef' }, 'c.js': { sha256: '01', sha512: '23' } };
    const text = classicLinkText({ signatures: [{ keyid: 'k', sig: '00' }], signed: { ...link, materials } });
    const written = (JSON.parse(text) as { signed: { materials: Record<string, object> } }).signed.materials;
    expect(Object.keys(written)).toEqual(['a.js', 'b.js', 'c.js']);
    expect(Object.keys(written['b.js']!)).toEqual(['sha256', 'sha512']);
    expect(written).toEqual(materials);
  });

  it('writes integer-like keys and keys beyond U+FFFF in code-point order, as Python sorts them', () => {
    const materials = { 10: sha('a'), 9: sha('b'), '\u{1F600}': sha('c'), '\uFFFF': sha('d'), a: sha('e') };
    const text = classicLinkText({ signatures: [{ keyid: 'k', sig: '00' }], signed: { ...link, materials } });
    const order = ['10', '9', 'a', '\uFFFF', '\u{1F600}'].map((k) => text.indexOf(`   ${JSON.stringify(k)}: {`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect((JSON.parse(text) as { signed: { materials: object } }).signed.materials).toEqual(materials);
  });

  it('writes the same text for a link in order as for the same link out of order', () => {
    const inOrder = { 'a.js': sha('a'), 'b.js': { sha256: 'ab', sha512: 'cd' } };
    const outOfOrder = { 'b.js': { sha512: 'cd', sha256: 'ab' }, 'a.js': sha('a') };
    const write = (materials: object): string =>
      classicLinkText({ signatures: [{ keyid: 'k', sig: '00' }], signed: { ...link, materials, byproducts: { stdout: 'ctl \u0001', n: 10n } } as never });
    expect(write(inOrder)).toBe(write(outOfOrder));
    expect(write(inOrder)).toContain('\n   "a.js": {\n    "sha256": "aaaa');
    expect(write(inOrder)).toContain('"n": 10,\n   "stdout": "ctl \\u0001"\n');
  });

  it('writes a link it signed as it writes any link with the same content', () => {
    const materials = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`src/f${String(i).padStart(2, '0')}.c`, sha('a')]));
    const inOrder = buildClassicLink({ name: 'build', command: ['make'], materials, products: { 'out/a': sha('b') } });
    const signed = signClassicLink(inOrder, () => new Uint8Array([7]), 'k');
    const text = classicLinkText(signed);
    expect(text).toBe(classicLinkText({ signatures: [{ keyid: 'k', sig: '07' }], signed: { ...inOrder } }));
    expect(text).toBe(`${sortedJsonText(signed)}\n`);
  });

  it('names link files <step>.<keyid prefix>.link and refuses step names that are not file names', () => {
    expect(linkFileName('build', ED25519_KEYID)).toBe('build.eab68a81.link');
    for (const bad of ['', '.', '..', 'a/b', 'a\\b', 'a\0b']) expect(codeOf(() => linkFileName(bad, ED25519_KEYID))).toBe('INPUT_INVALID');
    expect(codeOf(() => linkFileName('build', 'xyz'))).toBe('KEY_INVALID');
  });
});
