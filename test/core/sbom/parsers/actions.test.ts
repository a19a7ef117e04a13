import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseWorkflowUses } from '../../../../src/core/sbom/parsers/actions.js';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/sbom/actions/${name}`, import.meta.url), 'utf8');
const CHECKOUT_SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';

describe('parseWorkflowUses', () => {
  const ci = parseWorkflowUses(fixture('.github/workflows/ci.yml'), '.github/workflows/ci.yml');

  it('makes one pkg:githubactions component per action and ref, with the subdirectory as the purl subpath', () => {
    expect(ci.components.map((c) => c.purl)).toEqual([
      `pkg:githubactions/actions/checkout@${CHECKOUT_SHA}`,
      'pkg:githubactions/actions/setup-node@v4',
      'pkg:githubactions/codecov/codecov-action@main',
      'pkg:githubactions/github/codeql-action@v3#init',
      'pkg:githubactions/github/codeql-action@v3#analyze',
      'pkg:docker/hadolint/hadolint@v2.12.0',
      'pkg:docker/example-corp/scanner@sha256:8f2a5c3e1d9b7a6f4e2c0b8d6a4f2e0c8b6a4d2f0e8c6b4a2d0f8e6c4b2a0d8f?repository_url=ghcr.io',
      'pkg:githubactions/example-corp/shared-workflows@2f1c7e9d4b3a5c6e8f0a1b2c3d4e5f6a7b8c9d0e#.github/workflows/release.yml',
    ]);
    expect(ci.components[0]).toEqual({
      purl: `pkg:githubactions/actions/checkout@${CHECKOUT_SHA}`, ecosystem: 'github', namespace: 'actions', name: 'checkout',
      version: CHECKOUT_SHA, hashes: [], scope: 'excluded', source: 'git', resolved: `git+https://github.com/actions/checkout@${CHECKOUT_SHA}`,
      lockfile: '.github/workflows/ci.yml', direct: true,
    });
  });

  it('lists every reference with its line, kind and whether it is pinned to a full commit SHA or digest', () => {
    expect(ci.facts?.actionReferences?.map((r) => [r.line, r.kind, r.pinned, r.uses])).toEqual([
      [18, 'action', true, `actions/checkout@${CHECKOUT_SHA}`],
      [20, 'action', false, 'actions/setup-node@v4'],
      [24, 'local', true, './actions/setup-toolchain'],
      [26, 'action', false, 'codecov/codecov-action@main'],
      [35, 'action', true, `actions/checkout@${CHECKOUT_SHA}`],
      [36, 'action', false, 'github/codeql-action/init@v3'],
      [39, 'action', false, 'github/codeql-action/analyze@v3'],
      [44, 'action', true, `actions/checkout@${CHECKOUT_SHA}`],
      [45, 'docker', false, 'docker://hadolint/hadolint:v2.12.0'],
      [48, 'docker', true, 'docker://ghcr.io/example-corp/scanner@sha256:8f2a5c3e1d9b7a6f4e2c0b8d6a4f2e0c8b6a4d2f0e8c6b4a2d0f8e6c4b2a0d8f'],
      [53, 'reusable-workflow', true, 'example-corp/shared-workflows/.github/workflows/release.yml@2f1c7e9d4b3a5c6e8f0a1b2c3d4e5f6a7b8c9d0e'],
      [58, 'local', true, './.github/workflows/deploy.yml'],
    ]);
    expect(ci.facts?.actionReferences?.[1]?.purl).toBe('pkg:githubactions/actions/setup-node@v4');
  });

  it('reads a composite action.yml and a Docker action image', () => {
    const composite = parseWorkflowUses(fixture('actions/setup-toolchain/action.yml'), 'actions/setup-toolchain/action.yml');
    expect(composite.components.map((c) => c.purl)).toEqual([
      'pkg:githubactions/actions/setup-python@0a5c61591373683505ea898e09a3ea4f39ef2b9c', 'pkg:githubactions/astral-sh/setup-uv@v3',
    ]);
    const docker = parseWorkflowUses(fixture('actions/docker-action.yml'), 'action.yml');
    expect(docker.components).toEqual([expect.objectContaining({ purl: 'pkg:docker/alpine@3.19', name: 'alpine', source: 'registry' })]);
    expect(docker.facts?.actionReferences).toEqual([{ uses: 'docker://alpine:3.19', line: 5, kind: 'docker', pinned: false, purl: 'pkg:docker/alpine@3.19' }]);
  });

  it('makes nothing of a file without jobs or runs', () => {
    expect(parseWorkflowUses('name: x\non: push\n', 'w.yml')).toMatchObject({ components: [], facts: { actionReferences: [] } });
  });

  it.each([
    ['broken YAML', 'jobs:\n  a:\n    steps: [\n', 'w.yml line 4: not valid YAML'],
    ['a uses without a ref', 'jobs:\n  a:\n    steps:\n      - uses: actions/checkout\n', 'w.yml line 4: uses: actions/checkout is not a reference GitHub runs'],
    ['an expression in uses', 'jobs:\n  a:\n    steps:\n      - uses: actions/checkout@${{ inputs.ref }}\n', 'w.yml line 4: uses: actions/checkout@${{ inputs.ref }} is not'],
    ['a uses that is not a string', 'jobs:\n  a:\n    uses: [a]\n', 'w.yml line 3: uses must be a string'],
  ])('refuses %s with LOCKFILE_INVALID naming the file and line', (_, text, message) => {
    expect(() => parseWorkflowUses(text, 'w.yml')).toThrow(expect.objectContaining({ code: 'LOCKFILE_INVALID', message: expect.stringContaining(message) }));
  });
});
