import { describe, expect, it } from '@jest/globals';
import { DEFAULT_ENVIRONMENT_NAMES, pickEnvironment, validateEnvironmentNames } from '../../../src/core/attest-step/environment.js';

describe('the recorded environment: an allowlist', () => {
  it('records the run identity that is set, and nothing else of the environment', () => {
    const env = { GITHUB_SHA: 'abc', GITHUB_REPOSITORY: 'o/r', RUNNER_OS: 'Linux', GITHUB_TOKEN: 'ghs_x', HOME: '/root', AWS_SECRET_ACCESS_KEY: 's' };
    expect(pickEnvironment(env, [])).toEqual({ GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc', RUNNER_OS: 'Linux' });
  });

  it('adds the names a user asks for, once each', () => {
    expect(pickEnvironment({ NODE_VERSION: '24', GITHUB_SHA: 'abc' }, ['NODE_VERSION', 'GITHUB_SHA', 'UNSET'])).toEqual({ GITHUB_SHA: 'abc', NODE_VERSION: '24' });
  });

  it('has no default name that looks secret', () => {
    expect(validateEnvironmentNames(DEFAULT_ENVIRONMENT_NAMES, 'environment')).toEqual([]);
  });

  it('refuses names that look secret, runner-internal names and non-names, each named', () => {
    const problems = validateEnvironmentNames(['NPM_TOKEN', 'api_key', 'DB_PASSWORD', 'MY_SECRET_X', 'INPUT_NAME', 'ACTIONS_RUNTIME_URL', 'STATE_x', 'not-a-name', 'FINE'], 'environment');
    expect(problems.map((p) => p.message.split(' ')[0])).toEqual(['NPM_TOKEN', 'api_key', 'DB_PASSWORD', 'MY_SECRET_X', 'INPUT_NAME', 'ACTIONS_RUNTIME_URL', 'STATE_x', '"not-a-name"']);
    expect(problems.every((p) => p.path === 'environment')).toBe(true);
  });
});
