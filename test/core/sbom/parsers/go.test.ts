import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseGoSum } from '../../../../src/core/sbom/parsers/go.js';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/sbom/go/${name}`, import.meta.url), 'utf8');
const H1 = `h1:${Buffer.alloc(32, 7).toString('base64')}`;

describe('parseGoSum', () => {
  const parsed = parseGoSum(fixture('go.sum'), 'go.sum', fixture('go.mod'));
  const byPath = (path: string) => parsed.components.find((c) => `${c.namespace}/${c.name}` === path);

  it('lists each module go.mod requires, once, with its purl; go.sum /go.mod lines make no component', () => {
    expect(parsed.components).toHaveLength(30);
    expect(byPath('github.com/gin-gonic/gin')).toMatchObject({
      purl: 'pkg:golang/github.com/gin-gonic/gin@v1.9.1', ecosystem: 'golang', namespace: 'github.com/gin-gonic', name: 'gin',
      version: 'v1.9.1', source: 'registry', scope: 'required', direct: true,
    });
    expect(byPath('github.com/go-playground/validator/v10')?.purl).toBe('pkg:golang/github.com/go-playground/validator/v10@v10.14.0');
    expect(parsed.components.some((c) => c.name === 'testify' || c.name === 'go-spew')).toBe(false);
    expect(parsed.warnings).toEqual([]);
  });

  it('keeps the h1: dirhash as a property, never as a component hash', () => {
    const gin = byPath('github.com/gin-gonic/gin');
    expect(gin?.hashes).toEqual([]);
    expect(gin?.properties).toEqual([{ name: 'chainmail:go:dirhash', value: expect.stringMatching(/^h1:[A-Za-z0-9+/]{43}=$/) }]);
  });

  it('applies replace directives: a module replacement is the component, a local one is a path source', () => {
    expect(byPath('golang.org/x/net')).toMatchObject({
      version: 'v0.17.0', source: 'registry', direct: false,
      properties: expect.arrayContaining([{ name: 'chainmail:go:replaces', value: 'golang.org/x/net@v0.10.0' }]),
    });
    expect(byPath('github.com/example-corp/auth')).toMatchObject({ source: 'path', resolved: '../auth', direct: true, hashes: [] });
  });

  it('marks // indirect requirements as not direct and links the main module to the direct ones', () => {
    expect(parsed.components.filter((c) => c.direct).map((c) => c.name)).toEqual(['auth', 'gin', 'uuid', 'gorm']);
    expect(parsed.root).toEqual({ name: 'github.com/example-corp/orders', purl: 'pkg:golang/github.com/example-corp/orders' });
    expect(parsed.edges).toContainEqual({ from: 'pkg:golang/github.com/example-corp/orders', to: 'pkg:golang/gorm.io/gorm@v1.25.5' });
    expect(parsed.edges).toHaveLength(4);
  });

  it('skips other versions of a required module but lists modules go.mod does not mention', () => {
    expect(parsed.components.filter((c) => c.name === 'sonic').map((c) => c.version)).toEqual(['v1.9.1']);
    const older = parseGoSum(`rsc.io/quote v1.5.2 ${H1}\nrsc.io/sampler v1.3.0 ${H1}\n`, 'go.sum', 'module example.com/hello\n\ngo 1.16\n\nrequire rsc.io/quote v1.5.2\n');
    expect(older.components.map((c) => [c.purl, c.direct])).toEqual([['pkg:golang/rsc.io/quote@v1.5.2', true], ['pkg:golang/rsc.io/sampler@v1.3.0', false]]);
  });

  it('warns when go.mod requires a module go.sum has no hash for, and still lists it', () => {
    const parsed = parseGoSum(`rsc.io/quote v1.5.2/go.mod ${H1}\n`, 'svc/go.sum', 'module m\nrequire rsc.io/quote v1.5.2\n');
    expect(parsed.components.map((c) => c.purl)).toEqual(['pkg:golang/rsc.io/quote@v1.5.2']);
    expect(parsed.warnings).toEqual([{ lockfile: 'svc/go.sum', message: expect.stringContaining('go.mod requires rsc.io/quote v1.5.2 but svc/go.sum has no hash') }]);
  });

  it('lists every module with a content hash when there is no go.mod', () => {
    expect(parseGoSum(fixture('go.sum'), 'go.sum').components).toHaveLength(30);
  });

  it.each([
    ['go.sum', () => parseGoSum(`rsc.io/quote v1.5.2 ${H1}\nrsc.io/quote v1.5.2\n`, 'go.sum'), 'go.sum line 2: "rsc.io/quote v1.5.2" is not a go.sum line'],
    ['go.mod', () => parseGoSum('', 'app/go.sum', 'module m\n\nrequire (\n\trsc.io/quote\n)\n'), 'app/go.mod line 4: "rsc.io/quote" is not a requirement'],
    ['go.mod replace', () => parseGoSum('', 'go.sum', 'module m\nreplace a.b/c v1 =>\n'), 'go.mod line 2: "replace a.b/c v1 =>" is not a replacement'],
  ])('refuses a malformed %s with LOCKFILE_INVALID naming the file and line', (_, parse, message) => {
    expect(parse).toThrow(expect.objectContaining({ code: 'LOCKFILE_INVALID', message: expect.stringContaining(message) }));
  });
});
