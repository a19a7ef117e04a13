import { BundleVerifier } from '../sigstore/verify/bundle-verifier.js';
import { artifactDigest, artifactFile, type Artifact } from '../verify/artifact.js';
import type { VerificationReport } from '../verify/report.js';
import { loadTrustRoots } from '../verify/trust.js';
import { verifyArtifact } from '../verify/verify-artifact.js';
import type { CliIo } from './io.js';
import { renderText } from './render-text.js';
import { VERIFY_USAGE } from './usage.js';
import { EXIT } from './usage-error.js';
import { parseVerifyFlags, type VerifyCommand } from './verify-flags.js';
import { DEFAULT_NETWORK } from '../core/network-policy.js';
import { isChainmailError } from '../core/errors.js';

/** `chainmail verify`: exit 0 only when a bundle satisfied the policy. */
export async function runVerify(args: readonly string[], io: CliIo): Promise<number> {
  const command = parseVerifyFlags(args, io);
  if (command === 'help') {
    io.stdout(VERIFY_USAGE);
    return EXIT.ok;
  }
  try {
    const report = await verify(command);
    io.stdout(command.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report));
    if (!report.verified) io.stderr(`chainmail verify: ${report.artifact.name} is not verified [${report.error?.code ?? 'VERIFICATION_FAILED'}]\n`);
    return report.verified ? EXIT.ok : EXIT.failed;
  } catch (error) {
    // A failed source or trust root: no verdict, but JSON readers still get JSON.
    if (command.format === 'json' && isChainmailError(error)) {
      io.stdout(`${JSON.stringify({ verified: false, artifact: { name: command.artifact }, attestations: [], rejected: [], error: { code: error.code, message: error.message } }, null, 2)}\n`);
    }
    throw error;
  }
}

async function verify(command: VerifyCommand): Promise<VerificationReport> {
  const artifact: Artifact = artifactDigest(command.artifact, '<artifact>') ?? (await artifactFile(command.artifact));
  const verifier = new BundleVerifier(await loadTrustRoots(command.trust));
  return verifyArtifact({
    artifact,
    source: command.source,
    identity: command.identity,
    predicateType: command.predicateType,
    verifier,
    github: { apiUrl: command.apiUrl, token: command.token, network: DEFAULT_NETWORK },
  });
}
