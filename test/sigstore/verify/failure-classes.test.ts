// One test per way a bundle can be forged or broken, each asserting the code the verifier gives. Every test
// first verifies the untampered bundle, so none passes because the bundle was bad to begin with.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness, type Signer, type Witness } from '@sigstore/sign';
import { ChainmailError } from '../../../src/core/errors.js';
import type { Statement } from '../../../src/core/intoto/index.js';
import { GITHUB_ACTIONS_ISSUER, type IdentityPolicy } from '../../../src/core/verify/identity-policy.js';
import { exactMatcher } from '../../../src/core/verify/matcher.js';
import { createKeylessSigner } from '../../../src/sigstore/sign/keyless.js';
import { BundleVerifier, type VerificationRequest } from '../../../src/sigstore/verify/bundle-verifier.js';
import { trustRootFromJSON } from '../../../src/sigstore/verify/trust-roots.js';
import { INTOTO_PAYLOAD_TYPE, sampleStatement, startOidcServer, startSigstoreStack, type OidcServer, type SigstoreStack } from '../../support/index.js';
import * as fuzz from '../../support/bundle-fuzz.js';
import * as tamper from '../../support/tamper.js';

const SAN = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const DIGEST = 'd'.repeat(64);
const statement = sampleStatement('app.tgz', DIGEST) as Statement;
const identity: IdentityPolicy = { issuer: exactMatcher(GITHUB_ACTIONS_ISSUER), subjectAlternativeName: exactMatcher(SAN) };
const request: VerificationRequest = { artifact: { sha256: DIGEST }, identity, predicateType: 'https://slsa.dev/provenance/v1' };
const CERT_VALIDITY_MS = 10 * 60_000;

/** The code of the ChainmailError `run` throws (any other outcome fails the test). */
function failureCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChainmailError);
    return (error as ChainmailError).code;
  }
  throw new Error('expected verification to fail');
}

/** The code `verifier` refuses `tampered` with, once it has accepted the bundle `tampered` was made from. */
function refusal(verifier: BundleVerifier, original: unknown, tampered: unknown, tamperedRequest = request): string {
  expect(verifier.verify(original, request).statement).toEqual(statement);
  return failureCode(() => verifier.verify(tampered, tamperedRequest));
}

