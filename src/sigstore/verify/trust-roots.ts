import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { ChainmailError } from '../../core/errors.js';
import { embeddedPublicGoodRoot } from './embedded-root.js';

/** One Sigstore instance's trust material, parsed once and reused for every bundle. */
export interface TrustRoot {
  /** A name for reports: the hosts of its Fulcio CAs (fulcio.sigstore.dev), else its position. */
  readonly name: string;
  readonly material: TrustMaterial;
  /** Whether the instance runs a transparency log; its bundles must then carry a log entry. */
  readonly hasTransparencyLog: boolean;
  /** Whether its CAs log certificates to CT; its certificates must then carry an SCT. */
  readonly hasCertificateTransparency: boolean;
}

/** The trusted roots in a file's text: one trusted_root.json, or JSON Lines with one root per line. */
export function parseTrustRoots(text: string, source: string): TrustRoot[] {
  const trimmed = text.trim();
  if (trimmed === '') throw new ChainmailError('TRUST_ROOT_INVALID', `${source} is empty; expected a trusted_root.json or JSON Lines of them`);
  const documents = trimmed.startsWith('{') && !/}\s*\n\s*{/.test(trimmed) ? [trimmed] : trimmed.split('\n').filter((l) => l.trim() !== '');
  return documents.map((line, index) => {
    const where = documents.length === 1 ? source : `${source} line ${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new ChainmailError('TRUST_ROOT_INVALID', `${where} is not JSON: ${(error as Error).message}`);
    }
    return trustRootFromJSON(json, where);
  });
}

/** The public-good root that ships with chainmail: offline verification works with no configuration. */
export function defaultTrustRoots(): TrustRoot[] {
  return [trustRootFromJSON(embeddedPublicGoodRoot(), 'the embedded public-good root')];
}

export function trustRootFromJSON(json: unknown, source: string): TrustRoot {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ChainmailError('TRUST_ROOT_INVALID', `${source} is not a trusted root: expected a JSON object`);
  }
  const mediaType = (json as { mediaType?: unknown }).mediaType;
  if (typeof mediaType !== 'string' || !mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
    throw new ChainmailError('TRUST_ROOT_INVALID', `${source} is not a trusted root: mediaType is ${JSON.stringify(mediaType)}, expected application/vnd.dev.sigstore.trustedroot+json;version=0.1 (or 0.2)`);
  }
  let root: TrustedRoot;
  let material: TrustMaterial;
  try {
    root = TrustedRoot.fromJSON(json);
    material = toTrustMaterial(root);
  } catch (error) {
    throw new ChainmailError('TRUST_ROOT_INVALID', `${source} is not a valid trusted root: ${(error as Error).message}`, { cause: error });
  }
  const hosts = [...new Set(root.certificateAuthorities.map((ca) => hostOf(ca.uri)).filter(Boolean))];
  return {
    name: hosts.length > 0 ? hosts.join(', ') : source,
    material,
    hasTransparencyLog: root.tlogs.length > 0,
    hasCertificateTransparency: root.ctlogs.length > 0,
  };
}

function hostOf(uri: string): string {
  try {
    return new URL(uri).host;
  } catch {
    return uri;
  }
}
