import { describe, expect, it } from '@jest/globals';
import { auditIngest, parseNpmrcScopes, parseYarnrcScopes, mergeScopeRegistries, type IngestFacts } from '../../../src/core/sbom/audit.js';
import type { Component, ParsedLockfile, SbomGraph } from '../../../src/core/sbom/model.js';

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';
const HASH = [{ algorithm: 'SHA-512', hex: 'ab'.repeat(64) }] as const;

function npm(name: string, version: string, more: Partial<Component> = {}): Component {
  const [namespace, bare] = name.startsWith('@') ? name.split('/') : [undefined, name];
  return {
    purl: `pkg:npm/${namespace ? `${encodeURIComponent(namespace)}/` : ''}${bare}@${version}`,
    ecosystem: 'npm', name: bare as string, ...(namespace ? { namespace } : {}), version, hashes: HASH, scope: 'required',
    source: 'registry', resolved: `https://registry.npmjs.org/${name}/-/${bare}-${version}.tgz`, lockfile: 'package-lock.json', direct: true,
    ...more,
  };
}

function action(owner: string, repo: string, ref: string, lockfile = '.github/workflows/ci.yml'): Component {
  return {
    purl: `pkg:githubactions/${owner}/${repo}@${ref}`, ecosystem: 'github', namespace: owner, name: repo, version: ref,
    hashes: [], scope: 'required', source: 'git', lockfile, direct: true,
  };
}

function graph(components: Component[], warnings: SbomGraph['warnings'] = []): SbomGraph {
  return { root: { name: 'app' }, components, edges: [], lockfiles: [...new Set(components.map((c) => c.lockfile))], warnings };
}

const audit = (facts: Partial<IngestFacts> & { graph: SbomGraph }) => auditIngest({ manifestsWithoutLockfile: [], ...facts });
const rules = (facts: Partial<IngestFacts> & { graph: SbomGraph }) => audit(facts).map((f) => f.rule);

describe('unpinned-action', () => {
  const workflowFile = '.github/workflows/ci.yml';
  const references: ParsedLockfile = {
    lockfile: workflowFile, ecosystem: 'github', components: [], edges: [], warnings: [],
    facts: {
      actionReferences: [
        { uses: 'actions/checkout@v4', line: 5, kind: 'action', pinned: false, purl: 'pkg:githubactions/actions/checkout@v4' },
        { uses: `actions/setup-node@${SHA}`, line: 6, kind: 'action', pinned: true, purl: `pkg:githubactions/actions/setup-node@${SHA}` },
        { uses: 'github/codeql-action/init@main', line: 7, kind: 'action', pinned: false, purl: 'pkg:githubactions/github/codeql-action@main' },
        { uses: './.github/actions/local', line: 8, kind: 'local', pinned: true },
        { uses: 'docker://alpine:3.19', line: 9, kind: 'docker', pinned: false },
        { uses: 'actions/checkout@v4', line: 12, kind: 'action', pinned: false, purl: 'pkg:githubactions/actions/checkout@v4' },
      ],
    },
  };
  const components = [action('actions', 'checkout', 'v4'), action('actions', 'setup-node', SHA), action('github', 'codeql-action', 'main')];

  it('flags every `uses:` by tag, branch or image tag, on its line, from the workflow parser\'s facts', () => {
    const findings = audit({ graph: graph(components), parsed: [references] });
    expect(findings.map((f) => [f.line, f.component, f.severity])).toEqual([
      [5, 'pkg:githubactions/actions/checkout@v4', 'medium'],
      [7, 'pkg:githubactions/github/codeql-action@main', 'high'],
      [9, undefined, 'medium'],
      [12, 'pkg:githubactions/actions/checkout@v4', 'medium'],
    ]);
    expect(findings.every((f) => f.rule === 'unpinned-action' && f.file === workflowFile)).toBe(true);
    expect(findings[0]?.message).toBe('actions/checkout@v4 is used by the tag v4, not by a full commit SHA: pin it (uses: actions/checkout@<40-hex commit> # v4) so nobody can change the code it runs');
    expect(findings[1]?.message).toContain('github/codeql-action/init@main is used by the branch or tag main');
    expect(findings[2]?.message).toBe('docker://alpine:3.19 is used by tag, not by digest: pin it (docker://<image>@sha256:<digest>) so nobody can change the image it runs');
  });

  it('without the parser\'s facts, reads the components and finds the line in the workflow text', () => {
    const text = ['on: push', 'jobs:', '  build:', '    steps:', '      - uses: "actions/checkout@v4"', `      - uses: actions/setup-node@${SHA} # v4`, ''].join('\n');
    const findings = audit({ graph: graph(components.slice(0, 2)), texts: new Map([[workflowFile, text]]) });
    expect(findings.map((f) => [f.rule, f.file, f.line, f.component])).toEqual([['unpinned-action', workflowFile, 5, 'pkg:githubactions/actions/checkout@v4']]);
    expect(audit({ graph: graph([action('a', 'b', 'b4ffde6')]) })[0]?.message).toContain('short commit SHA');
    expect(audit({ graph: graph([action('actions', 'cache', 'v3')]) })[0]).not.toHaveProperty('line');
  });
});

