// The environment a link records: an allowlist, never the whole environment. A step's environment holds its
// secrets (tokens, keys, the runner's own credentials), and a signed statement is public once it is in a
// transparency log, so only names known to be safe are recorded, and names that look secret are refused
// even when a user asks for them.
import type { FieldProblem } from '../errors.js';

/** The run's identity: which repository, commit, workflow, run and runner the step ran in. */
export const DEFAULT_ENVIRONMENT_NAMES: readonly string[] = [
  'GITHUB_REPOSITORY',
  'GITHUB_REPOSITORY_ID',
  'GITHUB_SHA',
  'GITHUB_REF',
  'GITHUB_EVENT_NAME',
  'GITHUB_WORKFLOW_REF',
  'GITHUB_JOB',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_NUMBER',
  'GITHUB_RUN_ATTEMPT',
  'RUNNER_OS',
  'RUNNER_ARCH',
  'RUNNER_ENVIRONMENT',
];

const SECRET_LOOKING = /TOKEN|SECRET|KEY|PASSWORD|PASSWD|CREDENTIAL/i;
/** Prefixes of variables that carry action inputs and state (which hold secrets under innocent names) or the runner's internals. */
const REFUSED_PREFIXES = ['INPUT_', 'STATE_', 'ACTIONS_'];
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Problems with the names a user asked to record, each under `inputName`. */
export function validateEnvironmentNames(names: readonly string[], inputName: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const name of names) {
    if (!NAME.test(name)) problems.push({ path: inputName, message: `"${name}" is not an environment variable name` });
    else if (SECRET_LOOKING.test(name)) problems.push({ path: inputName, message: `${name} looks like a secret (its name matches ${SECRET_LOOKING.source}); it is never recorded` });
    else if (REFUSED_PREFIXES.some((p) => name.toUpperCase().startsWith(p))) {
      problems.push({ path: inputName, message: `${name} is runner-internal (${REFUSED_PREFIXES.join(', ')} variables can hold secrets); it is never recorded` });
    }
  }
  return problems;
}

/** The allowlisted variables that are set, name -> value, in the order of the list. Unset names are left out. */
export function pickEnvironment(env: Readonly<Record<string, string | undefined>>, extraNames: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of [...DEFAULT_ENVIRONMENT_NAMES, ...extraNames]) {
    const value = env[name];
    if (value !== undefined && !(name in out)) out[name] = value;
  }
  return out;
}
