// SLSA provenance v1 (https://slsa.dev/spec/v1.0/provenance) and the GitHub Actions workflow buildType
// (https://github.com/actions/buildtypes/tree/main/workflow/v1), as actions/attest-build-provenance writes it.
import type { ResourceDescriptor } from '../../../intoto/types.js';

export const SLSA_PROVENANCE_V1_TYPE = 'https://slsa.dev/provenance/v1';
/** GitHub's buildType URI, as @actions/attest writes it. */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** The earlier, SLSA-community URI of the same buildType, found in older GitHub and npm provenance. */
export const SLSA_GITHUB_WORKFLOW_BUILD_TYPE = 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';

export interface BuildDefinition<E = Record<string, unknown>, I = Record<string, unknown>> {
  buildType: string;
  externalParameters: E;
  internalParameters?: I;
  resolvedDependencies?: ResourceDescriptor[];
}

export interface Builder {
  id: string;
  builderDependencies?: ResourceDescriptor[];
  version?: Record<string, string>;
}

export interface BuildMetadata {
  invocationId?: string;
  /** RFC 3339, UTC. */
  startedOn?: string;
  finishedOn?: string;
}

export interface RunDetails {
  builder: Builder;
  metadata?: BuildMetadata;
  byproducts?: ResourceDescriptor[];
}

export interface SlsaProvenanceV1<E = Record<string, unknown>, I = Record<string, unknown>> {
  buildDefinition: BuildDefinition<E, I>;
  runDetails: RunDetails;
}

export interface GitHubWorkflowExternalParameters {
  workflow: {
    ref: string;
    /** `${server_url}/${repository}`, https, no `.git`. */
    repository: string;
    path: string;
  };
  /** workflow_dispatch inputs, non-empty ones only (SLSA github-actions-buildtypes workflow/v1 `inputs`). */
  inputs?: Record<string, unknown>;
}

export interface GitHubWorkflowInternalParameters {
  github: {
    event_name: string;
    repository_id: string;
    repository_owner_id: string;
    runner_environment: string;
  };
}

export type GitHubProvenance = SlsaProvenanceV1<GitHubWorkflowExternalParameters, GitHubWorkflowInternalParameters>;