describe('refusing broken and forged bundles, one failure class at a time', () => {
  // A fixed clock that tests may move: the certificate is issued at one time and the witness asked later.
  const clock = new Date(Date.now() + 5_000);
  const start = clock.getTime();
  let stack: SigstoreStack;
  let oidc: OidcServer;
  /** Against the stack's root (a log entry required) and against it without its log (GitHub-instance style). */
  let withLog: BundleVerifier;
  let tsaOnly: BundleVerifier;
  let logged: SerializedBundle;
  let stamped: SerializedBundle;
  const identityProvider = { getToken: async () => oidc.mintToken('sigstore') };
  const network = { timeoutMs: 10_000, retries: 0, minBackoffMs: 10 };
  const sign = (endpoints: { rekorURL?: string; tsaURL?: string }): Promise<SerializedBundle> =>
    createKeylessSigner({ endpoints: { instance: 'custom', fulcioURL: stack.fulcioURL, ...endpoints }, identityProvider, network }).sign(statement);
  const rekor = (): Witness => new RekorWitness({ rekorBaseURL: stack.rekorURL, entryType: 'dsse', retry: 0 });
  const tsa = (): Witness => new TSAWitness({ tsaBaseURL: stack.tsaURL, retry: 0 });
  const build = async (signer: Signer, witness: Witness): Promise<SerializedBundle> =>
    bundleToJSON(await new DSSEBundleBuilder({ signer, witnesses: [witness] }).create({ data: Buffer.from(JSON.stringify(statement)), type: INTOTO_PAYLOAD_TYPE }));

  /** Gets the certificate from Fulcio, then lets `lateByMs` pass on the stack's clock before the witness is asked. */
  async function signLate(witness: Witness, lateByMs: number): Promise<SerializedBundle> {
    const fulcio = new FulcioSigner({ fulcioBaseURL: stack.fulcioURL, identityProvider, retry: 0 });
    const certifyThenWait: Signer = {
      sign: async (data) => {
        const signature = await fulcio.sign(data);
        clock.setTime(clock.getTime() + lateByMs);
        return signature;
      },
    };
    try {
      return await build(certifyThenWait, witness);
    } finally {
      clock.setTime(start);
    }
  }

  beforeAll(async () => {
    [stack, oidc] = await Promise.all([startSigstoreStack({ clock }), startOidcServer()]);
    withLog = new BundleVerifier([trustRootFromJSON(stack.trustedRoot, 'the local stack')]);
    tsaOnly = new BundleVerifier([trustRootFromJSON({ ...stack.trustedRoot, tlogs: [] }, 'the local stack without its log')]);
    [logged, stamped] = await Promise.all([sign({ rekorURL: stack.rekorURL }), sign({ tsaURL: stack.tsaURL })]);
  });
  afterAll(async () => {
    await Promise.all([stack.close(), oidc.close()]);
  });

  it('refuses a payload changed after signing: the log entry no longer matches it, nor does the signature', () => {
    // The log entry's payload hash is checked before the signature, so a logged bundle fails on the log.
    expect(refusal(withLog, logged, tamper.flipPayloadByte(logged))).toBe('TLOG_INVALID');
    expect(refusal(tsaOnly, stamped, tamper.flipPayloadByte(stamped))).toBe('SIGNATURE_INVALID');
  });

  it('refuses an artifact that is not a subject, and a predicate type that is not the expected one', () => {
    expect(refusal(withLog, logged, logged, { ...request, artifact: { sha256: 'e'.repeat(64) } })).toBe('ARTIFACT_MISMATCH');
    expect(refusal(withLog, logged, logged, { ...request, predicateType: 'https://spdx.dev/Document' })).toBe('PREDICATE_MISMATCH');
  });

  it('refuses an envelope re-signed with another key under the original certificate and witnesses', () => {
    const other = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    // The log entry and the timestamp vouch for the original signature bytes, not for the new ones.
    expect(refusal(withLog, logged, tamper.resignEnvelope(logged, other))).toBe('TLOG_INVALID');
    expect(refusal(tsaOnly, stamped, tamper.resignEnvelope(stamped, other))).toBe('TIMESTAMP_INVALID');
  });

  it("refuses an attacker's own logged or timestamped signature presented under someone else's certificate", async () => {
    const attacker = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const ownLog = await build(tamper.keySigner(attacker.privateKey, attacker.publicKey), rekor());
    const ownStamp = await build(tamper.keySigner(attacker.privateKey, attacker.publicKey), tsa());
    // Rekor vouches for the signature bytes and payload hash (not the key), and the TSA for the signature bytes:
    // both witnesses check out, and only the signature under the certificate's key fails.
    expect(refusal(withLog, logged, tamper.withCertificateOf(ownLog, logged))).toBe('SIGNATURE_INVALID');
    expect(refusal(tsaOnly, stamped, tamper.withCertificateOf(ownStamp, stamped))).toBe('SIGNATURE_INVALID');
  });

  it('refuses a signature logged after its certificate expired', async () => {
    const intime = await signLate(rekor(), 60_000);
    expect(refusal(withLog, intime, await signLate(rekor(), CERT_VALIDITY_MS + 60_000))).toBe('CERTIFICATE_INVALID');
  });

  it("refuses an RFC 3161 timestamp outside the certificate's validity", async () => {
    const intime = await signLate(tsa(), 60_000);
    expect(refusal(tsaOnly, intime, await signLate(tsa(), CERT_VALIDITY_MS + 60_000))).toBe('CERTIFICATE_INVALID');
  });

  it('refuses a log entry made for another envelope', async () => {
    const another = await sign({ rekorURL: stack.rekorURL });
    expect(withLog.verify(another, request).statement).toEqual(statement);
    expect(refusal(withLog, logged, tamper.withTlogEntriesOf(logged, another))).toBe('TLOG_INVALID');
  });

  it('refuses an inclusion proof that does not lead from the entry to the checkpoint', async () => {
    // The stack's log holds one entry per tree, so the proof has no sibling hash to corrupt: add one.
    expect(refusal(withLog, logged, tamper.withExtraProofHash(logged))).toBe('TLOG_INVALID');
    // Without a SET, only the proof binds the body to the log: a body the checkpoint does not commit to fails it.
    const proofOnly = tamper.withoutInclusionPromise(await sign({ rekorURL: stack.rekorURL, tsaURL: stack.tsaURL }));
    const otherBody = tamper.editCanonicalizedBody(proofOnly, (body) => ({ ...body, note: 'not logged' }));
    expect(refusal(withLog, proofOnly, otherBody)).toBe('TLOG_INVALID');
  });

  it('refuses a checkpoint whose signature does not verify', () => {
    expect(refusal(withLog, logged, tamper.corruptCheckpointSignature(logged))).toBe('TLOG_INVALID');
  });

  it('refuses a signed entry timestamp that does not verify, alone (v0.1) or next to a good inclusion proof', () => {
    const v01 = tamper.toV01(logged);
    expect(withLog.verify(v01, request).mediaType).toBe(tamper.BUNDLE_V01);
    expect(refusal(withLog, v01, tamper.corruptSignedEntryTimestamp(v01))).toBe('TLOG_INVALID');
    expect(refusal(withLog, logged, tamper.corruptSignedEntryTimestamp(logged))).toBe('TLOG_INVALID');
  });

  it('refuses an unknown bundle media type, and anything that is not a bundle object', () => {
    expect(refusal(withLog, logged, tamper.withMediaType(logged, 'application/vnd.dev.sigstore.bundle.v0.9+json'))).toBe('BUNDLE_INVALID');
    // The verifier takes parsed JSON; text that did not parse, or parsed to something else, is not a bundle.
    for (const notABundle of ['{"mediaType":', JSON.stringify(logged), [logged], null, 42, undefined]) {
      expect(refusal(withLog, logged, notABundle)).toBe('BUNDLE_INVALID');
    }
  });

  it('refuses a signing certificate that is not DER, alone (v0.3) or in a chain (v0.1)', () => {
    const broken = tamper.flipCertificateByte(logged);
    expect(refusal(withLog, logged, broken)).toBe('BUNDLE_INVALID');
    expect(refusal(withLog, tamper.toV01(logged), tamper.toV01(broken))).toBe('BUNDLE_INVALID');
  });

  it('refuses an empty certificate chain', () => {
    const v01 = tamper.toV01(logged);
    const empty = { ...v01, verificationMaterial: { ...v01.verificationMaterial, x509CertificateChain: { certificates: [] } } };
    expect(refusal(withLog, v01, empty)).toBe('BUNDLE_INVALID');
  });

  it('refuses a certificate chain that carries its own root', () => {
    const root = stack.trustedRoot.certificateAuthorities[0]?.certChain.certificates[0]?.rawBytes ?? '';
    expect(refusal(withLog, tamper.toV01(logged), tamper.toV01(logged, [root]))).toBe('BUNDLE_INVALID');
  });
});

