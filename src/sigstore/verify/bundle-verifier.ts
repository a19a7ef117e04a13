import type { KeyObject } from 'node:crypto';
import {
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  bundleFromJSON,
  type Bundle,
} from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { toSignedEntity, Verifier, type Signer } from '@sigstore/verify';
import { ChainmailError } from '../../core/errors.js';
import type { Statement } from '../../core/intoto/index.js';
import { identityProblems, namesSigner, type IdentityPolicy } from '../../core/verify/identity-policy.js';
import { signerIdentityFrom, type SignerIdentity } from '../../core/verify/signer-identity.js';
import { checkStatement, describeDigests, type ArtifactDigests } from '../../core/verify/statement-checks.js';
import { classifyVerificationError } from './classify-error.js';
import { keyTrustRoot } from './key-trust.js';
import type { TrustRoot } from './trust-roots.js';

const KNOWN_MEDIA_TYPES = new Set([BUNDLE_V01_MEDIA_TYPE, BUNDLE_V02_MEDIA_TYPE, BUNDLE_V03_LEGACY_MEDIA_TYPE, BUNDLE_V03_MEDIA_TYPE]);

export interface VerificationRequest {
  readonly artifact: ArtifactDigests;
  /** The artifact's bytes, when a message-signature bundle needs them (its signature is over the bytes). */
  readonly artifactBytes?: Buffer;
  /** Who must have signed (keyless bundles). */
  readonly identity: IdentityPolicy;
  /** The predicate type the statement must have (DSSE bundles). */
  readonly predicateType?: string;
}

export interface VerifiedBundle {
  readonly mediaType: string;
  /** The trusted root (instance) that vouched for the signature. */
  readonly instance: string;
  /** The signer's identity from the certificate, or `key` for a key-based bundle. */
  readonly signer: SignerIdentity | { readonly key: string };
  /** The signed in-toto statement (DSSE bundles); absent for message signatures. */
  readonly statement?: Statement;
}

/**
 * Verifies Sigstore bundles (v0.1 to v0.3) offline against trusted roots built once. Everything sigstore-js
 * checks (signature, chain, SCTs, log inclusion, checkpoints, SETs, timestamps) and what it leaves to callers
 * (identity, artifact, predicate type) must hold; every failure is a ChainmailError with its code.
 */
export class BundleVerifier {
  private readonly keyless: readonly { root: TrustRoot; verifier: Verifier }[];
  private readonly keyed?: { root: TrustRoot; verifier: Verifier };

  constructor(roots: readonly TrustRoot[], publicKey?: KeyObject) {
    this.keyless = roots.map((root) => ({ root, verifier: new Verifier(root.material, thresholds(root, 'certificate')) }));
    if (publicKey) {
      const root = keyTrustRoot(publicKey, roots);
      this.keyed = { root, verifier: new Verifier(root.material, thresholds(root, 'key')) };
    }
  }

  verify(json: unknown, request: VerificationRequest): VerifiedBundle {
    const bundle = parseBundle(json);
    const { root, verifier } = this.verifierFor(bundle);
    if (bundle.content.$case === 'messageSignature' && request.artifactBytes === undefined) {
      throw new ChainmailError('BUNDLE_INVALID', 'a message-signature bundle signs the artifact bytes: give the artifact file, not its digest');
    }
    let signer: Signer;
    try {
      signer = verifier.verify(toSignedEntity(bundle, request.artifactBytes));
    } catch (error) {
      throw classifyVerificationError(error);
    }
    const identity = bundle.verificationMaterial.content.$case === 'publicKey' ? { key: root.name } : certificateIdentity(signer);
    if (!('key' in identity)) {
      if (!namesSigner(request.identity)) {
        throw new ChainmailError('INPUT_INVALID', 'no signer identity to verify against: give a certificate identity (SAN), an owner, a repository or a signer workflow');
      }
      const problems = identityProblems(identity, request.identity);
      if (problems.length > 0) throw new ChainmailError('IDENTITY_MISMATCH', problems.join('; '));
    }
    const base = { mediaType: bundle.mediaType, instance: root.name, signer: identity };
    if (bundle.content.$case === 'dsseEnvelope') {
      const { payloadType, payload } = bundle.content.dsseEnvelope;
      return { ...base, statement: checkStatement(payloadType, payload, request.artifact, request.predicateType) };
    }
    checkMessageDigest(bundle, request.artifact);
    if (request.predicateType !== undefined) {
      throw new ChainmailError('PREDICATE_MISMATCH', `a message-signature bundle has no predicate; expected "${request.predicateType}"`);
    }
    return base;
  }

