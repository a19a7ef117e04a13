// Runs an action's main and post the way the runner does: main gets a GITHUB_STATE file and writes
// `name<<delimiter` blocks to it (what core.saveState does); the runner hands each saved value to that action's
// post run, and to no other step, as the variable STATE_<name>. The post run gets the same inputs as main.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runActionProcess, type ActionProcessOptions, type ActionRun } from './action-process.js';

export interface MainRun extends ActionRun {
  /** What main saved with core.saveState, by name. */
  readonly state: Record<string, string>;
}

/** Runs the action's main with a GITHUB_STATE file, and returns what it saved. */
export async function runMain(action: string, options: ActionProcessOptions): Promise<MainRun> {
  const stateFile = join(await mkdtemp(join(tmpdir(), 'cm-runner-state-')), 'state');
  await writeFile(stateFile, '');
  const run = await runActionProcess(action, { ...options, env: { ...options.env, GITHUB_STATE: stateFile } });
  return { ...run, state: parseStateFile(await readFile(stateFile, 'utf8')) };
}

/** Runs the action's post with main's state as STATE_<name> variables (and a GITHUB_STATE of its own). */
export async function runPost(action: string, options: ActionProcessOptions, state: Readonly<Record<string, string>>): Promise<MainRun> {
  const stateEnv = Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]));
  return runMain(action, { ...options, env: { ...options.env, ...stateEnv } });
}

/** GITHUB_STATE holds `name<<DELIMITER\nvalue\nDELIMITER` blocks, as GITHUB_OUTPUT does. */
export function parseStateFile(text: string): Record<string, string> {
  const state: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
    state[name as string] = value.join('\n');
  }
  return state;
}
