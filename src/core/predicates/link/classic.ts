// Classic in-toto link metadata (in-toto spec v0.9, in-toto-python 1.x `Link` in a `Metablock`): the format
// in-toto-run writes and in-toto-verify reads. Signatures cover securesystemslib's canonical JSON of `signed`,
// and keys are named by securesystemslib keyids, so a key has one id in links, layouts and bundle hints.
// The reference is the installed in-toto 1.3.1 / securesystemslib 0.26 (formats.encode_canonical, keys._get_keyid).
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { ChainmailError } from '../../errors.js';
import { canonicalJson, inCodePointOrder, nativeCanonicalJson, stringifiesInCodePointOrder } from './canonical-json.js';
import { sortedJsonText } from './sorted-json-text.js';

export { canonicalJson };

/** `{ path: { algorithm: hex } }`, as in-toto records materials and products. */
export type ClassicArtifacts = Readonly<Record<string, Readonly<Record<string, string>>>>;

export type CanonicalValue = string | number | bigint | boolean | null | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue };

export interface ClassicLinkInput {
  readonly name: string;
  readonly command: readonly string[];
  readonly materials: ClassicArtifacts;
  readonly products: ClassicArtifacts;
  /** in-toto-run writes `{"return-value", "stdout", "stderr"}` after a command, `{}` without one. */
  readonly byproducts?: Readonly<Record<string, CanonicalValue>>;
  readonly environment?: Readonly<Record<string, CanonicalValue>>;
}

export interface ClassicLink extends Required<ClassicLinkInput> {
  readonly _type: 'link';
}

export interface ClassicSignature {
  readonly keyid: string;
  /** Hex: the raw 64 bytes for ed25519, the DER signature for ECDSA. */
  readonly sig: string;
}

export interface SignedClassicLink {
  readonly signatures: readonly ClassicSignature[];
  readonly signed: ClassicLink;
}

/** A public key as securesystemslib writes it into layouts and `.pub` files. */
export interface SecuresystemslibPublicKey {
  readonly keytype: 'ed25519' | 'ecdsa';
  readonly scheme: 'ed25519' | 'ecdsa-sha2-nistp256' | 'ecdsa-sha2-nistp384';
  readonly keyid_hash_algorithms: readonly string[];
  readonly keyval: { readonly public: string };
}

/** securesystemslib settings.HASH_ALGORITHMS: always part of the hashed key dict, whatever the key says. */
const KEYID_HASH_ALGORITHMS = ['sha256', 'sha512'] as const;
const HEX = /^[0-9a-f]+$/;

/** `<name>.<first 8 of keyid>.link`, the name in-toto-verify looks for. */
export function linkFileName(stepName: string, keyId: string): string {
  if (stepName === '' || stepName === '.' || stepName === '..' || /[/\\\0]/.test(stepName)) {
    throw new ChainmailError('INPUT_INVALID', `name: "${stepName}" cannot name a link file; use a step name without "/", "\\" or NUL`);
  }
  if (keyId.length < 8 || !HEX.test(keyId)) throw new ChainmailError('KEY_INVALID', 'a keyid is lowercase hex of at least 8 characters');
  return `${stepName}.${keyId.slice(0, 8)}.link`;
}

/**
 * The link, its keys in code-point order at every depth (copied where they are not), so that its canonical JSON
 * and its file text are JSON.stringify's (signClassicLink, classicLinkText).
 */
export function buildClassicLink(input: ClassicLinkInput): ClassicLink {
  if (input.name === '') throw new ChainmailError('STATEMENT_INVALID', 'a link needs a step name');
  return {
    _type: 'link',
    byproducts: inCodePointOrder(input.byproducts ?? {}),
    command: [...input.command],
    environment: inCodePointOrder(input.environment ?? {}),
    materials: checkedArtifacts('materials', input.materials),
    name: input.name,
    products: checkedArtifacts('products', input.products),
  };
}

/** The artifacts, each with a lowercase hex digest; a copy in code-point order unless they are in it already. */
function checkedArtifacts(field: string, artifacts: ClassicArtifacts): ClassicArtifacts {
  // One pass checks the digests and the order: a node_modules tree has ~30,000 artifacts, already sorted.
  let ordered = true;
  let previousPath: string | undefined;
  for (const path in artifacts) {
    ordered &&= previousPath === undefined || previousPath < path;
    previousPath = path;
    const digests = artifacts[path] as Readonly<Record<string, string>>;
    let previousAlgorithm: string | undefined;
    for (const algorithm in digests) {
      if (!HEX.test(digests[algorithm] as string)) throw new ChainmailError('DIGEST_INVALID', `${field}["${path}"]: ${algorithm} is not lowercase hex`);
      ordered &&= previousAlgorithm === undefined || previousAlgorithm < algorithm;
      previousAlgorithm = algorithm;
    }
    if (previousAlgorithm === undefined) throw new ChainmailError('DIGEST_INVALID', `${field}["${path}"]: no digest`);
  }
  return ordered ? artifacts : (inCodePointOrder(artifacts) as ClassicArtifacts);
}

