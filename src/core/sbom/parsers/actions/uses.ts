import type { ActionReference } from '../../model.js';
import { makePurl } from '../support/purl.js';

/** What one `uses:` value refers to, and the component it makes (none for a local path). */
export interface UsesTarget {
  readonly kind: ActionReference['kind'];
  readonly pinned: boolean;
  readonly component?: { readonly purl: string; readonly namespace?: string; readonly name: string; readonly version: string; readonly resolved: string };
}

const FULL_SHA = /^[0-9a-f]{40}$/;
// owner/repo[/path]@ref: GitHub owner and repository names, then any path, then the ref.
const ACTION = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)((?:\/[^@\s]+)?)@([^\s@]+)$/;

/** Classifies a `uses:` value; undefined when it is none of the forms GitHub accepts. */
export function usesTarget(uses: string): UsesTarget | undefined {
  if (uses.startsWith('./') || uses.startsWith('.\\')) return { kind: 'local', pinned: true };
  if (uses.startsWith('docker://')) return dockerTarget(uses.slice('docker://'.length));
  const match = ACTION.exec(uses);
  if (match === null) return undefined;
  const [, owner, repo, path, ref] = match as unknown as [string, string, string, string, string];
  const subpath = path.replace(/^\//, '');
  return {
    kind: /^\.github\/workflows\/[^/]+\.ya?ml$/.test(subpath) ? 'reusable-workflow' : 'action',
    pinned: FULL_SHA.test(ref),
    component: {
      purl: makePurl('githubactions', owner, repo, ref, undefined, subpath),
      namespace: owner,
      name: repo,
      version: ref,
      resolved: `git+https://github.com/${owner}/${repo}@${ref}`,
    },
  };
}

// [registry/]path[:tag][@sha256:digest]; Docker Hub is the default registry, `latest` the default tag.
function dockerTarget(image: string): UsesTarget | undefined {
  const match = /^([^@\s]+?)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?$/.exec(image);
  if (match === null || match[1] === undefined) return undefined;
  const [, path, tag, digest] = match as unknown as [string, string, string | undefined, string | undefined];
  const parts = path.split('/');
  const registry = parts.length > 1 && /[.:]|^localhost$/.test(parts[0] as string) ? parts.shift() : undefined;
  const name = parts.pop() as string;
  const namespace = parts.length > 0 ? parts.join('/') : undefined;
  const version = digest ?? tag ?? 'latest';
  return {
    kind: 'docker',
    pinned: digest !== undefined,
    component: {
      purl: makePurl('docker', namespace, name, version, { repository_url: registry }),
      ...(namespace ? { namespace } : {}),
      name,
      version,
      resolved: `docker://${image}`,
    },
  };
}
