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
  | 'WRITE_FAILED'; // an output file could not be written

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
