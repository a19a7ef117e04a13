// Random mutations of a serialized Sigstore bundle, and what in it is signed: for fuzzing a verifier and telling
// a harmless accepted change (one that touches no signed byte) from a verifier that fails open.
import type { SerializedBundle } from '@sigstore/bundle';

/** A deterministic random source in [0, 1) (mulberry32), for reproducible fuzzing. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Mutation {
  /** What was changed: the field's path and the kind of change. */
  readonly where: string;
  /** The path of the changed field, when one field changed. */
  readonly path?: readonly (string | number)[];
  readonly json: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Leaf = { readonly path: readonly (string | number)[]; readonly value: Json };

function leaves(value: Json, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return [{ path, value }, ...value.flatMap((v, i) => leaves(v, [...path, i]))];
  if (value !== null && typeof value === 'object') return [{ path, value }, ...Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))];
  return [{ path, value }];
}

const pathName = (path: readonly (string | number)[]): string => path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').slice(1);

/** The first leaf that differs between two JSON values, or is gone from the second (undefined when equal). */
function firstDifference(a: Json, b: Json): { where: string; path?: readonly (string | number)[] } | undefined {
  const [left, right] = [leaves(a), leaves(b)].map((ls) => new Map(ls.filter((l) => l.value === null || typeof l.value !== 'object').map((l) => [pathName(l.path), l])));
  for (const [key, leaf] of [...(left ?? []), ...(right ?? [])]) {
    if (!right?.has(key)) return { where: `${key} (removed)` };
    if (JSON.stringify(left?.get(key)?.value) !== JSON.stringify(right.get(key)?.value)) return { where: key, path: leaf.path };
  }
  return undefined;
}

/** The value at `path` in a JSON value, or undefined. */
export function valueAt(json: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), json);
}

const isBase64 = (s: string): boolean => s.length >= 8 && s.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(s);

/**
 * The parts of a checkpoint (a signed note) that carry trust: the note, and each signature's name and bytes as
 * the verifier decodes them. Base64 lets a few characters change without changing the bytes (the unused bits of
 * the last character), so the bytes are compared, not the text.
 */
export function checkpointSignedParts(envelope: string): string {
  const [note = '', signatures = ''] = envelope.split('\n\n');
  const lines = [...signatures.matchAll(/\u2014 (\S+) (\S+)\n/g)].map(([, name, sig]) => `${name} ${Buffer.from(sig ?? '', 'base64').toString('hex')}`);
  return JSON.stringify({ note, lines });
}
const REPLACEMENTS: readonly Json[] = [null, 0, -1, '', [], {}, true, 'xyz', 1e308];

/** One random change to one field of the bundle (or one character of its JSON text, when that still parses). */
export function randomMutation(bundle: SerializedBundle, random: () => number): Mutation {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const root = JSON.parse(JSON.stringify(bundle)) as Json;
  const roll = random();
  if (roll < 0.15) {
    const text = JSON.stringify(bundle, null, 1);
    for (;;) {
      const at = Math.floor(random() * text.length);
      const mutated = `${text.slice(0, at)}${String.fromCharCode(32 + Math.floor(random() * 95))}${text.slice(at + 1)}`;
      try {
        const json = JSON.parse(mutated) as Json;
        const changed = firstDifference(root, json);
        return { where: `${changed?.where ?? '(no change to the JSON)'} (text[${at}] changed)`, ...(changed?.path ? { path: changed.path } : {}), json };
      } catch {
        // unparseable text never reaches the verifier (the caller's JSON.parse fails first): try another
      }
    }
  }
  const targets = leaves(root).filter((l) => l.path.length > 0);
  const { path, value } = pick(targets);
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key] as Json, root) as Record<string | number, Json> | Json[];
  const key = path[path.length - 1] as string | number;
  const name = pathName(path);
  let kind: string;
  if (roll < 0.3) {
    kind = 'delete';
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (roll < 0.5 || typeof value !== 'string') {
    const replacement = pick(REPLACEMENTS);
    kind = `= ${JSON.stringify(replacement)}`;
    (parent as Record<string | number, Json>)[key] = replacement;
  } else if (isBase64(value)) {
    const bytes = Buffer.from(value, 'base64');
    const at = Math.floor(random() * bytes.length);
    bytes.writeUInt8((bytes[at] ?? 0) ^ (1 + Math.floor(random() * 255)), at);
    kind = `byte ${at} flipped`;
    (parent as Record<string | number, Json>)[key] = bytes.toString('base64');
  } else {
    const at = Math.floor(random() * value.length);
    kind = `char ${at} changed`;
    const replacement = String.fromCharCode(32 + ((value.charCodeAt(at) - 32 + 1 + Math.floor(random() * 94)) % 95));
    (parent as Record<string | number, Json>)[key] = `${value.slice(0, at)}${replacement}${value.slice(at + 1)}`;
  }
  return { where: `${name} (${kind})`, ...(kind === 'delete' ? {} : { path }), json: root };
}

function tlv(der: Buffer, at: number): { start: number; content: number; end: number } {
  const first = der[at + 1] ?? 0;
  const lengthBytes = first & 0x80 ? first & 0x7f : 0;
  const length = lengthBytes ? [...der.subarray(at + 2, at + 2 + lengthBytes)].reduce((n, b) => n * 256 + b, 0) : first;
  const content = at + 2 + lengthBytes;
  return { start: at, content, end: content + length };
}

function children(der: Buffer, parent: { content: number; end: number }): ReturnType<typeof tlv>[] {
  const out: ReturnType<typeof tlv>[] = [];
  for (let at = parent.content; at < parent.end; at = (out.at(-1) as ReturnType<typeof tlv>).end) out.push(tlv(der, at));
  return out;
}

/**
 * The byte ranges of a DER TimeStampResp that carry trust: the encapsulated TSTInfo (time, message imprint),
 * the signer info's signed attributes (the TSTInfo's digest, the signing certificate) and the TSA's signature
 * over them, each without its tag and length. The rest (tags, algorithm lists, the signer's id, status) no
 * signature covers.
 */
export function signedTimestampRanges(timestampResponse: Buffer): ReadonlyArray<readonly [number, number]> {
  const child = (parent: { content: number; end: number }, index: number) => {
    const found = children(timestampResponse, parent).at(index);
    if (!found) throw new Error('tamper: not a timestamp response');
    return found;
  };
  const token = child(tlv(timestampResponse, 0), 1);
  const signedData = child(child(token, 1), 0);
  const signerInfo = child(child(signedData, -1), 0);
  const tstInfo = child(child(child(signedData, 2), 1), 0);
  return [tstInfo, child(signerInfo, 3), child(signerInfo, 5)].map((r) => [r.content, r.end] as const);
}

/** The byte ranges of a DER X.509 certificate its issuer signed: the TBS certificate, and the signature bits. */
export function certificateSignedRanges(certificate: Buffer): ReadonlyArray<readonly [number, number]> {
  const [tbs, , signature] = children(certificate, tlv(certificate, 0));
  if (!tbs || !signature) throw new Error('tamper: not a certificate');
  // The signature is a BIT STRING: its first byte counts unused bits, and verifiers skip it.
  return [[tbs.start, tbs.end], [signature.content + 1, signature.end]];
}
