// The trusted_root.json of a local stack, in the shape of sigstore/root-signing's targets/trusted_root.json.
// Log IDs are sha256 of the DER SPKI, which is also what @sigstore/mock's Rekor and CT log put in entries
// and SCTs, so verifiers find the right key.
import crypto from 'node:crypto';

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
export const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';

/** protobuf-JSON of a TrustedRoot (what `TrustedRoot.fromJSON` reads). */
export interface TrustedRootJSON {
  mediaType: string;
  tlogs: TLogJSON[];
  certificateAuthorities: CertAuthorityJSON[];
  ctlogs: TLogJSON[];
  timestampAuthorities: CertAuthorityJSON[];
}

interface ValidForJSON { start: string; end?: string }
export interface TLogJSON {
  baseUrl: string;
  hashAlgorithm: 'SHA2_256';
  publicKey: { rawBytes: string; keyDetails: 'PKIX_ECDSA_P256_SHA_256'; validFor: ValidForJSON };
  logId: { keyId: string };
}
export interface CertAuthorityJSON {
  subject: { organization: string; commonName: string };
  uri: string;
  certChain: { certificates: Array<{ rawBytes: string }> };
  validFor: ValidForJSON;
}

export interface RootParts {
  readonly fulcioURL: string;
  readonly rekorURL: string;
  readonly ctlogURL: string;
  readonly tsaURL: string;
  /** DER of the Fulcio root certificate. */
  readonly caRoot: Uint8Array;
  /** DER SPKI of the Rekor and CT log keys. */
  readonly tlogKey: Uint8Array;
  readonly ctlogKey: Uint8Array;
  /** DER of the TSA chain, signing certificate first, root last. */
  readonly tsaChain: readonly Uint8Array[];
  /** Start of every validity window; must precede anything signed with the stack. */
  readonly validFrom: Date;
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

function tlog(baseUrl: string, spki: Uint8Array, start: string): TLogJSON {
  return {
    baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: { rawBytes: b64(spki), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
    logId: { keyId: crypto.createHash('sha256').update(spki).digest('base64') },
  };
}

function authority(uri: string, commonName: string, chain: readonly Uint8Array[], start: string): CertAuthorityJSON {
  return {
    subject: { organization: 'sigstore.mock', commonName },
    uri,
    certChain: { certificates: chain.map((der) => ({ rawBytes: b64(der) })) },
    validFor: { start },
  };
}

export function buildTrustedRoot(p: RootParts): TrustedRootJSON {
  const start = p.validFrom.toISOString();
  return {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    // The checkpoint verifier matches the note's origin (host:port) against the log's baseUrl.
    tlogs: [tlog(p.rekorURL, p.tlogKey, start)],
    certificateAuthorities: [authority(p.fulcioURL, 'sigstore', [p.caRoot], start)],
    ctlogs: [tlog(p.ctlogURL, p.ctlogKey, start)],
    timestampAuthorities: [authority(`${p.tsaURL}/api/v1/timestamp`, 'tsa', p.tsaChain, start)],
  };
}

/** A SigningConfig v0.2 pointing at the stack (for bundleBuilderFromSigningConfig and `--signing-config`). */
export function buildSigningConfig(p: Pick<RootParts, 'fulcioURL' | 'rekorURL' | 'tsaURL' | 'validFrom'>, oidcURL?: string): object {
  const service = (url: string, majorApiVersion: number): object => ({
    url, majorApiVersion, validFor: { start: p.validFrom.toISOString() }, operator: 'chainmail-test',
  });
  return {
    mediaType: SIGNING_CONFIG_MEDIA_TYPE,
    caUrls: [service(p.fulcioURL, 1)],
    oidcUrls: oidcURL ? [service(oidcURL, 1)] : [],
    rekorTlogUrls: [service(p.rekorURL, 1)],
    rekorTlogConfig: { selector: 'ANY' },
    tsaUrls: [service(`${p.tsaURL}/api/v1/timestamp`, 1)],
    tsaConfig: { selector: 'ANY' },
  };
}
