// Signs each SBOM as an in-toto statement (predicate = the SBOM document) over its subjects: the build
// artifacts of subject-path, or else the lockfiles it was made from. One Fulcio certificate for the run,
// the same keyless signing as sign-artifact; bundles go to the attestations API and beside the SBOM files.
import { basename, join, relative } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import { definedOnly } from '../../core/defined.js';
import { ChainmailError } from '../../core/errors.js';
import { makeStatement, type ResourceDescriptor } from '../../core/intoto/index.js';
import { mapLimit } from '../../core/map-limit.js';
import { batchSubjects } from '../../core/subjects/batch.js';
import { storeAttestation, type StoredAttestation } from '../../github/attestations-api.js';
import { repositoryVisibility } from '../../github/event.js';
import type { RunnerContext } from '../../github/runner-context.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { digestFiles } from '../../io/digest.js';
import { collectSubjects } from '../../io/subjects.js';
import { chooseSigningEndpoints } from '../../sigstore/endpoints.js';
import { createKeylessSigner, signAll } from '../../sigstore/sign/keyless.js';
import type { SbomFormat, SbomInputs } from './inputs.js';

/** The predicate types GitHub's actions/attest-sbom (@actions/attest) and the in-toto predicate list use. */
export const SBOM_PREDICATE_TYPE: Readonly<Record<SbomFormat, string>> = {
  'cyclonedx-json': 'https://cyclonedx.org/bom',
  'spdx-json': 'https://spdx.dev/Document/v2.3',
};

/** The attestations API's limit, which actions/attest-sbom applies to the SBOM file too. */
export const MAX_ATTESTED_SBOM_BYTES = 16 * 2 ** 20;

/** GitHub's attestations API and actions/attest cap a statement at 1,024 subjects; more are split. */
const MAX_SUBJECTS = 1024;

export interface RenderedSbom {
  readonly format: SbomFormat;
  readonly path: string;
  readonly text: string;
}

export interface AttestedSbom {
  readonly format: SbomFormat;
  readonly predicateType: string;
  readonly bundlePath: string;
  readonly stored: readonly StoredAttestation[];
}

/** Refuses, before anything is signed, an SBOM the attestations API would refuse. */
export function checkAttestableSize(sboms: readonly RenderedSbom[], uploading: boolean): void {
  if (!uploading) return;
  for (const sbom of sboms) {
    const bytes = Buffer.byteLength(sbom.text);
    if (bytes <= MAX_ATTESTED_SBOM_BYTES) continue;
    const name = sbom.format === 'cyclonedx-json' ? 'CycloneDX' : 'SPDX';
    throw new ChainmailError('SBOM_TOO_LARGE', `the ${name} SBOM is ${bytes} bytes; the attestations API accepts 16 MiB: attest a subset of lockfiles or set upload-attestations: false`);
  }
}

/** What the SBOM is about: subject-path's files, or the lockfiles (paths relative to the workspace). */
export async function sbomSubjects(inputs: SbomInputs, workspace: string, scanDir: string, lockfiles: readonly string[]): Promise<ResourceDescriptor[]> {
  if (inputs.subjectPath) return collectSubjects({ workspace, subjectPath: inputs.subjectPath, algorithms: ['sha256'] });
  if (lockfiles.length === 0) throw new ChainmailError('INPUT_INVALID', 'subject-path: no lockfile was found to attest the SBOM to; give the build artifacts in subject-path, or set attest: false');
  const paths = lockfiles.map((file) => join(scanDir, file));
  const digests = await digestFiles(paths, { algorithms: ['sha256'] });
  return paths.map((path, i) => ({ name: relative(workspace, path).split('\\').join('/'), digest: { sha256: digests[i]?.sha256 ?? '' } }));
}

export interface AttestDeps {
  readonly context: RunnerContext;
  readonly requestToken: () => Promise<string>;
  readonly log: (line: string) => void;
}

export async function attestSboms(sboms: readonly RenderedSbom[], subjects: readonly ResourceDescriptor[], inputs: SbomInputs, deps: AttestDeps): Promise<AttestedSbom[]> {
  const { context } = deps;
  const { signing } = inputs;
  const endpoints = chooseSigningEndpoints({
    sigstore: signing.sigstore,
    ...definedOnly({ visibility: repositoryVisibility(context.event), fulcioURL: signing.fulcioUrl, rekorURL: signing.rekorUrl, tsaURL: signing.tsaUrl }),
  });
  const groups = batchSubjects(subjects, MAX_SUBJECTS, 'batched');
  const plan = sboms.flatMap((sbom) => {
    const predicate = JSON.parse(sbom.text) as Record<string, unknown>;
    return groups.map((group) => ({ sbom, statement: makeStatement(group, SBOM_PREDICATE_TYPE[sbom.format], predicate) }));
  });
  const token = await deps.requestToken();
  deps.log(`Signing ${plan.length} SBOM attestation(s) over ${subjects.length} subject(s) on ${endpoints.instance} (${endpoints.fulcioURL})`);
  const signer = createKeylessSigner({ endpoints, identityProvider: { getToken: async () => token }, network: signing.network });
  const bundles = await signAll(signer, plan.map((p) => p.statement));
  const api = { apiUrl: context.apiUrl, serverUrl: context.serverUrl, repository: context.repository, token: inputs.githubToken, network: signing.network };
  const stored = inputs.uploadAttestations ? await mapLimit(bundles, 4, (bundle) => storeAttestation(api, bundle)) : [];
  for (const attestation of stored) deps.log(`Stored attestation ${attestation.id}: ${attestation.url}`);

  // Bundle files last, each beside its SBOM: a run that failed to sign or upload leaves none.
  return Promise.all(sboms.map(async (sbom) => {
    const mine = plan.flatMap((p, i) => (p.sbom === sbom ? [i] : []));
    const lines = mine.map((i) => `${JSON.stringify(bundles[i] as SerializedBundle)}\n`);
    const bundlePath = join(sbom.path, '..', `${basename(sbom.path)}.sigstore.json${lines.length > 1 ? 'l' : ''}`);
    await writeFileAtomic(bundlePath, lines.join(''));
    return { format: sbom.format, predicateType: SBOM_PREDICATE_TYPE[sbom.format], bundlePath, stored: mine.flatMap((i) => (stored[i] ? [stored[i]] : [])) };
  }));
}
