// The state a JavaScript action keeps between its main run and its `post:` run. The runner collects what main
// writes to GITHUB_STATE and hands it to the post run as STATE_<name> variables — to that action's own post run
// only, so no other step of the job can read or change it. An action's post runs for every use of the action,
// whatever mode main ran in: main always marks itself, so the post run knows it is the post run.
import * as core from '@actions/core';
import { ChainmailError } from '../core/errors.js';

export interface StateStore {
  save(name: string, value: string): void;
  get(name: string): string;
}

export const RUNNER_STATE: StateStore = { save: (name, value) => core.saveState(name, value), get: (name) => core.getState(name) };

const IS_POST = 'is-post';
const PHASE_STARTED = 'phase-started';

/** Where `phase: start` left its record, and the record's digest, so the post run can tell it was not changed. */
export interface StartRef {
  readonly recordPath: string;
  readonly sha256: string;
}

/** Called first in every main run: the post run that follows sees it. */
export function markMainRan(store: StateStore = RUNNER_STATE): void {
  store.save(IS_POST, 'true');
}

/** True in the post run (main ran before it and marked itself). */
export function isPostRun(store: StateStore = RUNNER_STATE): boolean {
  return store.get(IS_POST) === 'true';
}

export function saveStartRef(ref: StartRef, store: StateStore = RUNNER_STATE): void {
  store.save(PHASE_STARTED, JSON.stringify(ref));
}

/** The record `phase: start` left, or undefined when this use of the action did not start a wrapped step. */
export function loadStartRef(store: StateStore = RUNNER_STATE): StartRef | undefined {
  const text = store.get(PHASE_STARTED);
  if (!text) return undefined;
  try {
    const ref = JSON.parse(text) as Partial<StartRef>;
    if (typeof ref.recordPath === 'string' && typeof ref.sha256 === 'string') return { recordPath: ref.recordPath, sha256: ref.sha256 };
  } catch {
    // reported below
  }
  throw new ChainmailError('INPUT_INVALID', `the runner state ${PHASE_STARTED} is not what phase: start saved`);
}
