import { X509Certificate } from 'node:crypto';
import type { Signature, Signer } from '@sigstore/sign';

/** Renew when less than this is left of the certificate's validity (Fulcio issues 10-minute certificates). */
const RENEW_MARGIN_MS = 60_000;

interface Certified {
  readonly certificate: string;
  readonly notAfter: number;
}

/**
 * Signs every payload of a run with one key and one Fulcio certificate: N attestations cost one Fulcio call,
 * not N. `certifier` is a Fulcio signer whose key holder is `keyHolder`; it is asked only for the certificate
 * (its signature over an empty message is discarded). Concurrent callers share one certificate request, and
 * a certificate close to expiry is renewed so that every log entry falls inside its validity.
 */
export class SharedCertificateSigner implements Signer {
  private certified?: Promise<Certified>;

  constructor(
    private readonly certifier: Signer,
    private readonly keyHolder: Signer,
    private readonly now: () => number = Date.now,
  ) {}

  async sign(data: Buffer): Promise<Signature> {
    const { certificate } = await this.validCertificate();
    const { signature } = await this.keyHolder.sign(data);
    return { signature, key: { $case: 'x509Certificate', certificate } };
  }

  private async validCertificate(): Promise<Certified> {
    const current = this.certified;
    if (current) {
      const certified = await current;
      if (certified.notAfter - this.now() > RENEW_MARGIN_MS) return certified;
      // Only the first caller to see the stale certificate renews it; the others wait for that renewal.
      if (this.certified !== current) return this.validCertificate();
    }
    this.certified = this.certifier.sign(Buffer.alloc(0)).then(toCertified);
    return this.certified;
  }
}

function toCertified(signature: Signature): Certified {
  if (signature.key.$case !== 'x509Certificate') {
    throw new TypeError('the certifying signer returned a public key, not a certificate');
  }
  const { certificate } = signature.key;
  return { certificate, notAfter: new X509Certificate(certificate).validToDate.getTime() };
}