/**
 * Changes that may verify because they touch nothing that carries trust: the inclusion proof's copies of the
 * root hash and tree size (the verifier uses the signed checkpoint's), JSON text changes that leave the JSON
 * equal, base64 text that decodes to the same bytes (unused bits of the last character), and bytes of a
 * certificate, RFC 3161 timestamp or checkpoint that its signature does not cover (the unused-bits byte of the
 * signature, algorithm lists, the signer id's tags).
 */
const HARMLESS = [
  /^verificationMaterial\.tlogEntries\[0\]\.inclusionProof\.(rootHash|treeSize) /,
  /^\(no change to the JSON\)/,
  /\(same signed bytes\)$/,
];
/** With a log entry and a timestamp, dropping either still leaves one timestamp to place the signature in time. */
const REDUNDANT_TIMESTAMP = [
  /^verificationMaterial\.timestampVerificationData(\.rfc3161Timestamps)? \((delete|= .*)\)$/,
  /^verificationMaterial\.timestampVerificationData\.rfc3161Timestamps\[0\] \(delete\)$/,
  /^verificationMaterial\.tlogEntries\[0\]\.inclusionPromise \((delete|= null)\)$/,
  // A key renamed in the JSON text: an unknown field is ignored, as if the timestamp had been deleted.
  /^verificationMaterial\.(timestampVerificationData|tlogEntries\[0\]\.inclusionPromise)\S* \(removed\) \(text\[\d+\] changed\)$/,
];

/** Fields holding bytes (base64 in JSON): a text change that decodes to the same bytes changes nothing. */
const BYTES_FIELDS = new Set(['rawBytes', 'signedTimestamp', 'sig', 'payload', 'signedEntryTimestamp', 'canonicalizedBody', 'keyId', 'rootHash', 'hashes', 'digest', 'signature']);

