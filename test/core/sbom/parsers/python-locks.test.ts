import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { ParsedLockfile } from '../../../../src/core/sbom/model.js';
import { parsePipfileLock, parsePoetryLock, parseUvLock } from '../../../../src/core/sbom/parsers/python.js';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/sbom/python/${name}`, import.meta.url), 'utf8');
const scopes = (parsed: ParsedLockfile) => Object.fromEntries(parsed.components.map((c) => [c.name, c.scope]));
const H = 'ab'.repeat(32);

describe('parsePoetryLock', () => {
  it('reads a Poetry 1.8 lock (lock-version 2.0): scope from pyproject.toml groups, reached through the lock', () => {
    const parsed = parsePoetryLock(fixture('poetry-1.8/poetry.lock'), 'poetry.lock', fixture('poetry-1.8/pyproject.toml'));
    expect(parsed.components).toHaveLength(19);
    expect(parsed.root).toEqual({ name: 'invoice-api', version: '0.4.0', purl: 'pkg:pypi/invoice-api@0.4.0' });
    const excluded = parsed.components.filter((c) => c.scope === 'excluded').map((c) => c.name);
    expect(excluded).toEqual(['colorama', 'iniconfig', 'packaging', 'pluggy', 'pytest']);
    expect(parsed.components.filter((c) => c.direct).map((c) => c.name)).toEqual(['fastapi', 'httpx', 'internal-models', 'pytest']);
    expect(parsed.edges).toEqual(expect.arrayContaining([
      { from: 'pkg:pypi/invoice-api@0.4.0', to: 'pkg:pypi/fastapi@0.104.1' },
      { from: 'pkg:pypi/fastapi@0.104.1', to: 'pkg:pypi/pydantic@2.5.2' },
      { from: 'pkg:pypi/pydantic@2.5.2', to: 'pkg:pypi/pydantic-core@2.14.5' },
    ]));
    expect(parsed.warnings).toEqual([]);
  });

  it('keeps each distribution file with its own hash, none on the component', () => {
    const parsed = parsePoetryLock(fixture('poetry-1.8/poetry.lock'), 'poetry.lock');
    const core = parsed.components.find((c) => c.name === 'pydantic-core');
    expect(core?.hashes).toEqual([]);
    expect(core?.distributions?.map((d) => d.name)).toEqual([
      'pydantic_core-2.14.5-cp311-cp311-macosx_10_7_x86_64.whl',
      'pydantic_core-2.14.5-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      'pydantic_core-2.14.5-cp311-none-win_amd64.whl',
      'pydantic_core-2.14.5.tar.gz',
    ]);
    expect(core?.distributions?.[0]?.hashes).toEqual([{ algorithm: 'SHA-256', hex: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });

  it('records a git source with the commit the lock resolved; everything is required without a manifest', () => {
    const parsed = parsePoetryLock(fixture('poetry-1.8/poetry.lock'), 'poetry.lock');
    expect(parsed.components.find((c) => c.name === 'internal-models')).toMatchObject({
      source: 'git', resolved: 'git+https://github.com/example-corp/internal-models.git@9c1f0e5b2a7d4c3e8f6b1a0d9e8c7b6a5f4e3d2c', hashes: [],
    });
    expect(new Set(Object.values(scopes(parsed)))).toEqual(new Set(['required']));
    expect(parsed.components.some((c) => c.direct)).toBe(false);
  });

  it('reads a Poetry 2 lock (lock-version 2.1): groups decide scope, optional = true makes it optional', () => {
    const parsed = parsePoetryLock(fixture('poetry-2/poetry.lock'), 'poetry.lock', fixture('poetry-2/pyproject.toml'));
    expect(scopes(parsed)).toEqual({
      click: 'required', colorama: 'required', 'corp-telemetry': 'required', 'markdown-it-py': 'required', mdurl: 'required',
      mypy: 'excluded', 'mypy-extensions': 'excluded', pygments: 'required', pyyaml: 'optional', rich: 'required',
      'shared-utils': 'required', 'typing-extensions': 'excluded',
    });
    expect(parsed.components.find((c) => c.name === 'corp-telemetry')).toMatchObject({
      source: 'registry', resolved: 'https://pypi.internal.example.com/simple',
      purl: 'pkg:pypi/corp-telemetry@2.0.1?repository_url=https%3A%2F%2Fpypi.internal.example.com%2Fsimple',
      hashes: [{ algorithm: 'SHA-256', hex: expect.stringMatching(/^[0-9a-f]{64}$/) }],
    });
    expect(parsed.components.find((c) => c.name === 'shared-utils')).toMatchObject({ source: 'path', resolved: '../shared-utils' });
    expect(parsed.edges).toContainEqual({ from: 'pkg:pypi/mypy@1.15.0', to: 'pkg:pypi/mypy-extensions@1.0.0' });
  });

  it('reads lock-version 1.1: category for scope, hashes under [metadata.files]', () => {
    const lock = `[[package]]\nname = "six"\nversion = "1.16.0"\ncategory = "main"\noptional = false\n\n[[package]]\nname = "pytest"\nversion = "6.2.5"\ncategory = "dev"\noptional = false\n\n[metadata]\nlock-version = "1.1"\ncontent-hash = "x"\n\n[metadata.files]\nsix = [\n    {file = "six-1.16.0-py2.py3-none-any.whl", hash = "sha256:${H}"},\n]\npytest = []\n`;
    const parsed = parsePoetryLock(lock, 'poetry.lock');
    expect(scopes(parsed)).toEqual({ six: 'required', pytest: 'excluded' });
    expect(parsed.components[0]?.hashes).toEqual([{ algorithm: 'SHA-256', hex: H }]);
  });

  it('warns when pyproject.toml requires what the lock lacks, and still lists the lock', () => {
    const manifest = `[tool.poetry]\nname = "a"\nversion = "1"\n[tool.poetry.dependencies]\npython = "^3.11"\nsix = "*"\nrequests = "*"\n`;
    const parsed = parsePoetryLock(`[[package]]\nname = "six"\nversion = "1.16.0"\nfiles = []\n[metadata]\nlock-version = "2.0"\n`, 'poetry.lock', manifest);
    expect(parsed.components).toHaveLength(1);
    expect(parsed.warnings).toEqual([{ lockfile: 'poetry.lock', message: expect.stringContaining('pyproject.toml requires requests') }]);
  });

  it('refuses an unknown lock-version with LOCKFILE_UNSUPPORTED naming the understood ones', () => {
    expect(() => parsePoetryLock('[metadata]\nlock-version = "3.0"\n', 'poetry.lock')).toThrow(expect.objectContaining({
      code: 'LOCKFILE_UNSUPPORTED', message: expect.stringContaining('understood versions: 1.0, 1.1, 2.0, 2.1'),
    }));
  });

  it.each([
    ['broken TOML', '[[package]]\nname = "six\n', 'poetry.lock line 2: not valid TOML'],
    ['a package without a version', '[[package]]\nname = "six"\nversion = "1"\n\n[[package]]\nname = "idna"\n[metadata]\nlock-version = "2.0"\n', 'poetry.lock line 5: package[1]: version is missing'],
    ['a malformed file hash', '[[package]]\nname = "six"\nversion = "1"\nfiles = [{file = "x.whl", hash = "sha256:zz"}]\n[metadata]\nlock-version = "2.0"\n', 'poetry.lock line 1: package[0]: files[0].hash'],
  ])('refuses %s with LOCKFILE_INVALID naming the line', (_, text, message) => {
    expect(() => parsePoetryLock(text, 'poetry.lock')).toThrow(expect.objectContaining({ code: 'LOCKFILE_INVALID', message: expect.stringContaining(message) }));
  });
});

describe('parseUvLock', () => {
  const parsed = parseUvLock(fixture('uv/uv.lock'), 'uv.lock');

  it('takes the editable project at "." as the root and every other package as a component', () => {
    expect(parsed.root).toEqual({ name: 'status-probe', version: '0.3.0', purl: 'pkg:pypi/status-probe@0.3.0' });
    expect(parsed.components).toHaveLength(11);
    expect(parsed.components.filter((c) => c.direct).map((c) => c.name)).toEqual(['pytest', 'requests', 'tenacity']);
  });

  it('scopes by reachability: dependencies required, an extra optional, a dev group excluded', () => {
    expect(scopes(parsed)).toEqual({
      certifi: 'required', 'charset-normalizer': 'required', idna: 'required', iniconfig: 'excluded', packaging: 'excluded',
      pluggy: 'excluded', pysocks: 'optional', pytest: 'excluded', requests: 'required', tenacity: 'required', urllib3: 'required',
    });
  });

  it('keeps the sdist and wheels as distributions, and a git source with its commit', () => {
    const charset = parsed.components.find((c) => c.name === 'charset-normalizer');
    expect(charset?.distributions).toHaveLength(4);
    expect(charset?.distributions?.[0]?.name).toMatch(/charset_normalizer-3\.4\.0\.tar\.gz$/);
    expect(parsed.components.find((c) => c.name === 'tenacity')).toMatchObject({
      source: 'git', resolved: 'git+https://github.com/jd/tenacity?rev=9.0.0#4a8a3c5ee5f3b2d1c0e9f8a7b6c5d4e3f2a1b0c9', hashes: [],
    });
  });

  it('links the root and packages through dependencies, extras and groups', () => {
    expect(parsed.edges).toEqual(expect.arrayContaining([
      { from: 'pkg:pypi/status-probe@0.3.0', to: 'pkg:pypi/requests@2.32.3' },
      { from: 'pkg:pypi/status-probe@0.3.0', to: 'pkg:pypi/pytest@8.3.3' },
      { from: 'pkg:pypi/requests@2.32.3', to: 'pkg:pypi/pysocks@1.7.1' },
    ]));
  });

  it('refuses an unknown version with LOCKFILE_UNSUPPORTED, and a malformed package with LOCKFILE_INVALID', () => {
    expect(() => parseUvLock('version = 2\n', 'uv.lock')).toThrow(expect.objectContaining({ code: 'LOCKFILE_UNSUPPORTED', message: expect.stringContaining('understood versions: 1') }));
    expect(() => parseUvLock('version = 1\n\n[[package]]\nversion = "1"\n', 'uv.lock')).toThrow(expect.objectContaining({
      code: 'LOCKFILE_INVALID', message: 'uv.lock line 3: package[0]: name is missing',
    }));
  });
});

describe('parsePipfileLock', () => {
  const parsed = parsePipfileLock(fixture('pipenv/Pipfile.lock'), 'Pipfile.lock', fixture('pipenv/Pipfile'));

  it('reads default as required and develop as excluded; a package in both is required', () => {
    expect(parsed.components).toHaveLength(13);
    expect(scopes(parsed)).toMatchObject({ click: 'required', flask: 'required', black: 'excluded', pytest: 'excluded', iniconfig: 'excluded' });
  });

  it('takes direct dependencies from the Pipfile, and each hash as one distribution', () => {
    expect(parsed.components.filter((c) => c.direct).map((c) => c.name).sort()).toEqual(['black', 'flask', 'flask-login', 'gunicorn', 'pytest']);
    expect(parsed.components.find((c) => c.name === 'markupsafe')?.distributions).toHaveLength(3);
    expect(parsed.components.find((c) => c.name === 'flask-login')).toMatchObject({ source: 'git', version: expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(parsed.edges).toEqual([]);
  });

  it('refuses malformed JSON naming the line, and an unknown pipfile-spec naming the understood one', () => {
    expect(() => parsePipfileLock('{\n  "_meta": {\n    "pipfile-spec": 6,\n  }\n}', 'Pipfile.lock')).toThrow(expect.objectContaining({
      code: 'LOCKFILE_INVALID', message: expect.stringContaining('Pipfile.lock line 4: not valid JSON'),
    }));
    expect(() => parsePipfileLock('{"_meta": {"pipfile-spec": 5}}', 'Pipfile.lock')).toThrow(expect.objectContaining({
      code: 'LOCKFILE_UNSUPPORTED', message: expect.stringContaining('understood versions: 6'),
    }));
    expect(() => parsePipfileLock('{"_meta": {"pipfile-spec": 6}, "default": {"six": {"hashes": ["md4:x"]}}}', 'Pipfile.lock')).toThrow(expect.objectContaining({
      code: 'LOCKFILE_INVALID', message: 'Pipfile.lock: default.six: hashes[0] is not <algorithm>:<hex>',
    }));
  });
});
