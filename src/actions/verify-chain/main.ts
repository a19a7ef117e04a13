import { join, resolve } from 'node:path';
import { ChainmailError } from '../../core/errors.js';
import { identityPolicyFor } from '../../core/verify/signer-options.js';
import type { RunnerContext } from '../../github/runner-context.js';
import { BundleVerifier } from '../../sigstore/verify/bundle-verifier.js';
import type { TufRefreshOptions } from '../../sigstore/verify/tuf.js';
import { artifactDigest, artifactFile, type Artifact } from '../../verify/artifact.js';
import type { VerificationReport } from '../../verify/report.js';
import type { BundleSource } from '../../verify/sources.js';
import { loadTrustRoots } from '../../verify/trust.js';
import { verifyArtifact } from '../../verify/verify-artifact.js';
import { SIGNER_INPUTS, type VerifyChainInputs } from './inputs.js';
import { renderSummary } from './summary.js';

export interface VerifyChainDeps {
  readonly context: RunnerContext;
  /** RUNNER_TOOL_CACHE, where the TUF metadata cache lives on a runner (RUNNER_TEMP when unset). */
  readonly toolCache?: string;
  /** Wraps a TUF refresh to persist its cache across runs (actions/cache); the identity without it. */
  readonly persistTufCache: <T>(cachePath: string, mirror: string, refresh: () => Promise<T>) => Promise<T>;
  readonly log: (line: string) => void;
}

export interface VerifyChainResult {
  readonly report: VerificationReport;
  readonly summary: string;
}

/**
 * Verifies the artifact against the bundles of the chosen source (a path, a release, or the attestations API
 * of the repository) and the signer policy. A verdict, either way, is a result; only a source, trust root or
 * input that fails throws.
 */
export async function verifyChain(inputs: VerifyChainInputs, deps: VerifyChainDeps): Promise<VerifyChainResult> {
  const { context } = deps;
  const repository = inputs.repo ?? context.repository;
  const identity = identityPolicyFor({ ...inputs.signer, repo: repository }, (name) => SIGNER_INPUTS[name]);
  const artifact = await subjectArtifact(inputs, context.workspace);
  const source: BundleSource = inputs.bundlePath
    ? { kind: 'path', path: resolve(context.workspace, inputs.bundlePath), label: inputs.bundlePath }
    : inputs.releaseTag
      ? { kind: 'release', repository, tag: inputs.releaseTag }
      : { kind: 'attestations', repository };

  const tuf = inputs.tuf ? tufOptions(inputs, deps) : undefined;
  const loadRoots = () => loadTrustRoots({ ...(inputs.trustedRoot ? { trustedRootPath: resolve(context.workspace, inputs.trustedRoot) } : {}), ...(tuf ? { tuf } : {}) });
  const roots = tuf ? await deps.persistTufCache(tuf.cachePath, tuf.mirrorURL ?? 'public-good', loadRoots) : await loadRoots();
  deps.log(`Verifying ${artifact.name} against ${roots.map((r) => r.name).join('; ')}`);

  const report = await verifyArtifact({
    artifact,
    source,
    identity,
    predicateType: inputs.predicateType,
    verifier: new BundleVerifier(roots),
    github: { apiUrl: context.apiUrl, token: inputs.githubToken, network: inputs.network },
  });
  return { report, summary: renderSummary(report) };
}

async function subjectArtifact(inputs: VerifyChainInputs, workspace: string): Promise<Artifact> {
  if ('digest' in inputs.subject) {
    const artifact = artifactDigest(inputs.subject.digest, 'subject-digest');
    if (!artifact) throw new ChainmailError('INPUT_INVALID', `subject-digest: "${inputs.subject.digest}" is not a sha256:, sha384: or sha512: digest`);
    return artifact;
  }
  return artifactFile(resolve(workspace, inputs.subject.path), inputs.subject.path);
}

function tufOptions(inputs: VerifyChainInputs, deps: VerifyChainDeps): TufRefreshOptions {
  return {
    cachePath: join(deps.toolCache ?? deps.context.runnerTemp, 'chainmail', 'tuf'),
    network: inputs.network,
    ...(inputs.tuf?.mirror ? { mirrorURL: inputs.tuf.mirror } : {}),
    ...(inputs.tuf?.root ? { rootPath: resolve(deps.context.workspace, inputs.tuf.root) } : {}),
  };
}
