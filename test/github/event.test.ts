import { describe, expect, it } from '@jest/globals';
import { dispatchInputs, eventRelease, repositoryVisibility } from '../../src/github/event.js';

describe('event payload readers', () => {
  it('reads the repository visibility', () => {
    expect(repositoryVisibility({ repository: { visibility: 'private' } })).toBe('private');
    expect(repositoryVisibility({})).toBeUndefined();
  });

  it('reads the release of a release event only', () => {
    const event = { release: { id: 7, tag_name: 'v1.0.0', upload_url: 'https://uploads.example/assets{?name,label}' } };
    expect(eventRelease('release', event)).toEqual({ id: 7, tagName: 'v1.0.0', uploadUrl: 'https://uploads.example/assets{?name,label}' });
    expect(eventRelease('push', event)).toBeUndefined();
    expect(eventRelease('release', { release: { id: '7' } })).toBeUndefined();
  });

  it('reads workflow_dispatch inputs only for workflow_dispatch', () => {
    expect(dispatchInputs('workflow_dispatch', { inputs: { level: 'full' } })).toEqual({ level: 'full' });
    expect(dispatchInputs('push', { inputs: { level: 'full' } })).toBeUndefined();
  });
});