  /**
   * The root whose CA issued the leaf certificate, or the given key's; no match means an untrusted instance.
   * Two instances may name their CAs alike, so the CA whose key signed the leaf is preferred to a namesake.
   */
  private verifierFor(bundle: Bundle): { root: TrustRoot; verifier: Verifier } {
    const material = bundle.verificationMaterial.content;
    if (material.$case === 'publicKey') {
      if (!this.keyed) throw new ChainmailError('UNTRUSTED_INSTANCE', 'the bundle is signed with a key, not a certificate: give the public key to verify it with');
      return this.keyed;
    }
    const leaf = leafCertificate(bundle);
    const issuers = ({ root }: { root: TrustRoot }) => root.material.certificateAuthorities.map((ca) => ca.certChain[0]).filter((ca) => ca?.subject.equals(leaf.issuer));
    const named = this.keyless.filter((candidate) => issuers(candidate).length > 0);
    const issuing = named.length === 1 ? named[0] : (named.find((candidate) => issuers(candidate).some((ca) => ca !== undefined && signedBy(leaf, ca))) ?? named[0]);
    if (!issuing) {
      const roots = this.keyless.map(({ root }) => root.name).join('; ') || 'none';
      throw new ChainmailError('UNTRUSTED_INSTANCE', `the signing certificate was issued by a CA of an untrusted Sigstore instance (trusted: ${roots}); give that instance's trusted root to verify it`);
    }
    return issuing;
  }
}

function parseBundle(json: unknown): Bundle {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ChainmailError('BUNDLE_INVALID', `not a Sigstore bundle: expected a JSON object, got ${json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json}`);
  }
  const mediaType = (json as { mediaType?: unknown }).mediaType;
  if (typeof mediaType !== 'string' || !KNOWN_MEDIA_TYPES.has(mediaType)) {
    throw new ChainmailError('BUNDLE_INVALID', `unknown bundle media type ${JSON.stringify(mediaType)}; expected a Sigstore bundle v0.1, v0.2 or v0.3`);
  }
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (error) {
    throw classifyVerificationError(error);
  }
  const chain = bundle.verificationMaterial.content.$case === 'x509CertificateChain' ? bundle.verificationMaterial.content.x509CertificateChain.certificates : undefined;
  if (chain !== undefined) {
    if (chain.length === 0) throw new ChainmailError('BUNDLE_INVALID', 'the certificate chain is empty');
    // The root must come from the trusted root, never from the bundle (Sigstore bundle spec).
    const certificates = chain.map((c) => parseCertificate(c.rawBytes));
    if (certificates.some((c) => c.subject.equals(c.issuer) && signedBy(c, c))) {
      throw new ChainmailError('BUNDLE_INVALID', 'the certificate chain contains a root certificate; roots come from the trusted root, not the bundle');
    }
  }
  return bundle;
}

function leafCertificate(bundle: Bundle): X509Certificate {
  const material = bundle.verificationMaterial.content;
  const raw = material.$case === 'certificate' ? material.certificate.rawBytes : material.$case === 'x509CertificateChain' ? material.x509CertificateChain.certificates[0]?.rawBytes : undefined;
  if (raw === undefined) throw new ChainmailError('BUNDLE_INVALID', 'the bundle has no signing certificate');
  return parseCertificate(raw);
}

function signedBy(leaf: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return leaf.verify(issuer);
  } catch {
    return false;
  }
}

/** A certificate whose names can be read: @sigstore/core parses lazily, so a bad DER throws on first use. */
function parseCertificate(raw: Uint8Array): X509Certificate {
  try {
    const certificate = X509Certificate.parse(Buffer.from(raw));
    void [certificate.subject, certificate.issuer];
    return certificate;
  } catch (error) {
    throw new ChainmailError('BUNDLE_INVALID', `a certificate in the bundle cannot be parsed: ${(error as Error).message}`, { cause: error });
  }
}

function certificateIdentity(signer: Signer): SignerIdentity {
  const extensions = (signer.identity?.oids ?? []).map((o) => ({ oid: o.oid?.id.join('.') ?? '', value: o.value }));
  return signerIdentityFrom(signer.identity?.subjectAlternativeName, extensions);
}

function checkMessageDigest(bundle: Bundle, artifact: ArtifactDigests): void {
  if (bundle.content.$case !== 'messageSignature') return;
  const digest = bundle.content.messageSignature.messageDigest;
  const hex = Buffer.from(digest?.digest ?? []).toString('hex');
  if (!Object.values(artifact).includes(hex)) {
    throw new ChainmailError('ARTIFACT_MISMATCH', `the bundle signs a message with digest ${hex}, not the artifact (${describeDigests(artifact)})`);
  }
}

/**
 * What each instance must show: a log entry where it runs a log, an SCT where its CA logs certificates, and
 * at least one timestamp (a log's integrated time or an RFC 3161 timestamp) to place the signature in time.
 */
function thresholds(root: TrustRoot, signedWith: 'certificate' | 'key') {
  return {
    tlogThreshold: root.hasTransparencyLog ? 1 : 0,
    ctlogThreshold: signedWith === 'certificate' && root.hasCertificateTransparency ? 1 : 0,
    timestampThreshold: 1,
  };
}
