import { ChainmailError, isChainmailError } from '../../core/errors.js';
import type { SigningEndpoints } from '../endpoints.js';
import { loadSigstoreSign } from './sigstore-sign.js';

/**
 * Turns a sigstore-js signing failure into a one-line ChainmailError naming the service and its URL.
 * Never forwards sigstore-js's own message for a token parse failure: it embeds the token.
 */
export async function toSigningError(error: unknown, endpoints: SigningEndpoints): Promise<ChainmailError> {
  if (isChainmailError(error)) return error;
  const { InternalError } = await loadSigstoreSign(); // loaded already: only signing fails this way
  if (!(error instanceof InternalError)) {
    return new ChainmailError('SIGNING_FAILED', `signing failed: ${messageOf(error)}`, { cause: error });
  }
  const cause: unknown = error.cause;
  const detail = causeDetail(cause);
  switch (error.code) {
    case 'IDENTITY_TOKEN_READ_ERROR':
      return isChainmailError(cause) ? cause : new ChainmailError('OIDC_FAILED', `could not get an OIDC token: ${detail}`, { cause });
    case 'IDENTITY_TOKEN_PARSE_ERROR':
      return new ChainmailError('OIDC_FAILED', 'the OIDC token is not a JWT with a subject claim', { cause: undefined });
    case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
      return new ChainmailError('SIGNING_FAILED', `Fulcio (${endpoints.fulcioURL}) did not issue a signing certificate: ${detail}`, { cause });
    case 'TLOG_CREATE_ENTRY_ERROR':
    case 'TLOG_FETCH_ENTRY_ERROR':
      return new ChainmailError('SIGNING_FAILED', `Rekor (${endpoints.rekorURL ?? 'none'}) did not log the signature: ${detail}`, { cause });
    case 'TSA_CREATE_TIMESTAMP_ERROR':
      return new ChainmailError('SIGNING_FAILED', `the timestamp authority (${endpoints.tsaURL ?? 'none'}) did not timestamp the signature: ${detail}`, { cause });
    default:
      return new ChainmailError('SIGNING_FAILED', `signing failed: ${error.message}`, { cause });
  }
}

function causeDetail(cause: unknown): string {
  if (cause === undefined) return 'no detail';
  const text = messageOf(cause);
  // HTTPError says "(503) Service Unavailable"; connection errors carry a code such as ECONNRESET.
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  return code && !text.includes(code) ? `${text} (${code})` : text;
}

function messageOf(value: unknown): string {
  const text = value instanceof Error ? value.message : String(value);
  return text.split('\n')[0] ?? text;
}
