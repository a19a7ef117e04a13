// An ed25519 key for the attest-step benchmark, in both forms its two tools read: a PKCS#8 PEM (chainmail) and a
// securesystemslib JSON key file (in-toto-run --key-type ed25519), with the keyid both name it by.
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyIdOf, securesystemslibPublicKey } from '../../src/core/predicates/link/classic.js';

export interface BenchKey {
  readonly pemPath: string;
  readonly securesystemslibPath: string;
  readonly keyId: string;
}

export function writeBenchKey(dir: string): BenchKey {
  mkdirSync(dir, { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKey = securesystemslibPublicKey(createPublicKey(privateKey));
  const keyId = keyIdOf(publicKey);
  const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d ?? '', 'base64url').toString('hex');
  const pemPath = join(dir, 'key.pem');
  const securesystemslibPath = join(dir, 'key.json');
  writeFileSync(pemPath, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  writeFileSync(securesystemslibPath, JSON.stringify({ keytype: 'ed25519', scheme: 'ed25519', keyid: keyId, keyval: { public: publicKey.keyval.public, private: seed } }), { mode: 0o600 });
  return { pemPath, securesystemslibPath, keyId };
}
