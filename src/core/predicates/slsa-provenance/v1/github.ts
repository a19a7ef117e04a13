// SLSA provenance v1 for a GitHub Actions workflow run, field for field what @actions/attest's
// buildSLSAProvenancePredicate writes (so `gh attestation verify` and GitHub's UI read it the same), plus the
// workflow_dispatch inputs and start time the buildType allows. Pure: the caller fetches claims and context.
import { type FieldProblem, ValidationError } from '../../../errors.js';
import { claimProblems, type GitHubOidcClaims } from '../../../github-context.js';
import { isJsonObject } from '../../../intoto/json-shape.js';
import { toTimestamp } from '../../../intoto/timestamp.js';
import { GITHUB_WORKFLOW_BUILD_TYPE, type GitHubProvenance, type GitHubWorkflowExternalParameters } from './types.js';
import { splitWorkflowRef } from './workflow-ref.js';

/** @actions/attest's required claims, minus `iss` (unused here), plus `job_workflow_ref` (the builder id). */
export const PROVENANCE_REQUIRED_CLAIMS = [
  'repository', 'ref', 'sha', 'workflow_ref', 'job_workflow_ref', 'event_name',
  'repository_id', 'repository_owner_id', 'runner_environment', 'run_id', 'run_attempt',
] as const;

export interface GitHubProvenanceContext {
  /** GITHUB_SERVER_URL, e.g. https://github.com or a GHES / ghe.com host. */
  serverUrl: string;
  /** github.event.inputs; recorded only for workflow_dispatch runs, empty values omitted (buildType spec). */
  workflowInputs?: Record<string, unknown>;
  /** When the run started (the runs API's run_started_at). */
  startedOn?: Date | string;
}

/** The provenance predicate for the run the claims describe; throws GITHUB_CONTEXT_INVALID naming every problem. */
export function buildGitHubProvenance(claims: GitHubOidcClaims, context: GitHubProvenanceContext): GitHubProvenance {
  const claimIssues = claimProblems(claims, PROVENANCE_REQUIRED_CLAIMS);
  // Claims are checked at run time too: callers may hold a decoded token typed only by assertion.
  const workflow = claimIssues.length === 0 ? splitWorkflowRef(claims.workflow_ref, claims.repository, claims.ref) : undefined;
  if (claimIssues.length === 0 && workflow === undefined) {
    claimIssues.push({ path: 'workflow_ref', message: `must be "${claims.repository}/<path>@<ref>"` });
  }
  if (claimIssues.length > 0 || workflow === undefined) {
    throw new ValidationError('GITHUB_CONTEXT_INVALID', 'OIDC token claims', claimIssues);
  }
  const { serverUrl, inputs, startedOn, problems } = readContext(context, claims.event_name);
  if (problems.length > 0) throw new ValidationError('GITHUB_CONTEXT_INVALID', 'GitHub context', problems);

  const repositoryUrl = `${serverUrl}/${claims.repository}`;
  const externalParameters: GitHubWorkflowExternalParameters = {
    workflow: { ref: workflow.ref, repository: repositoryUrl, path: workflow.path },
  };
  if (inputs !== undefined) externalParameters.inputs = inputs;
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters,
      internalParameters: {
        github: {
          event_name: claims.event_name,
          repository_id: claims.repository_id,
          repository_owner_id: claims.repository_owner_id,
          runner_environment: claims.runner_environment,
        },
      },
      resolvedDependencies: [{ uri: `git+${repositoryUrl}@${claims.ref}`, digest: { gitCommit: claims.sha } }],
    },
    runDetails: {
      builder: { id: `${serverUrl}/${claims.job_workflow_ref}` },
      metadata: {
        invocationId: `${repositoryUrl}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
        ...(startedOn === undefined ? {} : { startedOn }),
      },
    },
  };
}

interface ReadContext {
  serverUrl: string;
  inputs: Record<string, unknown> | undefined;
  startedOn: string | undefined;
  problems: FieldProblem[];
}

function readContext(context: GitHubProvenanceContext, eventName: string): ReadContext {
  const problems: FieldProblem[] = [];
  const serverUrl = context.serverUrl.replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+(\/[^\s]*)?$/.test(serverUrl) || !URL.canParse(serverUrl)) {
    problems.push({ path: 'serverUrl', message: 'must be an http(s) URL such as https://github.com' });
  }
  let startedOn: string | undefined;
  if (context.startedOn !== undefined) {
    startedOn = toTimestamp(context.startedOn);
    if (startedOn === undefined) problems.push({ path: 'startedOn', message: 'must be an RFC 3339 date-time' });
  }
  let inputs: Record<string, unknown> | undefined;
  // The buildType records inputs for workflow_dispatch only; other events' inputs are not external parameters.
  if (context.workflowInputs !== undefined && eventName === 'workflow_dispatch') {
    if (!isJsonObject(context.workflowInputs)) problems.push({ path: 'workflowInputs', message: 'must be an object' });
    else inputs = nonEmpty(context.workflowInputs);
  }
  return { serverUrl, inputs, startedOn, problems };
}

// "SHOULD omit empty inputs ... SHOULD be unset if there are no non-empty inputs" (github-actions-buildtypes).
function nonEmpty(inputs: Record<string, unknown>): Record<string, unknown> | undefined {
  const kept = Object.entries(inputs).filter(([, v]) => v !== '' && v !== null && v !== undefined);
  return kept.length === 0 ? undefined : Object.fromEntries(kept);
}
