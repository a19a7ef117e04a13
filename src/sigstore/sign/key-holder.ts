import { generateKeyPairSync, sign as cryptoSign, type KeyObject } from 'node:crypto';
import type { Signature, Signer } from '@sigstore/sign';

/**
 * An in-memory key that signs and reports its public key, the `keyHolder` a Fulcio signer certifies.
 * The private key never leaves this object and dies with the process.
 */
export class EphemeralKeyHolder implements Signer {
  private readonly privateKey: KeyObject;
  readonly publicKeyPem: string;

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = privateKey;
    this.publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  }

  async sign(data: Buffer): Promise<Signature> {
    return {
      signature: cryptoSign('sha256', data, this.privateKey),
      key: { $case: 'publicKey', publicKey: this.publicKeyPem },
    };
  }
}
