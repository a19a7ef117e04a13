// @sigstore/sign is loaded when a statement is first signed, not when a signer is made: the start of an action,
// a wrapped step's start and classic links go without its ~40 ms. Counted through a module mock that hands out
// the real package.
import { describe, expect, it, jest } from '@jest/globals';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import type { Statement } from '../../src/core/intoto/index.js';
import { sampleStatement } from '../support/index.js';

let loads = 0;
jest.unstable_mockModule('@sigstore/sign', () => {
  loads++;
  return createRequire(import.meta.url)('@sigstore/sign') as object;
});
const { createKeySigner } = await import('../../src/sigstore/sign/key-signer.js');
const { createKeylessSigner } = await import('../../src/sigstore/sign/keyless.js');

const network = { timeoutMs: 5_000, retries: 0, minBackoffMs: 10 };

describe('@sigstore/sign on demand', () => {
  it('is not loaded to make signers or sign a classic link, and is loaded once by the first statement signed', async () => {
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
    const signer = await createKeySigner({ pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), network });
    const signature = signer.signClassic(Buffer.from('link'));
    expect(crypto.verify(null, Buffer.from('link'), publicKey, signature)).toBe(true);
    createKeylessSigner({
      endpoints: { instance: 'custom', fulcioURL: 'http://127.0.0.1:9' },
      identityProvider: { getToken: () => Promise.reject(new Error('not asked in this test')) },
      network,
    });
    expect(loads).toBe(0);

    const statement = sampleStatement('app.tgz', 'd'.repeat(64)) as Statement;
    const [first, second] = await Promise.all([signer.sign(statement), signer.sign(statement)]);
    expect(first.dsseEnvelope?.signatures).toHaveLength(1);
    expect(second.dsseEnvelope?.payload).toBe(first.dsseEnvelope?.payload);
    expect(loads).toBe(1);
  });
});
