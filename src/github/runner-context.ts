import { readFileSync } from 'node:fs';
import { ChainmailError } from '../core/errors.js';

/** The facts a GitHub runner gives a step through its environment and event file, read once. */
export interface RunnerContext {
  readonly serverUrl: string;
  readonly apiUrl: string;
  /** owner/repo */
  readonly repository: string;
  readonly eventName: string;
  readonly event: Readonly<Record<string, unknown>>;
  readonly workspace: string;
  readonly runnerTemp: string;
  readonly runId?: string;
  readonly runAttempt?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

export function readRunnerContext(env: Env = process.env): RunnerContext {
  const missing = ['GITHUB_REPOSITORY', 'GITHUB_WORKSPACE', 'RUNNER_TEMP'].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new ChainmailError('GITHUB_CONTEXT_INVALID', `${missing.join(', ')} not set: chainmail actions run on a GitHub Actions runner (or an environment that sets the same variables)`);
  }
  const repository = env.GITHUB_REPOSITORY as string;
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new ChainmailError('GITHUB_CONTEXT_INVALID', `GITHUB_REPOSITORY "${repository}" is not owner/repo`);
  }
  return {
    serverUrl: trimSlash(env.GITHUB_SERVER_URL || 'https://github.com'),
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    repository,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event: readEvent(env.GITHUB_EVENT_PATH),
    workspace: env.GITHUB_WORKSPACE as string,
    runnerTemp: env.RUNNER_TEMP as string,
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    ...(env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}),
  };
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ChainmailError('GITHUB_CONTEXT_INVALID', `GITHUB_EVENT_PATH ${path} cannot be read: ${(error as Error).message}`, { cause: error });
  }
  try {
    const event: unknown = JSON.parse(text);
    return typeof event === 'object' && event !== null && !Array.isArray(event) ? (event as Record<string, unknown>) : {};
  } catch (error) {
    throw new ChainmailError('GITHUB_CONTEXT_INVALID', `GITHUB_EVENT_PATH ${path} is not JSON: ${(error as Error).message}`, { cause: error });
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
