/**
 * Who signed, as a Fulcio certificate states it: the SAN, the OIDC issuer, and the GitHub Actions facts Fulcio
 * copies from the token into extensions 1.3.6.1.4.1.57264.1.8 to .22. Absent facts are undefined, never "".
 */
export interface SignerIdentity {
  readonly subjectAlternativeName?: string;
  readonly issuer?: string;
  readonly buildSignerURI?: string;
  readonly buildSignerDigest?: string;
  readonly runnerEnvironment?: string;
  readonly sourceRepositoryURI?: string;
  readonly sourceRepositoryDigest?: string;
  readonly sourceRepositoryRef?: string;
  readonly sourceRepositoryIdentifier?: string;
  readonly sourceRepositoryOwnerURI?: string;
  readonly sourceRepositoryOwnerIdentifier?: string;
  readonly buildConfigURI?: string;
  readonly buildConfigDigest?: string;
  readonly buildTrigger?: string;
  readonly runInvocationURI?: string;
  readonly sourceRepositoryVisibilityAtSigning?: string;
}

/** Fulcio's extension OIDs (docs/oid-info.md in sigstore/fulcio), by the identity field they fill. */
export const FULCIO_EXTENSION_OIDS = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerURI: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
  sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
  buildConfigURI: '1.3.6.1.4.1.57264.1.18',
  buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationURI: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22',
} as const;

/** One certificate extension: its dotted OID and its extnValue octets. */
export interface RawExtension {
  readonly oid: string;
  readonly value: Uint8Array;
}

/**
 * The identity in a certificate's SAN and extensions. The 1.1 issuer holds raw bytes; 1.8 and later hold a DER
 * UTF8String, decoded here. A malformed DER value is left out rather than guessed at: a policy that needs it
 * then fails closed.
 */
export function signerIdentityFrom(subjectAlternativeName: string | undefined, extensions: readonly RawExtension[]): SignerIdentity {
  const byOid = new Map(extensions.map((e) => [e.oid, e.value]));
  const identity: Record<string, string> = {};
  if (subjectAlternativeName) identity.subjectAlternativeName = subjectAlternativeName;
  const legacyIssuer = byOid.get(FULCIO_EXTENSION_OIDS.issuerV1);
  for (const [field, oid] of Object.entries(FULCIO_EXTENSION_OIDS)) {
    if (field === 'issuerV1') continue;
    const raw = byOid.get(oid);
    const value = raw === undefined ? undefined : derUtf8String(raw);
    if (value !== undefined && value !== '') identity[field] = value;
  }
  if (identity.issuer === undefined && legacyIssuer !== undefined) identity.issuer = new TextDecoder().decode(legacyIssuer);
  return identity;
}

/** The text of a DER UTF8String (tag 0x0c), or undefined when the bytes are not one. */
function derUtf8String(bytes: Uint8Array): string | undefined {
  if (bytes.length < 2 || bytes[0] !== 0x0c) return undefined;
  let length = bytes[1] as number;
  let offset = 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    if (octets === 0 || octets > 3 || bytes.length < 2 + octets) return undefined;
    length = 0;
    for (let i = 0; i < octets; i++) length = (length << 8) | (bytes[2 + i] as number);
    offset = 2 + octets;
  }
  if (offset + length !== bytes.length) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(offset));
  } catch {
    return undefined;
  }
}
