import { decodeJwtClaims, requireGitHubClaims } from '../../core/github-context.js';
import { MAX_PREDICATE_BYTES, parseCustomPredicate } from '../../core/predicates/custom.js';
import { buildGitHubProvenance, PROVENANCE_REQUIRED_CLAIMS, SLSA_PROVENANCE_V1_TYPE } from '../../core/predicates/slsa-provenance/v1/index.js';
import { readTextLimited } from '../../io/read-limited.js';
import { resolveInWorkspace } from '../../io/safe-path.js';
import { INPUT, type PredicateSource } from './inputs.js';

export interface ResolvedPredicate {
  readonly type: string;
  readonly predicate: Record<string, unknown>;
}

export interface ProvenanceFacts {
  readonly oidcToken: string;
  readonly serverUrl: string;
  readonly workflowInputs?: Record<string, unknown>;
  readonly startedOn?: string;
}

/** The user's own predicate, inline or from a file confined to the workspace, checked before anything is signed. */
export async function loadCustomPredicate(source: Exclude<PredicateSource, { kind: 'provenance' }>, workspace: string): Promise<ResolvedPredicate> {
  if (source.kind === 'inline') return { type: source.type, predicate: parseCustomPredicate(source.json, INPUT.predicate) };
  const path = await resolveInWorkspace(workspace, source.path, { inputName: INPUT.predicatePath });
  const text = await readTextLimited(path, MAX_PREDICATE_BYTES, INPUT.predicatePath);
  return { type: source.type, predicate: parseCustomPredicate(text, `${INPUT.predicatePath} ${source.path}`) };
}

/** SLSA build provenance for this run, from the claims of its OIDC token (what Fulcio will certify). */
export function runProvenance(facts: ProvenanceFacts): ResolvedPredicate {
  const claims = requireGitHubClaims(decodeJwtClaims(facts.oidcToken), PROVENANCE_REQUIRED_CLAIMS);
  const predicate = buildGitHubProvenance(claims, {
    serverUrl: facts.serverUrl,
    ...(facts.workflowInputs ? { workflowInputs: facts.workflowInputs } : {}),
    ...(facts.startedOn ? { startedOn: facts.startedOn } : {}),
  });
  return { type: SLSA_PROVENANCE_V1_TYPE, predicate: predicate as unknown as Record<string, unknown> };
}
