// One error family for the whole project. Every error carries a literal `code` that tests and callers
// branch on, a one-line message a person can act on, and the underlying `cause` when there is one.

export type ChainmailErrorCode =
  | 'INPUT_INVALID' // a user input (action input, CLI flag) is malformed or missing
  | 'PATH_NOT_FOUND' // a path or glob matched nothing
  | 'PATH_OUTSIDE_WORKSPACE' // a path or symlink leaves the workspace
  | 'PATH_UNREADABLE' // a file exists but cannot be read
  | 'DIGEST_INVALID' // a digest is malformed (algorithm or hex)
  | 'CHECKSUMS_INVALID' // a checksums line cannot be parsed
  | 'STATEMENT_INVALID' // an in-toto statement or descriptor fails validation
  | 'PREDICATE_INVALID' // a predicate is not JSON, not an object, or too large
  | 'OIDC_UNAVAILABLE' // no OIDC token can be had (missing id-token permission)
  | 'OIDC_FAILED' // the OIDC endpoint answered with an error
  | 'SIGNING_FAILED' // Fulcio, Rekor or the TSA failed after retries
  | 'UPLOAD_FAILED' // the attestations API or the release upload failed after retries
  | 'GITHUB_CONTEXT_INVALID' // the runner context (GITHUB_* variables, event file) is missing or malformed
  | 'WRITE_FAILED' // an output file could not be written
  // Verification failures: each names what did not check out. A verifier fails closed on all of them.
  | 'TRUST_ROOT_INVALID' // a trusted_root.json (or JSONL of roots) cannot be read or parsed
  | 'BUNDLE_INVALID' // not JSON, not a Sigstore bundle, an unknown media type, a malformed or disallowed chain
  | 'UNTRUSTED_INSTANCE' // signed by a CA (or key) that no trusted root holds
  | 'CERTIFICATE_INVALID' // the certificate chain, its validity at signing time, or its SCTs do not verify
  | 'TLOG_INVALID' // a transparency log entry, inclusion proof, checkpoint or SET does not verify
  | 'TIMESTAMP_INVALID' // an RFC 3161 timestamp does not verify, or too few timestamps
  | 'SIGNATURE_INVALID' // the signature does not verify over the content
  | 'IDENTITY_MISMATCH' // the signer is not who the policy expects
  | 'ARTIFACT_MISMATCH' // the artifact is not a subject of the statement (or the message digest differs)
  | 'PREDICATE_MISMATCH' // the statement's predicate type is not the expected one
  | 'LOCKFILE_INVALID' // a lockfile is malformed (the message names the file and the line or JSON path)
  | 'LOCKFILE_UNSUPPORTED' // a lockfile version we do not read (the message says which versions we do)
  | 'SBOM_TOO_LARGE' // the attested SBOM exceeds what the attestations API accepts
  | 'POLICY_VIOLATION' // a fail-on rule matched (sbom audit / diff)
  | 'BASE_UNAVAILABLE' // the base commit of a diff (pull request base, base-ref) cannot be read from git
  | 'COMMAND_FAILED' // a wrapped command could not be started, or failed without allow-failure
  | 'KEY_INVALID' // a signing key cannot be read or is of an unsupported type
  | 'FETCH_FAILED' // bundles could not be fetched (attestations API, release assets) after retries, or were refused
  | 'NO_ATTESTATION' // no bundle could be found for the artifact
  | 'VERIFICATION_FAILED'; // none of the candidate bundles verified (each one's reason is listed)

export class ChainmailError extends Error {
  readonly code: ChainmailErrorCode;

  constructor(code: ChainmailErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChainmailError';
    this.code = code;
  }
}

/** One problem found by a validator, with the path of the field it concerns (`subject[0].digest.sha256`). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** A validation failure that lists every problem at once, each with its field path. */
export class ValidationError extends ChainmailError {
  readonly problems: readonly FieldProblem[];

  constructor(code: ChainmailErrorCode, what: string, problems: readonly FieldProblem[]) {
    super(code, `${what}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

export function isChainmailError(e: unknown): e is ChainmailError {
  return e instanceof ChainmailError;
}
