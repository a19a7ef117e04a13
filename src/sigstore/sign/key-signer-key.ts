// Reads the private key a user passes as a secret. Every failure is one line that says what is wrong with the
// key and never quotes it: the message, and the cause kept with it, carry no key material or passphrase.
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { ChainmailError } from '../../core/errors.js';

/**
 * A PKCS#8, SEC1 ("EC PRIVATE KEY") or encrypted PKCS#8 PEM, or an unencrypted securesystemslib JSON key file
 * as in-toto-keygen writes it (ed25519: hex seed; ecdsa: a PEM inside), so in-toto users can bring their keys.
 */
export function readPrivateKey(text: string, passphrase?: string): KeyObject {
  const trimmed = text.trim();
  if (trimmed === '') throw new ChainmailError('KEY_INVALID', 'the signing key is empty');
  if (trimmed.startsWith('{')) return fromSecuresystemslibJson(trimmed);
  if (/^[0-9a-f]+@@@@/.test(trimmed)) {
    throw new ChainmailError('KEY_INVALID', 'the signing key is an encrypted securesystemslib key file: decrypt it, or export the key as a PKCS#8 PEM');
  }
  if (!trimmed.includes('-----BEGIN')) throw new ChainmailError('KEY_INVALID', 'the signing key is not a PEM private key (no "-----BEGIN" line)');
  if (/-----BEGIN (PUBLIC KEY|CERTIFICATE)-----/.test(trimmed)) {
    throw new ChainmailError('KEY_INVALID', 'the signing key is a public key or certificate; pass the private key');
  }
  const encrypted = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(trimmed);
  if (encrypted && !passphrase) throw new ChainmailError('KEY_INVALID', 'the signing key is encrypted: give its passphrase');
  try {
    return createPrivateKey(encrypted ? { key: trimmed, format: 'pem', passphrase: passphrase ?? '' } : { key: trimmed, format: 'pem' });
  } catch (error) {
    throw new ChainmailError('KEY_INVALID', encrypted && isDecryptFailure(error)
      ? 'the signing key cannot be decrypted: wrong passphrase'
      : 'the signing key is not a readable PEM private key');
  }
}

function isDecryptFailure(error: unknown): boolean {
  const text = `${(error as { code?: string }).code ?? ''} ${(error as Error).message ?? ''}`;
  return /bad decrypt|BAD_DECRYPT|DECODER routines|unsupported/i.test(text);
}

interface SecuresystemslibKeyFile {
  readonly keytype?: unknown;
  readonly keyval?: { readonly public?: unknown; readonly private?: unknown };
}

function fromSecuresystemslibJson(text: string): KeyObject {
  let file: SecuresystemslibKeyFile;
  try {
    file = JSON.parse(text) as SecuresystemslibKeyFile;
  } catch {
    throw new ChainmailError('KEY_INVALID', 'the signing key looks like JSON but does not parse');
  }
  const { keytype, keyval } = file;
  const priv = keyval?.private;
  if (typeof priv !== 'string' || priv === '') {
    throw new ChainmailError('KEY_INVALID', 'the securesystemslib key file has no keyval.private: pass the private key file, not the .pub');
  }
  try {
    if (keytype === 'ed25519' && /^[0-9a-f]{64}$/.test(priv) && typeof keyval?.public === 'string') {
      const b64 = (hex: string): string => Buffer.from(hex, 'hex').toString('base64url');
      return createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: b64(priv), x: b64(keyval.public) }, format: 'jwk' });
    }
    if (typeof keytype === 'string' && keytype.startsWith('ecdsa')) return createPrivateKey({ key: priv, format: 'pem' });
  } catch {
    throw new ChainmailError('KEY_INVALID', `the securesystemslib ${String(keytype)} key file holds an unreadable key`);
  }
  throw new ChainmailError('KEY_INVALID', `unsupported securesystemslib key type ${JSON.stringify(keytype)}: use an ed25519 or ECDSA key`);
}
