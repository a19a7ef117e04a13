// Key-based signing, for runners without OIDC and for in-toto interop: a user's ed25519 or ECDSA key signs
// statements into Sigstore bundles (v0.3, DSSE, verificationMaterial.publicKey with the keyid as hint), logged
// in a Rekor and/or timestamped when those are given, and signs classic in-toto links with the same key.
import { sign as cryptoSign, createPublicKey, type KeyObject } from 'node:crypto';
import type { DSSEBundleBuilder, Signature, Signer, Witness } from '@sigstore/sign';
import type { NetworkPolicy } from '../../core/network-policy.js';
import { keyIdOf, schemeDigest, securesystemslibPublicKey, type SecuresystemslibPublicKey } from '../../core/predicates/link/classic.js';
import { signingStatements } from './dsse-signing.js';
import type { StatementSigner } from './keyless.js';
import { readPrivateKey } from './key-signer-key.js';
import { sigstoreFetchOptions } from './network.js';
import type { SigstoreSign } from './sigstore-sign.js';

export interface KeySignerOptions {
  /** The private key: PEM (PKCS#8, SEC1, encrypted PKCS#8) or an unencrypted securesystemslib JSON key file. */
  readonly pem: string;
  readonly passphrase?: string;
  /** A Rekor to log in and/or a timestamp authority; without either the bundle carries no proof of time. */
  readonly endpoints?: { readonly rekorURL?: string; readonly tsaURL?: string };
  readonly network: NetworkPolicy;
}

export interface KeySigner extends StatementSigner {
  /** securesystemslib keyid: names the key in classic links, layouts and the bundles' key hint. */
  readonly keyId: string;
  /** SPKI PEM of the public key. */
  readonly publicKeyPem: string;
  /** The public key as an in-toto layout lists it. */
  readonly publicKey: SecuresystemslibPublicKey;
  /** Signs bytes the way securesystemslib does for this key's scheme: for `signClassicLink`. */
  signClassic(bytes: Uint8Array): Uint8Array;
}

export async function createKeySigner(options: KeySignerOptions): Promise<KeySigner> {
  const privateKey = readPrivateKey(options.pem, options.passphrase);
  const publicKeyObject = createPublicKey(privateKey);
  const publicKey = securesystemslibPublicKey(publicKeyObject); // refuses key types we cannot sign with
  const keyId = keyIdOf(publicKey);
  const publicKeyPem = publicKeyObject.export({ format: 'pem', type: 'spki' }).toString();
  const { rekorURL, tsaURL } = options.endpoints ?? {};
  const errorEndpoints = { instance: 'custom' as const, fulcioURL: 'none (key-based signing)', rekorURL, tsaURL };
  const classicDigest = schemeDigest(publicKey.scheme);
  const makeBuilder = (sigstore: SigstoreSign): DSSEBundleBuilder =>
    new sigstore.DSSEBundleBuilder({ signer: new PrivateKeySigner(privateKey, publicKeyPem, keyId), witnesses: witnesses(sigstore, options) });

  return {
    keyId,
    publicKeyPem,
    publicKey,
    sign: signingStatements(makeBuilder, errorEndpoints),
    signClassic: (bytes) => cryptoSign(classicDigest, bytes, privateKey),
  };
}

function witnesses({ RekorWitness, TSAWitness }: SigstoreSign, options: KeySignerOptions): Witness[] {
  const { rekorURL, tsaURL } = options.endpoints ?? {};
  const fetchOptions = sigstoreFetchOptions(options.network);
  const out: Witness[] = [];
  if (rekorURL) out.push(new RekorWitness({ rekorBaseURL: rekorURL, entryType: 'dsse', fetchOnConflict: true, ...fetchOptions }));
  if (tsaURL) out.push(new TSAWitness({ tsaBaseURL: tsaURL, ...fetchOptions }));
  return out;
}

/**
 * Signs DSSE pre-authentication encodings with the user's key. ECDSA signs SHA-256 on every curve: that is the
 * digest @sigstore/verify, Rekor's dsse type and cosign's `--key` all verify with (node's default for EC keys).
 */
class PrivateKeySigner implements Signer {
  constructor(
    private readonly privateKey: KeyObject,
    private readonly publicKeyPem: string,
    private readonly keyId: string,
  ) {}

  async sign(data: Buffer): Promise<Signature> {
    const digest = this.privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    return {
      signature: cryptoSign(digest, data, this.privateKey),
      key: { $case: 'publicKey', publicKey: this.publicKeyPem, hint: this.keyId },
    };
  }
}
