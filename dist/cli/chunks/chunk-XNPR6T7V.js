const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);

// src/cli/version.ts
var VERSION = "0.1.0";

// src/cli/usage.ts
var MAIN_USAGE = `chainmail ${VERSION}: verify Sigstore-signed supply-chain attestations, and write SBOMs from lockfiles

Usage:
  chainmail verify <artifact> (--bundle PATH | --repo OWNER/REPO [--release TAG]) [flags]
  chainmail verify-bundle --bundle FILE (--certificate-identity SAN --certificate-oidc-issuer URL | --key PEM) FILE_OR_DIGEST
  chainmail sbom [DIR] [--format cyclonedx-json|spdx-json] [--output FILE] [--reproducible] [--lockfile PATH ...]
  chainmail --version

Run chainmail <command> --help for a command's flags.
Exit status: 0 verified, 1 not verified (or a bundle source or trust root failed), 2 bad usage.
`;
var VERIFY_USAGE = `Usage: chainmail verify <artifact> (--bundle PATH | --repo OWNER/REPO [--release TAG]) [flags]

Verifies that <artifact> (a file, or sha256:<hex> / sha512:<hex>) has an attestation signed through Sigstore
by the signer the flags name. Offline against the embedded public-good trusted root unless told otherwise.

Where the bundles come from (--bundle, else --release, else the attestations API of --repo):
  --bundle PATH                  a bundle (.sigstore.json), JSON Lines of bundles, or a directory of them
  --repo OWNER/REPO              the repository's attestations (GitHub API), looked up by the sha256 digest
  --release TAG                  the bundle assets of that release of --repo
                                 (*.sigstore.json, *.sigstore.jsonl, *.intoto.jsonl)

Who must have signed (at least one of --repo, --owner, --signer-workflow, --cert-identity[-regexp]):
  --repo OWNER/REPO              the source repository; alone, the signer must be a workflow of it
  --owner OWNER                  the source repository's owner; alone, the signer must be a workflow of it
  --signer-workflow W            OWNER/REPO/PATH/TO/WORKFLOW.yml[@REF]: the workflow that signed
  --signer-digest SHA            the commit of the signer workflow
  --source-ref REF               the source ref, e.g. refs/heads/main or refs/tags/v1.0.0
  --source-digest SHA            the source commit
  --deny-self-hosted-runners     refuse attestations signed on self-hosted runners
  --cert-identity SAN            the certificate's SAN, exactly
  --cert-identity-regexp RE      a regular expression the whole SAN must match
  --cert-oidc-issuer URL         the OIDC issuer (default https://token.actions.githubusercontent.com)
  --cert-oidc-issuer-regexp RE   a regular expression the whole issuer must match
  --hostname HOST                the GitHub host of --repo, --owner, --signer-workflow (default github.com)

What must be attested:
  --predicate-type URI           the statement's predicate type (default https://slsa.dev/provenance/v1)

Trust:
  --trusted-root FILE            a trusted_root.json, or JSON Lines of them (default: the embedded public-good root)
  --tuf                          refresh the public-good root through TUF (online); fails if it cannot
  --tuf-mirror URL               with --tuf: another TUF repository (give its initial root with --tuf-root)
  --tuf-root FILE                with --tuf: the initial root.json of --tuf-mirror
  --tuf-cache DIR                with --tuf: the metadata cache (default $RUNNER_TOOL_CACHE/chainmail/tuf on a
                                 runner, else $XDG_CACHE_HOME/chainmail/tuf)

GitHub:
  --api-url URL                  the API (default $GITHUB_API_URL, else https://api.github.com)
  --token TOKEN                  a token that can read the attestations or release (default $GITHUB_TOKEN,
                                 else $GH_TOKEN; a public repository needs none)

Output:
  --format text|json            text (default), or the JSON report described in the README
  -h, --help

Exit status: 0 verified, 1 not verified (or a bundle source or trust root failed), 2 bad usage.
`;
var VERIFY_BUNDLE_USAGE = `Usage:
  chainmail verify-bundle [--staging] --bundle FILE --certificate-identity SAN --certificate-oidc-issuer URL [--trusted-root FILE] FILE_OR_DIGEST
  chainmail verify-bundle [--staging] --bundle FILE --key PEM_FILE [--trusted-root FILE] FILE_OR_DIGEST

The sigstore-conformance client protocol's verify-bundle: verifies one Sigstore bundle over FILE_OR_DIGEST
(a file, or sha256:<64 hex> when that is not a path on disk; for a DSSE bundle, a subject of its statement).
  --certificate-identity-regexp RE and --certificate-oidc-issuer-regexp RE match the whole value instead.
  --key PEM_FILE verifies a bundle signed with that public key instead of a certificate.
  --trusted-root FILE            default: the embedded public-good root
  --staging                      Sigstore's staging instance: give its root with --trusted-root
  -h, --help

A message-signature bundle signs the file's bytes: it needs FILE, not a digest.
Exit status: 0 verified, 1 not verified, 2 bad usage.
`;
var SBOM_USAGE = `Usage: chainmail sbom [DIR] [--format cyclonedx-json|spdx-json] [--output FILE] [--reproducible] [--lockfile PATH ...]

Writes an SBOM of DIR (default: the current directory) from its lockfiles, read directly, offline:
package-lock.json / npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, requirements*.txt, poetry.lock, uv.lock,
Pipfile.lock, go.sum, Cargo.lock, and the uses: of .github/workflows and action.yml files.
Each component has its purl, version, hashes, license, scope and where it came from; the same component in
several lockfiles is listed once. Licenses missing from a JavaScript lockfile are read from node_modules
when it is installed beside it.

  --format F            cyclonedx-json (CycloneDX 1.6, default) or spdx-json (SPDX 2.3)
  -o, --output FILE     where to write it (atomically); default: stdout
  --reproducible        the same lockfiles give byte-identical output: no timestamp, a serial number or
                        document namespace derived from the content; SPDX's required creation date is
                        SOURCE_DATE_EPOCH when set, else 1970-01-01T00:00:00Z (CycloneDX then carries
                        SOURCE_DATE_EPOCH as its timestamp, else none)
  --lockfile PATH       read only this lockfile (repeatable) instead of detecting every one
                        (node_modules, .git, vendor, target and virtualenvs are never searched)
  --no-licenses         do not read node_modules for licenses
  -h, --help

A summary (components per ecosystem) and the lockfiles' warnings go to stderr. Nothing is signed: the
sbom action attests the SBOM. A malformed lockfile fails with its file and line [LOCKFILE_INVALID].
Exit status: 0 written, 1 failed (nothing written), 2 bad usage.
`;

// src/cli/usage-error.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
var EXIT = { ok: 0, failed: 1, usage: 2 };

export {
  VERSION,
  MAIN_USAGE,
  VERIFY_USAGE,
  VERIFY_BUNDLE_USAGE,
  SBOM_USAGE,
  UsageError,
  EXIT
};
