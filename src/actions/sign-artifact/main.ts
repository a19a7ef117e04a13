import { join, resolve } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import { bundleFileNames, bundleListFileName } from '../../core/bundle-names.js';
import { definedOnly } from '../../core/defined.js';
import { ChainmailError } from '../../core/errors.js';
import { makeStatement, type ResourceDescriptor } from '../../core/intoto/index.js';
import { mapLimit } from '../../core/map-limit.js';
import { batchSubjects } from '../../core/subjects/batch.js';
import { storeAttestation, type StoredAttestation } from '../../github/attestations-api.js';
import { dispatchInputs, eventRelease, repositoryVisibility } from '../../github/event.js';
import { releaseUploadUrl, uploadReleaseAssets } from '../../github/release-assets.js';
import type { RunnerContext } from '../../github/runner-context.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { collectSubjects } from '../../io/subjects.js';
import { chooseSigningEndpoints } from '../../sigstore/endpoints.js';
import { createKeylessSigner, signAll } from '../../sigstore/sign/keyless.js';
import type { SignArtifactInputs } from './inputs.js';
import { loadCustomPredicate, runProvenance } from './predicate.js';
import { renderSummary, type SummaryRow } from './summary.js';

export interface SignArtifactDeps {
  readonly context: RunnerContext;
  /** The job's OIDC token for audience "sigstore". */
  readonly requestToken: () => Promise<string>;
  /** When the workflow run started, if it can be learned; provenance records it as startedOn. */
  readonly runStartedOn: () => Promise<string | undefined>;
  readonly log: (line: string) => void;
}

export interface SignArtifactResult {
  readonly bundlePath: string;
  readonly bundlePaths: readonly string[];
  readonly stored: readonly StoredAttestation[];
  readonly subjectCount: number;
  readonly attestationCount: number;
  readonly summary: string;
}

/** How many attestations are uploaded to the API at once. */
const UPLOAD_CONCURRENCY = 4;

export async function signArtifact(inputs: SignArtifactInputs, deps: SignArtifactDeps): Promise<SignArtifactResult> {
  const { context } = deps;
  const subjects: ResourceDescriptor[] = await collectSubjects({
    workspace: context.workspace,
    ...inputs.subjects,
    algorithms: [inputs.digestAlgorithm],
  });
  const endpoints = chooseSigningEndpoints({
    sigstore: inputs.sigstore,
    ...definedOnly({ visibility: repositoryVisibility(context.event), fulcioURL: inputs.fulcioUrl, rekorURL: inputs.rekorUrl, tsaURL: inputs.tsaUrl }),
  });
  const release = releaseDestination(inputs, context);

  // The user's predicate is checked before a token is asked for: bad input fails without touching the network.
  const custom = inputs.predicate.kind === 'provenance' ? undefined : await loadCustomPredicate(inputs.predicate, context.workspace);
  const oidcToken = await deps.requestToken();
  const { type, predicate } = custom ?? runProvenance({
    oidcToken,
    serverUrl: context.serverUrl,
    ...definedOnly({ workflowInputs: dispatchInputs(context.eventName, context.event), startedOn: await deps.runStartedOn() }),
  });

  const groups = batchSubjects(subjects, inputs.maxSubjectsPerAttestation, inputs.attestationPerSubject ? 'per-subject' : 'batched');
  const statements = groups.map((group) => makeStatement(group, type, predicate));
  deps.log(`Signing ${statements.length} attestation(s) over ${subjects.length} subject(s) on ${endpoints.instance} (${endpoints.fulcioURL})`);
  const signer = createKeylessSigner({ endpoints, identityProvider: { getToken: async () => oidcToken }, network: inputs.network });
  const bundles = await signAll(signer, statements);
  const files = bundleFileNames(groups);

  const stored = inputs.uploadAttestations
    ? await mapLimit(bundles, UPLOAD_CONCURRENCY, (bundle) =>
        storeAttestation({ apiUrl: context.apiUrl, serverUrl: context.serverUrl, repository: context.repository, token: inputs.githubToken, network: inputs.network }, bundle))
    : [];
  for (const attestation of stored) deps.log(`Stored attestation ${attestation.id}: ${attestation.url}`);

  if (release) {
    const target = { apiUrl: context.apiUrl, repository: context.repository, token: inputs.githubToken, network: inputs.network };
    const uploadUrl = release.uploadUrl ?? (await releaseUploadUrl(target, release.tag));
    const uploaded = await uploadReleaseAssets(target, uploadUrl, files.map((name, i) => ({ name, data: Buffer.from(bundleLine(bundles[i])) })));
    deps.log(`Uploaded ${uploaded.length} bundle(s) to release ${release.tag}`);
  }

  // Files come last: a run that fails anywhere before leaves no bundle behind, and each file is renamed into place whole.
  const bundleDir = resolve(context.workspace, inputs.bundleDir ?? join(context.runnerTemp, 'chainmail'));
  const written = await writeBundles(bundleDir, groups, files, bundles);
  deps.log(`Wrote ${written.paths.length} bundle file(s); bundle-path: ${written.bundlePath}`);

  const rows: SummaryRow[] = groups.flatMap((group, i) =>
    group.map((subject) => ({ subject, attestation: stored[i] ? `[${stored[i].id}](${stored[i].url})` : `\`${files[i]}\`` })),
  );
  return {
    bundlePath: written.bundlePath,
    bundlePaths: written.paths,
    stored,
    subjectCount: subjects.length,
    attestationCount: statements.length,
    summary: renderSummary(type, rows, endpoints.instance),
  };
}

interface ReleaseDestination {
  readonly tag: string;
  readonly uploadUrl?: string;
}

/** Where release assets go: the event's release, or release-tag; nowhere when upload-to-release is false. */
function releaseDestination(inputs: SignArtifactInputs, context: RunnerContext): ReleaseDestination | undefined {
  if (inputs.uploadToRelease === 'false') return undefined;
  if (inputs.releaseTag) return { tag: inputs.releaseTag };
  const fromEvent = eventRelease(context.eventName, context.event);
  if (fromEvent && !inputs.githubToken) {
    throw new ChainmailError('INPUT_INVALID', 'github-token: required to upload to the release of this release event (or set upload-to-release: false)');
  }
  if (fromEvent) return { tag: fromEvent.tagName, uploadUrl: fromEvent.uploadUrl };
  if (inputs.uploadToRelease === 'true') {
    throw new ChainmailError('INPUT_INVALID', `release-tag: required with upload-to-release: true outside a release event (this run's event is ${context.eventName || 'unknown'})`);
  }
  return undefined;
}

async function writeBundles(dir: string, groups: readonly (readonly ResourceDescriptor[])[], names: readonly string[], bundles: readonly SerializedBundle[]) {
  const paths = names.map((name) => join(dir, name));
  await Promise.all(paths.map((path, i) => writeFileAtomic(path, bundleLine(bundles[i]))));
  if (paths.length === 1) return { paths, bundlePath: paths[0] as string };
  const listPath = join(dir, bundleListFileName(groups));
  await writeFileAtomic(listPath, bundles.map(bundleLine).join(''));
  return { paths, bundlePath: listPath };
}

function bundleLine(bundle: SerializedBundle | undefined): string {
  return `${JSON.stringify(bundle)}\n`;
}