/** Fields of which only some bytes are signed: whether two values have the same signed bytes. */
const SIGNED_PARTS: Record<string, (before: string, after: string) => boolean> = {
  'verificationMaterial.certificate.rawBytes': sameRanges(fuzz.certificateSignedRanges),
  'verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp': sameRanges(fuzz.signedTimestampRanges),
  'verificationMaterial.tlogEntries[0].inclusionProof.checkpoint.envelope': (a, b) => fuzz.checkpointSignedParts(a) === fuzz.checkpointSignedParts(b),
};

function sameRanges(signed: (der: Buffer) => ReadonlyArray<readonly [number, number]>) {
  return (a: string, b: string): boolean => {
    const [before, after] = [Buffer.from(a, 'base64'), Buffer.from(b, 'base64')];
    return before.length === after.length && signed(before).every(([from, to]) => before.subarray(from, to).equals(after.subarray(from, to)));
  };
}

/** The mutation's description, marked when every byte that is signed (or decoded at all) stayed as it was. */
function describeAccepted({ where, path, json }: fuzz.Mutation, original: SerializedBundle): string {
  const [before, after] = [original, json].map((b) => (path ? fuzz.valueAt(b, path) : undefined));
  if (!path || typeof before !== 'string' || typeof after !== 'string') return where;
  const field = where.split(' ')[0] ?? '';
  const key = [...path].reverse().find((k) => typeof k === 'string') ?? '';
  const same = SIGNED_PARTS[field] ?? (BYTES_FIELDS.has(key) ? (a: string, b: string) => Buffer.from(a, 'base64').equals(Buffer.from(b, 'base64')) : undefined);
  return same?.(before, after) ? `${where} (same signed bytes)` : where;
}

describe('fuzzing good bundles', () => {
  let stack: SigstoreStack;
  let oidc: OidcServer;

  beforeAll(async () => {
    [stack, oidc] = await Promise.all([startSigstoreStack(), startOidcServer()]);
  });
  afterAll(async () => {
    await Promise.all([stack.close(), oidc.close()]);
  });

  it('answers 200 random single-field mutations with a ChainmailError, or verifies when the change carried no trust', async () => {
    const sign = (endpoints: { rekorURL?: string; tsaURL?: string }) => createKeylessSigner({
      endpoints: { instance: 'custom', fulcioURL: stack.fulcioURL, ...endpoints },
      identityProvider: { getToken: async () => oidc.mintToken('sigstore') },
      network: { timeoutMs: 10_000, retries: 0, minBackoffMs: 10 },
    }).sign(statement);
    const cases = [
      {
        bundle: await sign({ rekorURL: stack.rekorURL, tsaURL: stack.tsaURL }),
        verifier: new BundleVerifier([trustRootFromJSON(stack.trustedRoot, 'the local stack')]),
        harmless: [...HARMLESS, ...REDUNDANT_TIMESTAMP],
      },
      {
        bundle: await sign({ tsaURL: stack.tsaURL }),
        verifier: new BundleVerifier([trustRootFromJSON({ ...stack.trustedRoot, tlogs: [] }, 'the stack without its log')]),
        harmless: HARMLESS,
      },
    ];
    const random = fuzz.seededRandom(20240611);
    const verdicts = new Map<string, number>();
    const crashes: string[] = [];
    const accepted: string[] = [];
    const unexplained: string[] = [];
    for (const { bundle, verifier, harmless } of cases) {
      expect(verifier.verify(bundle, request).statement).toEqual(statement);
      for (let i = 0; i < 100; i++) {
        const mutation = fuzz.randomMutation(bundle, random);
        const { where, json } = mutation;
        try {
          verifier.verify(json, request);
          const change = describeAccepted(mutation, bundle);
          accepted.push(change);
          if (!harmless.some((pattern) => pattern.test(change))) unexplained.push(change);
        } catch (error) {
          if (error instanceof ChainmailError) verdicts.set(error.code, (verdicts.get(error.code) ?? 0) + 1);
          else crashes.push(`${where}: ${String(error)}`);
        }
      }
    }
    expect(crashes).toEqual([]);
    expect(unexplained).toEqual([]);
    // The mutations reach every layer, not only the bundle parser.
    expect([...verdicts.keys()]).toEqual(expect.arrayContaining(['BUNDLE_INVALID', 'CERTIFICATE_INVALID', 'TLOG_INVALID', 'TIMESTAMP_INVALID', 'SIGNATURE_INVALID']));
    if (process.env['SHOW_FUZZ']) console.log({ accepted, verdicts });
  });
});