describe('missing-lockfile', () => {
  it('names the manifest and the lockfile to commit', () => {
    const findings = audit({ graph: graph([]), manifestsWithoutLockfile: ['services/api/package.json', 'go.mod'] });
    expect(findings.map((f) => [f.rule, f.file, f.severity])).toEqual([
      ['missing-lockfile', 'go.mod', 'high'], ['missing-lockfile', 'services/api/package.json', 'high'],
    ]);
    expect(findings[0]?.message).toBe('go.mod has no lockfile: every install resolves its dependencies anew and this SBOM cannot list them; commit go.sum (go mod tidy)');
  });
});

describe('non-registry-source', () => {
  const lock = '{\n  "packages": {\n    "node_modules/left-pad": {\n      "version": "1.3.0",\n      "resolved": "git+ssh://git@github.com/left/pad.git#' + SHA + '"\n    }\n  }\n}\n';

  it('flags git, tarball and path sources with the URL, on the lockfile line that states it', () => {
    const findings = audit({
      graph: graph([
        npm('left-pad', '1.3.0', { source: 'git', resolved: `git+ssh://git@github.com/left/pad.git#${SHA}` }),
        npm('is-odd', '3.0.1', { source: 'git', resolved: 'git+https://github.com/x/is-odd.git#main', hashes: [] }),
        npm('tar-pkg', '1.0.0', { source: 'tarball', resolved: 'http://example.com/tar-pkg-1.0.0.tgz' }),
        npm('local-lib', '0.0.1', { source: 'path', resolved: 'file:../local-lib', hashes: [] }),
        npm('express', '4.19.2'),
        npm('my-workspace', '1.0.0', { source: 'workspace', hashes: [] }),
      ]),
      texts: new Map([['package-lock.json', lock]]),
    });
    expect(findings.map((f) => [f.rule, f.component, f.severity, f.line])).toEqual([
      ['non-registry-source', 'pkg:npm/is-odd@3.0.1', 'high', undefined],
      ['non-registry-source', 'pkg:npm/local-lib@0.0.1', 'low', undefined],
      ['non-registry-source', 'pkg:npm/tar-pkg@1.0.0', 'high', undefined],
      ['non-registry-source', 'pkg:npm/left-pad@1.3.0', 'medium', 5],
    ]);
    expect(findings[3]?.message).toBe(`left-pad 1.3.0 is installed from a git repository (git+ssh://git@github.com/left/pad.git#${SHA}), outside the registry: depend on a published registry version, or pin the exact commit and review it`);
  });
});

describe('missing-integrity', () => {
  it('flags a registry entry without a hash, on its line', () => {
    const lock = '{\n  "packages": {\n    "node_modules/debug": {\n      "version": "4.3.4"\n    }\n  }\n}\n';
    const findings = audit({ graph: graph([npm('debug', '4.3.4', { hashes: [] }), npm('ms', '2.1.3')]), texts: new Map([['package-lock.json', lock]]) });
    expect(findings).toEqual([{
      rule: 'missing-integrity', severity: 'medium', file: 'package-lock.json', line: 3, component: 'pkg:npm/debug@4.3.4',
      message: 'debug 4.3.4 has no integrity hash in package-lock.json: regenerate the lockfile (npm install / yarn / pnpm install) so it records an integrity hash',
    }]);
  });

  it('says it once for a lockfile that records no hash at all', () => {
    const py = (name: string): Component => ({
      purl: `pkg:pypi/${name}@1.0`, ecosystem: 'pypi', name, version: '1.0', hashes: [], scope: 'required', source: 'registry', lockfile: 'requirements.txt', direct: true,
    });
    expect(audit({ graph: graph([py('flask'), py('requests'), py('jinja2')]) })).toEqual([expect.objectContaining({
      rule: 'missing-integrity', file: 'requirements.txt',
      message: 'requirements.txt records no hash for any of its 3 registry packages: generate the requirements with hashes (pip-compile --generate-hashes, uv pip compile --generate-hashes) and install with --require-hashes',
    })]);
  });

  it('counts hashes on distributions (sdist and wheels) and a go.sum dirhash property as integrity', () => {
    const wheel = npm('x', '1.0.0', { hashes: [], distributions: [{ name: 'x-1.0.0.whl', hashes: HASH }] });
    const mod = npm('y', '1.0.0', { hashes: [], properties: [{ name: 'chainmail:go:dirhash', value: 'h1:abc=' }] });
    expect(rules({ graph: graph([wheel, mod]) })).toEqual([]);
  });

  it('leaves non-registry entries to non-registry-source and actions to unpinned-action', () => {
    expect(rules({ graph: graph([npm('x', '1.0.0', { source: 'git', hashes: [], resolved: `git+https://h/x.git#${SHA}` }), action('actions', 'checkout', SHA)]) }))
      .toEqual(['non-registry-source']);
  });
});

