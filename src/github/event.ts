/** Pure readers of the facts chainmail takes from a workflow event payload. */

type Event = Readonly<Record<string, unknown>>;

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** repository.visibility ("public", "private", "internal"), when the event carries it. */
export function repositoryVisibility(event: Event): string | undefined {
  const visibility = record(event.repository)?.visibility;
  return typeof visibility === 'string' ? visibility : undefined;
}

export interface EventRelease {
  readonly id: number;
  readonly tagName: string;
  readonly uploadUrl: string;
}

/** The release of a `release` event, whose assets the bundles join. */
export function eventRelease(eventName: string, event: Event): EventRelease | undefined {
  if (eventName !== 'release') return undefined;
  const release = record(event.release);
  const { id, tag_name: tagName, upload_url: uploadUrl } = release ?? {};
  if (typeof id !== 'number' || typeof tagName !== 'string' || typeof uploadUrl !== 'string') return undefined;
  return { id, tagName, uploadUrl };
}

/** The inputs of a workflow_dispatch event: what a person chose when starting the build. */
export function dispatchInputs(eventName: string, event: Event): Record<string, unknown> | undefined {
  if (eventName !== 'workflow_dispatch') return undefined;
  return record(event.inputs);
}
