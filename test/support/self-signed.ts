import { generateKeyPairSync } from 'node:crypto';
import { initializeCA } from '@sigstore/mock';

/**
 * A PEM certificate issued by @sigstore/mock's CA at `issuedAtMs` (its certificates live 10 minutes, like
 * Fulcio's). Only its validity window matters to the tests that use it.
 */
export async function mockCertificate(issuedAtMs: number): Promise<string> {
  const ca = await initializeCA(generateKeyPairSync('ec', { namedCurve: 'P-256' }), undefined, new Date(issuedAtMs));
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const der = await ca.issueCertificate({
    publicKey: publicKey.export({ format: 'der', type: 'spki' }),
    subjectAltName: 'https://github.com/owner/repo/.github/workflows/release.yml@refs/heads/main',
  });
  const base64 = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
  return `-----BEGIN CERTIFICATE-----\n${base64.match(/.{1,64}/g)?.join('\n')}\n-----END CERTIFICATE-----\n`;
}
