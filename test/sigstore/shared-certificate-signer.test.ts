import { describe, expect, it } from '@jest/globals';
import { createVerify, X509Certificate } from 'node:crypto';
import type { Signature, Signer } from '@sigstore/sign';
import { EphemeralKeyHolder } from '../../src/sigstore/sign/key-holder.js';
import { SharedCertificateSigner } from '../../src/sigstore/sign/shared-certificate-signer.js';
import { mockCertificate } from '../support/self-signed.js';

/** A certifier that issues a 10-minute certificate at the current clock and counts its calls. */
function countingCertifier(now: () => number) {
  const calls: number[] = [];
  const certifier = {
    async sign(_data: Buffer): Promise<Signature> {
      calls.push(now());
      await new Promise((r) => setTimeout(r, 5));
      return { signature: Buffer.alloc(0), key: { $case: 'x509Certificate', certificate: await mockCertificate(now()) } };
    },
  } satisfies Signer;
  return { certifier, calls };
}

describe('SharedCertificateSigner', () => {
  it('asks for one certificate however many payloads it signs, even concurrently', async () => {
    const keyHolder = new EphemeralKeyHolder();
    const { certifier, calls } = countingCertifier(Date.now);
    const signer = new SharedCertificateSigner(certifier, keyHolder);
    const signatures = await Promise.all(Array.from({ length: 20 }, (_, i) => signer.sign(Buffer.from(`payload ${i}`))));
    expect(calls).toHaveLength(1);
    const certificates = new Set(signatures.map((s) => (s.key.$case === 'x509Certificate' ? s.key.certificate : '')));
    expect(certificates.size).toBe(1);
  });

  it('signs each payload with the key holder key, so the signature verifies under its public key', async () => {
    const keyHolder = new EphemeralKeyHolder();
    const { certifier } = countingCertifier(Date.now);
    const signature = await new SharedCertificateSigner(certifier, keyHolder).sign(Buffer.from('hello'));
    const verify = createVerify('sha256').update('hello');
    expect(verify.verify(keyHolder.publicKeyPem, signature.signature)).toBe(true);
  });

  it('renews the certificate when less than a minute of its validity is left', async () => {
    let clock = Date.now();
    const keyHolder = new EphemeralKeyHolder();
    const { certifier, calls } = countingCertifier(() => clock);
    const signer = new SharedCertificateSigner(certifier, keyHolder, () => clock);
    await signer.sign(Buffer.from('a'));
    clock += 8 * 60_000;
    await signer.sign(Buffer.from('b'));
    expect(calls).toHaveLength(1);
    clock += 90_000; // 30 s left
    const renewed = await signer.sign(Buffer.from('c'));
    expect(calls).toHaveLength(2);
    const pem = renewed.key.$case === 'x509Certificate' ? renewed.key.certificate : '';
    expect(new X509Certificate(pem).validToDate.getTime()).toBeGreaterThan(clock + 60_000);
  });

  it('fails every waiting signature when the certificate cannot be had', async () => {
    const keyHolder = new EphemeralKeyHolder();
    const failing = { sign: async (): Promise<Signature> => { throw new Error('fulcio down'); } } satisfies Signer;
    const signer = new SharedCertificateSigner(failing, keyHolder);
    const results = await Promise.allSettled([signer.sign(Buffer.from('a')), signer.sign(Buffer.from('b'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
