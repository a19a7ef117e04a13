import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseRequirements } from '../../../../src/core/sbom/parsers/python.js';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/sbom/python/${name}`, import.meta.url), 'utf8');
const H = 'ab'.repeat(32);

describe('parseRequirements', () => {
  const compiled = parseRequirements(fixture('requirements.txt'), 'requirements.txt');

  it('makes a pypi component of each == pin of a pip-compile output, PEP 503 names in the purl', () => {
    expect(compiled.components.map((c) => c.purl)).toEqual([
      'pkg:pypi/asgiref@3.7.2', 'pkg:pypi/django@4.2.7', 'pkg:pypi/djangorestframework@3.14.0', 'pkg:pypi/gunicorn@21.2.0',
      'pkg:pypi/packaging@23.2', 'pkg:pypi/psycopg2-binary@2.9.9', 'pkg:pypi/pytz@2023.3.post1', 'pkg:pypi/sqlparse@0.4.4',
      'pkg:pypi/typing-extensions@4.8.0',
    ]);
    expect(compiled.components.every((c) => c.source === 'registry' && c.scope === 'required' && c.ecosystem === 'pypi')).toBe(true);
    expect(compiled.facts?.unpinned).toEqual([]);
  });

  it('keeps several --hash values as distributions (one per file), and a lone --hash as the component hash', () => {
    const django = compiled.components.find((c) => c.name === 'django');
    expect(django?.hashes).toEqual([]);
    expect(django?.distributions).toHaveLength(2);
    expect(django?.distributions?.[0]?.hashes[0]).toEqual({ algorithm: 'SHA-256', hex: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const sqlparse = compiled.components.find((c) => c.name === 'sqlparse');
    expect(sqlparse?.hashes).toEqual([{ algorithm: 'SHA-256', hex: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(sqlparse?.distributions).toBeUndefined();
  });

  it('reads the # via comments as edges and as what is direct', () => {
    const direct = compiled.components.filter((c) => c.direct).map((c) => c.name);
    expect(direct).toEqual(['django', 'djangorestframework', 'gunicorn', 'psycopg2-binary']);
    expect(compiled.edges).toEqual(expect.arrayContaining([
      { from: 'pkg:pypi/django@4.2.7', to: 'pkg:pypi/asgiref@3.7.2' },
      { from: 'pkg:pypi/djangorestframework@3.14.0', to: 'pkg:pypi/django@4.2.7' },
      { from: 'pkg:pypi/asgiref@3.7.2', to: 'pkg:pypi/typing-extensions@4.8.0' },
      { from: 'pkg:pypi/gunicorn@21.2.0', to: 'pkg:pypi/packaging@23.2' },
    ]));
    expect(compiled.edges).toHaveLength(6);
  });

  describe('a hand-written file', () => {
    const worker = parseRequirements(fixture('requirements-worker.txt'), 'worker/requirements.txt');
    const byName = (name: string) => worker.components.find((c) => c.name === name);

    it('records -r and -c files as includes for the scanner to resolve', () => {
      expect(worker.facts?.includes).toEqual([
        { path: 'requirements.txt', kind: 'requirements', line: 2 },
        { path: 'constraints.txt', kind: 'constraints', line: 3 },
      ]);
    });

    it('lists requirements without an exact version as unpinned, with a warning, and makes no component of them', () => {
      expect(worker.facts?.unpinned).toEqual([
        { name: 'redis', specifier: '>=4.5.2,<5.0.0', line: 7 },
        { name: 'requests', specifier: '', line: 8 },
        { name: 'internal-auth', specifier: 'git+ssh://git@github.com/example-corp/internal-auth.git', line: 13 },
      ]);
      expect(worker.warnings.map((w) => w.message)).toEqual([
        expect.stringContaining('line 7: redis is not pinned'),
        expect.stringContaining('line 8: requests is not pinned'),
        expect.stringContaining('line 13: internal-auth is not pinned'),
      ]);
      expect(byName('redis')).toBeUndefined();
    });

    it('reads extras, markers, parenthesised and === pins', () => {
      expect(byName('celery')?.purl).toBe('pkg:pypi/celery@5.3.4');
      expect(byName('pillow')?.purl).toBe('pkg:pypi/pillow@10.1.0');
      expect(byName('sentry-sdk')?.purl).toBe('pkg:pypi/sentry-sdk@1.38.0');
    });

    it('makes git, URL and path requirements components from outside the index', () => {
      expect(byName('djangorestframework')).toMatchObject({
        version: '3.14.0', source: 'git', resolved: 'git+https://github.com/encode/django-rest-framework.git@3.14.0',
        purl: 'pkg:pypi/djangorestframework@3.14.0?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fencode%2Fdjango-rest-framework.git%403.14.0',
      });
      expect(byName('django-debug-toolbar')).toMatchObject({ source: 'git', version: expect.stringMatching(/^[0-9a-f]{40}$/) });
      expect(byName('internal-auth')).toMatchObject({ source: 'git', version: '' });
      expect(byName('internal-lib')).toMatchObject({
        version: '1.4.0', source: 'tarball', resolved: 'https://files.example.com/pkgs/internal_lib-1.4.0-py3-none-any.whl',
        hashes: [{ algorithm: 'SHA-256', hex: expect.stringMatching(/^[0-9a-f]{64}$/) }],
      });
      expect(byName('billing')).toMatchObject({ source: 'path', resolved: './libs/billing', version: '' });
    });
  });

  it('joins backslash continuations and takes --hash in either spelling', () => {
    const parsed = parseRequirements(`a==1 \\\n  --hash sha256:${H} \\\n  --hash=sha512:${'cd'.repeat(64)}\nb==2\n`, 'r.txt');
    expect(parsed.components.map((c) => [c.name, c.distributions?.length])).toEqual([['a', 2], ['b', undefined]]);
  });

  it.each([
    ['a malformed hash', `django==4.2.7 --hash=sha256:abc`, 'line 2: --hash=sha256:abc is not a hash'],
    ['a malformed specifier', 'django=>4', 'line 2: "django=>4" has a malformed version specifier'],
    ['an include without a file', '-r', 'line 2: -r needs a file name'],
    ['a line that is no requirement', '%%%', 'line 2: "%%%" is not a requirement'],
  ])('refuses %s with LOCKFILE_INVALID naming the file and line', (_, line, message) => {
    expect(() => parseRequirements(`flask==3.0.0\n${line}\n`, 'requirements.txt')).toThrow(
      expect.objectContaining({ code: 'LOCKFILE_INVALID', message: expect.stringContaining(`requirements.txt ${message}`) }),
    );
  });

  it('reads 50,000 pins in proportional time and memory', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `pkg-${i}==1.0.${i} \\\n    --hash=sha256:${H}\n    # via -r requirements.in`).join('\n');
    const parsed = parseRequirements(text, 'requirements.txt');
    expect(parsed.components).toHaveLength(50_000);
    expect(parsed.components.every((c) => c.direct && c.hashes.length === 1)).toBe(true);
  });
});
