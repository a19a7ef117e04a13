import { describe, expect, it } from '@jest/globals';
import { makePurl, npmPurl, splitNpmName } from '../../../src/core/sbom/purl.js';

describe('npmPurl', () => {
  it('puts the scope in the namespace, percent-encoding its @ as the purl spec says', () => {
    expect(npmPurl('@babel/core', '7.26.0')).toBe('pkg:npm/%40babel/core@7.26.0');
    expect(npmPurl('express', '4.21.2')).toBe('pkg:npm/express@4.21.2');
  });

  it('encodes versions and qualifiers, and leaves out empty ones', () => {
    expect(npmPurl('lodash', '1.0.0-beta+build.1')).toBe('pkg:npm/lodash@1.0.0-beta+build.1'); // packageurl-js keeps '+'
    expect(npmPurl('fork', '1.0.0', { vcs_url: 'git+https://github.com/o/fork.git#0123abc', download_url: undefined }))
      .toBe('pkg:npm/fork@1.0.0?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fo%2Ffork.git%230123abc');
    expect(npmPurl('@shop/utils', '')).toBe('pkg:npm/%40shop/utils');
  });
});

describe('splitNpmName', () => {
  it('splits a scoped name and leaves others whole', () => {
    expect(splitNpmName('@types/node')).toEqual({ namespace: '@types', name: 'node' });
    expect(splitNpmName('react')).toEqual({ name: 'react' });
    expect(splitNpmName('@broken')).toEqual({ name: '@broken' });
  });
});

describe('makePurl', () => {
  it('builds any type through packageurl-js', () => {
    expect(makePurl('githubactions', 'actions', 'checkout', 'v4')).toBe('pkg:githubactions/actions/checkout@v4');
    expect(makePurl('pypi', undefined, 'Django_REST', '3.0')).toBe('pkg:pypi/django-rest@3.0');
  });
});
