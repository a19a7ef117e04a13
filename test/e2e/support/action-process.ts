import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ActionRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** The ::error:: lines, decoded. */
  readonly errors: string[];
}

export interface ActionProcessOptions {
  /** Inputs by name, as a workflow's `with:`; unset ones take their action.yml default, as the runner does. */
  readonly inputs: Record<string, string>;
  /** The runner's variables (GITHUB_*, RUNNER_*, ACTIONS_ID_TOKEN_*), added to a clean environment. */
  readonly env: Record<string, string>;
  /** What `${{ github.token }}` expands to in input defaults. */
  readonly githubToken?: string;
}

const ROOT = new URL('../../../', import.meta.url).pathname;

/** The inputs action.yml declares, with their defaults. */
export async function actionDefaults(action: string, githubToken = '', root = ROOT): Promise<Record<string, string>> {
  const yml = parse(await readFile(join(root, 'actions', action, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(
    Object.entries(yml.inputs).map(([name, spec]) => [name, String(spec.default ?? '').replace('${{ github.token }}', githubToken)]),
  );
}

/**
 * Runs dist/<action>/index.js as a child process with the environment a GitHub runner gives a step:
 * INPUT_* for every input, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the caller's runner variables.
 */
export async function runActionProcess(action: string, options: ActionProcessOptions): Promise<ActionRun> {
  const files = await mkdtemp(join(tmpdir(), 'cm-runner-files-'));
  await mkdir(files, { recursive: true });
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const inputs = { ...(await actionDefaults(action, options.githubToken)), ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value])),
    ...options.env,
  };
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [join(ROOT, 'dist', action, 'index.js')], { env, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
      resolve({ exitCode: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: out, stderr: err });
    });
  });
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    errors: stdout.split('\n').filter((l) => l.startsWith('::error::')).map((l) => decodeCommand(l.slice('::error::'.length))),
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (what @actions/core writes). */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
    outputs[name as string] = value.join('\n');
  }
  return outputs;
}

function decodeCommand(text: string): string {
  return text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}