/** The link with one signature over the UTF-8 bytes of the canonical JSON of `signed`. */
export function signClassicLink(link: ClassicLink, sign: (bytes: Uint8Array) => Uint8Array, keyId: string): SignedClassicLink {
  const native = nativeCanonicalJson(link);
  if (native !== undefined) SIGNED_IN_ORDER.add(link);
  const signature = sign(new TextEncoder().encode(native ?? canonicalJson(link)));
  return { signatures: [{ keyid: keyId, sig: Buffer.from(signature).toString('hex') }], signed: link };
}

/**
 * Links whose canonical JSON was JSON.stringify's own text when they were signed, so their keys were in order
 * then: their file text is JSON.stringify's too, without walking ~30,000 materials again. Only the text's key
 * order rests on it: a link changed after signing could come out unsorted, and would fail verification anyway.
 */
const SIGNED_IN_ORDER = new WeakSet<ClassicLink>();

/** The file's text as in-toto writes it: keys sorted, one-space indent. */
export function classicLinkText(link: SignedClassicLink): string {
  // A link is built in order (buildClassicLink, sorted artifacts): JSON.stringify writes it natively then.
  const inOrder = SIGNED_IN_ORDER.has(link.signed)
    ? Object.keys(link).join() === 'signatures,signed' && stringifiesInCodePointOrder(link.signatures)
    : stringifiesInCodePointOrder(link);
  return `${inOrder ? JSON.stringify(link, null, 1) : sortedJsonText(link)}\n`;
}

/**
 * The securesystemslib form of a public key (a PEM, or a private key to take it from): ed25519 as hex of the
 * 32 raw bytes, ECDSA as the SPKI PEM exactly as cryptography (and so securesystemslib's keygen) writes it.
 */
export function securesystemslibPublicKey(key: string | KeyObject): SecuresystemslibPublicKey {
  let publicKey: KeyObject;
  try {
    publicKey = typeof key === 'string' ? createPublicKey(key) : key.type === 'public' ? key : createPublicKey(key);
  } catch {
    throw new ChainmailError('KEY_INVALID', 'the key is not a PEM public or unencrypted private key');
  }
  const keyid_hash_algorithms = [...KEYID_HASH_ALGORITHMS];
  if (publicKey.asymmetricKeyType === 'ed25519') {
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
    return { keytype: 'ed25519', scheme: 'ed25519', keyid_hash_algorithms, keyval: { public: raw.toString('hex') } };
  }
  const curve = publicKey.asymmetricKeyDetails?.namedCurve;
  if (publicKey.asymmetricKeyType === 'ec' && (curve === 'prime256v1' || curve === 'secp384r1')) {
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const scheme = curve === 'prime256v1' ? 'ecdsa-sha2-nistp256' : 'ecdsa-sha2-nistp384';
    return { keytype: 'ecdsa', scheme, keyid_hash_algorithms, keyval: { public: pem } };
  }
  const type = publicKey.asymmetricKeyType === 'ec' ? `ECDSA on ${curve ?? 'an unknown curve'}` : (publicKey.asymmetricKeyType ?? 'unknown');
  throw new ChainmailError('KEY_INVALID', `unsupported key type ${type}: use an ed25519 or ECDSA P-256 / P-384 key`);
}

/** securesystemslib's keyid: sha256 of the canonical JSON of keytype, scheme, keyval.public and the keyid hash algorithms. */
export function keyIdOf(key: Pick<SecuresystemslibPublicKey, 'keytype' | 'scheme' | 'keyval'>): string {
  const hashed = { keytype: key.keytype, scheme: key.scheme, keyid_hash_algorithms: [...KEYID_HASH_ALGORITHMS], keyval: { public: key.keyval.public } };
  return createHash('sha256').update(canonicalJson(hashed), 'utf8').digest('hex');
}

/** The digest a securesystemslib scheme signs with (`null`: ed25519 hashes internally). */
export function schemeDigest(scheme: SecuresystemslibPublicKey['scheme']): 'sha256' | 'sha384' | null {
  return scheme === 'ed25519' ? null : scheme === 'ecdsa-sha2-nistp256' ? 'sha256' : 'sha384';
}
