import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGithubApi, startOidcServer, startSigstoreStack, type GithubApi, type GithubClaims, type OidcServer, type SigstoreStack } from '../../support/index.js';

export const REPOSITORY = 'octo-org/octo-repo';

/**
 * Everything a step meets on a runner, on loopback: a Sigstore stack, the OIDC token endpoint, the GitHub API,
 * a workspace and RUNNER_TEMP. Start one per test file; each test gets fresh directories from `newJob`.
 */
export interface FakeRunner {
  readonly stack: SigstoreStack;
  readonly oidc: OidcServer;
  readonly api: GithubApi;
  newJob(options?: JobOptions): Promise<Job>;
  close(): Promise<void>;
}

export interface JobOptions {
  readonly eventName?: string;
  readonly event?: Record<string, unknown>;
  /** repository.visibility in the event payload: decides the Sigstore instance under sigstore: auto. */
  readonly visibility?: 'public' | 'private' | 'internal';
  readonly claims?: Partial<GithubClaims>;
}

export interface Job {
  readonly workspace: string;
  readonly runnerTemp: string;
  /** The runner's environment for a step of this job. */
  readonly env: Record<string, string>;
}

export async function startFakeRunner(): Promise<FakeRunner> {
  const [stack, oidc, api] = await Promise.all([startSigstoreStack(), startOidcServer(), startGithubApi()]);
  const dirs: string[] = [];
  return {
    stack,
    oidc,
    api,
    async newJob(options = {}) {
      const root = await mkdtemp(join(tmpdir(), 'cm-job-'));
      dirs.push(root);
      const workspace = join(root, 'workspace');
      const runnerTemp = join(root, 'temp');
      await Promise.all([mkdir(workspace, { recursive: true }), mkdir(runnerTemp, { recursive: true })]);
      const eventName = options.eventName ?? 'push';
      oidc.setClaims({ event_name: eventName, ...options.claims });
      const event = { repository: { full_name: REPOSITORY, visibility: options.visibility ?? 'public' }, ...options.event };
      const eventPath = join(root, 'event.json');
      await writeFile(eventPath, JSON.stringify(event));
      const env: Record<string, string> = {
        GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_REPOSITORY_OWNER: 'octo-org',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: api.url,
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: runnerTemp,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_SHA: 'a3f1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_RUN_ID: '9876543210',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/release.yml@refs/heads/main`,
        ...oidc.env,
      };
      return { workspace, runnerTemp, env };
    },
    async close() {
      await Promise.all([stack.close(), oidc.close(), api.close()]);
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

/** Inputs that point sign-artifact at the local stack, as a self-hosted Sigstore would be configured. */
export function stackInputs(stack: SigstoreStack, instance: 'public-good' | 'github'): Record<string, string> {
  return instance === 'public-good'
    ? { sigstore: 'public-good', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL, 'network-retries': '1' }
    : { sigstore: 'github', 'fulcio-url': stack.fulcioURL, 'tsa-url': stack.tsaURL, 'network-retries': '1' };
}
