// Splitting `workflow_ref` (`owner/repo/.github/workflows/x.yml@refs/heads/main`) into path and ref.

export interface WorkflowRefParts {
  path: string;
  ref: string;
}

/**
 * The path and ref of `workflowRef`, or undefined when it does not start with `${repository}/` and hold an `@`.
 * The buildType spec says either part MAY contain `@`: when the ref ends the string as `@${ref}` we cut there
 * (an `@` in the path survives); otherwise we cut at the first `@`, as @actions/attest does (an `@` in a tag,
 * e.g. changesets' `pkg@1.0.0`, survives).
 */
export function splitWorkflowRef(workflowRef: string, repository: string, ref?: string): WorkflowRefParts | undefined {
  const prefix = `${repository}/`;
  if (!workflowRef.startsWith(prefix)) return undefined;
  const rest = workflowRef.slice(prefix.length);
  if (ref !== undefined && ref !== '' && rest.endsWith(`@${ref}`) && rest.length > ref.length + 1) {
    return { path: rest.slice(0, rest.length - ref.length - 1), ref };
  }
  const at = rest.indexOf('@');
  if (at <= 0 || at === rest.length - 1) return undefined;
  return { path: rest.slice(0, at), ref: rest.slice(at + 1) };
}
