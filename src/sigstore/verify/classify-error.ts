import { ValidationError as BundleValidationError } from '@sigstore/bundle';
import { PolicyError, VerificationError } from '@sigstore/verify';
import { ChainmailError, isChainmailError } from '../../core/errors.js';

/** Turns what sigstore-js throws while verifying a bundle into one of our verification codes, with its reason. */
export function classifyVerificationError(error: unknown): ChainmailError {
  if (isChainmailError(error)) return error;
  if (error instanceof VerificationError) {
    const reason = firstLine(error.message);
    switch (error.code) {
      case 'CERTIFICATE_ERROR':
        return new ChainmailError('CERTIFICATE_INVALID', `certificate: ${reason}`, { cause: error });
      case 'PUBLIC_KEY_ERROR':
        return new ChainmailError('UNTRUSTED_INSTANCE', `public key: ${reason}`, { cause: error });
      case 'SIGNATURE_ERROR':
        return new ChainmailError('SIGNATURE_INVALID', `signature: ${reason}`, { cause: error });
      case 'TIMESTAMP_ERROR':
        return new ChainmailError('TIMESTAMP_INVALID', `timestamp: ${reason}`, { cause: error });
      case 'TLOG_ERROR':
      case 'TLOG_BODY_ERROR':
      case 'TLOG_INCLUSION_PROOF_ERROR':
      case 'TLOG_INCLUSION_PROMISE_ERROR':
      case 'TLOG_MISSING_INCLUSION_ERROR':
        return new ChainmailError('TLOG_INVALID', `transparency log: ${reason}`, { cause: error });
      default:
        return new ChainmailError('BUNDLE_INVALID', `unsupported: ${reason}`, { cause: error });
    }
  }
  if (error instanceof PolicyError) return new ChainmailError('IDENTITY_MISMATCH', firstLine(error.message), { cause: error });
  if (error instanceof BundleValidationError) {
    const fields = error.fields.length > 0 ? ` (${error.fields.join(', ')})` : '';
    return new ChainmailError('BUNDLE_INVALID', `not a valid Sigstore bundle: ${firstLine(error.message)}${fields}`, { cause: error });
  }
  // Anything else (a parse failure deep in a certificate, a malformed timestamp) is a bundle we cannot check.
  return new ChainmailError('BUNDLE_INVALID', `cannot be verified: ${firstLine(error instanceof Error ? error.message : String(error))}`, { cause: error });
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
