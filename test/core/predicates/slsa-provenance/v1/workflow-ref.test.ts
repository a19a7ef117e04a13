import { describe, expect, it } from '@jest/globals';
import { splitWorkflowRef } from '../../../../../src/core/predicates/slsa-provenance/v1/workflow-ref.js';

describe('splitWorkflowRef', () => {
  it('splits path and ref after the repository prefix', () => {
    expect(splitWorkflowRef('o/r/.github/workflows/ci.yml@refs/heads/main', 'o/r', 'refs/heads/main')).toEqual({
      path: '.github/workflows/ci.yml', ref: 'refs/heads/main',
    });
  });

  it('keeps an @ in the ref (cut at the first @, as @actions/attest does)', () => {
    expect(splitWorkflowRef('o/r/.github/workflows/x.yml@refs/tags/@s/p@1.0.0', 'o/r', 'refs/tags/@s/p@1.0.0')).toEqual({
      path: '.github/workflows/x.yml', ref: 'refs/tags/@s/p@1.0.0',
    });
    expect(splitWorkflowRef('o/r/.github/workflows/x.yml@refs/tags/p@1', 'o/r')).toEqual({
      path: '.github/workflows/x.yml', ref: 'refs/tags/p@1',
    });
  });

  it('keeps an @ in the path when the known ref ends the string', () => {
    expect(splitWorkflowRef('o/r/.github/workflows/a@b.yml@refs/heads/main', 'o/r', 'refs/heads/main')).toEqual({
      path: '.github/workflows/a@b.yml', ref: 'refs/heads/main',
    });
  });

  it('uses the ref in workflow_ref when it differs from the ref claim', () => {
    expect(splitWorkflowRef('o/r/.github/workflows/x.yml@refs/heads/dev', 'o/r', 'refs/heads/main')).toEqual({
      path: '.github/workflows/x.yml', ref: 'refs/heads/dev',
    });
  });

  it.each([
    ['other/r/.github/workflows/x.yml@refs/heads/main', 'o/r'],
    ['o/r/.github/workflows/x.yml', 'o/r'],
    ['o/r/@refs/heads/main', 'o/r'],
    ['o/r/.github/workflows/x.yml@', 'o/r'],
  ])('returns undefined for %s', (workflowRef, repository) => {
    expect(splitWorkflowRef(workflowRef, repository)).toBeUndefined();
  });
});