describe('unpinned-requirement', () => {
  it('reads the Python parsers\' facts, with the line', () => {
    const parsed: ParsedLockfile = {
      lockfile: 'requirements.txt', ecosystem: 'pypi', components: [], edges: [], warnings: [{ lockfile: 'requirements.txt', message: 'line 4: requests is not pinned' }],
      facts: { unpinned: [{ name: 'requests', specifier: '>=2', line: 4 }, { name: 'flask', specifier: '', line: 7 }] },
    };
    expect(audit({ graph: graph([], parsed.warnings), parsed: [parsed] })).toEqual([
      {
        rule: 'unpinned-requirement', severity: 'medium', file: 'requirements.txt', line: 4,
        message: 'requests (>=2) in requirements.txt is not pinned to one version: pin it (requests==<version>, with --hash) or install from a lockfile',
      },
      expect.objectContaining({ line: 7, message: expect.stringMatching(/^flask in requirements.txt is not pinned/) }),
    ]);
  });
});

describe('dependency-confusion', () => {
  const internal = ['@octo-org'];

  it('flags an internal-looking scope with no registry mapping that resolves from the public registry', () => {
    const findings = audit({ graph: graph([npm('@octo-org/ui', '1.2.0'), npm('@babel/core', '7.24.0')]), internalScopes: internal });
    expect(findings).toEqual([expect.objectContaining({ rule: 'dependency-confusion', severity: 'high', component: 'pkg:npm/%40octo-org/ui@1.2.0', file: 'package-lock.json' })]);
    expect(findings[0]?.message).toBe('@octo-org/ui 1.2.0 is in @octo-org, an internal-looking scope with no registry mapping, and resolves from the public registry (registry.npmjs.org): unless your organization owns @octo-org on npmjs.com, map it in .npmrc (@octo-org:registry=https://<your registry>/)');
  });

  it('accepts a scope mapped in .npmrc and resolved from that registry', () => {
    const registries = parseNpmrcScopes('@octo-org:registry=https://npm.pkg.github.com\n');
    const ui = npm('@octo-org/ui', '1.2.0', { resolved: 'https://npm.pkg.github.com/download/@octo-org/ui/1.2.0/abc' });
    expect(rules({ graph: graph([ui]), internalScopes: internal, registries })).toEqual([]);
  });

  it('flags a mapped scope whose package the lockfile resolved from elsewhere, internal-looking or not', () => {
    const registries = parseNpmrcScopes('@corp:registry=https://npm.corp.example/\n');
    const findings = audit({ graph: graph([npm('@corp/auth', '2.0.0')]), registries });
    expect(findings[0]?.message).toBe('@corp/auth 2.0.0 was resolved from registry.npmjs.org although the npm configuration maps @corp to npm.corp.example: check that package and regenerate the lockfile against your registry');
  });

  it('leaves a scope alone when the default registry is private (a proxy answers for every scope)', () => {
    const registries = parseNpmrcScopes('registry=https://artifactory.corp.example/api/npm/npm/\n');
    expect(rules({ graph: graph([npm('@octo-org/ui', '1.2.0', { resolved: undefined })]), internalScopes: internal, registries })).toEqual([]);
    expect(rules({ graph: graph([npm('@octo-org/ui', '1.2.0', { resolved: undefined })]), internalScopes: internal })).toEqual(['dependency-confusion']);
  });
});

describe('registry configuration parsers', () => {
  it('reads scope mappings and the default registry from .npmrc, ignoring comments and auth lines', () => {
    const parsed = parseNpmrcScopes([
      '; a comment', '# another', '@Corp:registry = "https://npm.corp.example/"', '//npm.corp.example/:_authToken=${NPM_TOKEN}',
      'registry=https://registry.npmjs.org/', 'always-auth=true', '@gh:registry=${GH_REGISTRY}',
    ].join('\r\n'));
    expect(parsed).toEqual({ scopes: new Map([['@corp', 'https://npm.corp.example/'], ['@gh', '${GH_REGISTRY}']]), defaultRegistry: 'https://registry.npmjs.org/' });
  });

  it('reads npmScopes from .yarnrc.yml, and learns nothing from a broken one', () => {
    expect(parseYarnrcScopes('npmScopes:\n  corp:\n    npmRegistryServer: "https://npm.corp.example"\nnpmRegistryServer: https://proxy.example\n'))
      .toEqual({ scopes: new Map([['@corp', 'https://npm.corp.example']]), defaultRegistry: 'https://proxy.example' });
    expect(parseYarnrcScopes('npmScopes: [unclosed')).toEqual({ scopes: new Map() });
  });

  it('merges configurations, the later winning', () => {
    const merged = mergeScopeRegistries([parseNpmrcScopes('@a:registry=https://one/\nregistry=https://r1/'), parseNpmrcScopes('@a:registry=https://two/')]);
    expect(merged).toEqual({ scopes: new Map([['@a', 'https://two/']]), defaultRegistry: 'https://r1/' });
  });
});

describe('auditIngest', () => {
  it('finds nothing in a clean project', () => {
    expect(audit({ graph: graph([npm('express', '4.19.2'), action('actions', 'checkout', SHA)]), internalScopes: ['@octo-org'] })).toEqual([]);
  });
});
