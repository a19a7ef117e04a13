import { describe, expect, it } from '@jest/globals';
import { buildLinkStatement, LINK_V03_TYPE, type LinkPredicate } from '../../../../src/core/predicates/link/v0.3/index.js';
import { validationErrorBy } from '../../intoto/helpers.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const predicate = (over: Partial<LinkPredicate> = {}): LinkPredicate => ({
  name: 'build', command: ['make'], materials: [{ name: 'src/a.c', digest: { sha256: A } }], byproducts: { 'return-value': 0 }, environment: { GITHUB_SHA: 'x' }, ...over,
});

describe('in-toto link v0.3 statements', () => {
  it('puts the products in the subject and everything else in the predicate', () => {
    const statement = buildLinkStatement({ products: [{ name: 'out/app', digest: { sha256: B } }], predicate: predicate() });
    expect(statement).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'out/app', digest: { sha256: B } }],
      predicateType: LINK_V03_TYPE,
      predicate: predicate(),
    });
    expect(LINK_V03_TYPE).toBe('https://in-toto.io/attestation/link/v0.3');
  });

  it('allows an empty command (wrap mode) and no materials', () => {
    expect(() => buildLinkStatement({ products: [{ name: 'x', digest: { sha256: A } }], predicate: predicate({ command: [], materials: [] }) })).not.toThrow();
  });

  it('names every broken rule of the spec at once', () => {
    const e = validationErrorBy(() => buildLinkStatement({
      products: [{ name: 'dup', digest: { sha256: A } }, { name: 'dup', digest: { sha256: B } }],
      predicate: predicate({ name: '', materials: [{ name: 'm', digest: { sha256: 'not hex' } }, { name: 'm', digest: { sha256: A } }] }),
    }));
    expect(e.code).toBe('STATEMENT_INVALID');
    expect(e.problems.map((p) => p.path)).toEqual(['subject[1].name', 'predicate.name', 'predicate.materials[0].digest.sha256', 'predicate.materials[1].name']);
  });

  it('refuses a statement with no subject', () => {
    expect(validationErrorBy(() => buildLinkStatement({ products: [], predicate: predicate() })).problems[0]?.path).toBe('subject');
  });
});
