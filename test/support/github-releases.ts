// Releases and release assets of the fake GitHub API: get by tag or id, upload (uploads.github.com style,
// here under /uploads on the same server), list, delete, and download through the asset's API URL (a redirect,
// as GitHub answers Accept: application/octet-stream) or browser_download_url.
import { json, type Route, type RouteResponse } from './http-server.js';

export interface StoredAsset {
  readonly id: number;
  readonly name: string;
  readonly label: string;
  readonly contentType: string;
  readonly data: Buffer;
}

export interface StoredRelease {
  readonly id: number;
  readonly repo: string; // owner/name
  readonly tag: string;
  readonly name: string;
  readonly draft: boolean;
  readonly prerelease: boolean;
  readonly assets: StoredAsset[];
}

export interface ReleaseStore {
  readonly releases: StoredRelease[];
  nextId(): number;
}

function assetJSON(base: string, r: StoredRelease, a: StoredAsset): object {
  return {
    id: a.id, name: a.name, label: a.label, content_type: a.contentType, size: a.data.length, state: 'uploaded',
    url: `${base}/repos/${r.repo}/releases/assets/${a.id}`,
    browser_download_url: `${base}/${r.repo}/releases/download/${encodeURIComponent(r.tag)}/${encodeURIComponent(a.name)}`,
  };
}

export function releaseJSON(base: string, r: StoredRelease): object {
  return {
    id: r.id, tag_name: r.tag, name: r.name, draft: r.draft, prerelease: r.prerelease,
    url: `${base}/repos/${r.repo}/releases/${r.id}`,
    html_url: `${base}/${r.repo}/releases/tag/${encodeURIComponent(r.tag)}`,
    upload_url: `${base}/uploads/repos/${r.repo}/releases/${r.id}/assets{?name,label}`,
    assets: r.assets.map((a) => assetJSON(base, r, a)),
  };
}

const notFound = (): RouteResponse => json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });

export function releaseRoutes(base: () => string, store: ReleaseStore): Route[] {
  const repoOf = (p: Readonly<Record<string, string>>): string => `${p['owner']}/${p['repo']}`;
  const find = (repo: string, pred: (r: StoredRelease) => boolean): StoredRelease | undefined =>
    store.releases.find((r) => r.repo === repo && pred(r));
  const byId = (p: Readonly<Record<string, string>>): StoredRelease | undefined =>
    find(repoOf(p), (r) => String(r.id) === p['id']);
  return [
    {
      name: 'get-release-by-tag', method: 'GET', path: '/repos/:owner/:repo/releases/tags/:tag',
      handler: ({ params }) => {
        const r = find(repoOf(params), (x) => x.tag === params['tag']);
        return r ? json(200, releaseJSON(base(), r)) : notFound();
      },
    },
    {
      name: 'get-release', method: 'GET', path: '/repos/:owner/:repo/releases/:id',
      handler: ({ params }) => {
        const r = byId(params);
        return r ? json(200, releaseJSON(base(), r)) : notFound();
      },
    },
    {
      name: 'list-assets', method: 'GET', path: '/repos/:owner/:repo/releases/:id/assets',
      handler: ({ params }) => {
        const r = byId(params);
        return r ? json(200, r.assets.map((a) => assetJSON(base(), r, a))) : notFound();
      },
    },
    {
      name: 'upload-asset', method: 'POST', path: '/uploads/repos/:owner/:repo/releases/:id/assets',
      handler: ({ params, url, headers, body }) => {
        const r = byId(params);
        if (!r) return notFound();
        const name = url.searchParams.get('name');
        if (!name) return json(422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'missing', field: 'name' }] });
        if (r.assets.some((a) => a.name === name)) {
          return json(422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] });
        }
        const asset: StoredAsset = {
          id: store.nextId(), name, label: url.searchParams.get('label') ?? '',
          contentType: headers['content-type'] ?? 'application/octet-stream', data: body,
        };
        r.assets.push(asset);
        return json(201, assetJSON(base(), r, asset));
      },
    },
    {
      name: 'delete-asset', method: 'DELETE', path: '/repos/:owner/:repo/releases/assets/:assetId',
      handler: ({ params }) => {
        for (const r of store.releases.filter((x) => x.repo === repoOf(params))) {
          const i = r.assets.findIndex((a) => String(a.id) === params['assetId']);
          if (i >= 0) {
            r.assets.splice(i, 1);
            return { status: 204 };
          }
        }
        return notFound();
      },
    },
    {
      // The API URL of an asset: its JSON, or with Accept: application/octet-stream a redirect to the file.
      name: 'get-asset', method: 'GET', path: '/repos/:owner/:repo/releases/assets/:assetId',
      handler: ({ params, headers }) => {
        for (const r of store.releases.filter((x) => x.repo === repoOf(params))) {
          const a = r.assets.find((x) => String(x.id) === params['assetId']);
          if (!a) continue;
          const body = assetJSON(base(), r, a) as { browser_download_url: string };
          if (!(headers.accept ?? '').includes('application/octet-stream')) return json(200, body);
          return { status: 302, headers: { location: body.browser_download_url } };
        }
        return notFound();
      },
    },
    {
      name: 'download-asset', method: 'GET', path: '/:owner/:repo/releases/download/:tag/:name',
      handler: ({ params }) => {
        const r = find(repoOf(params), (x) => x.tag === params['tag']);
        const a = r?.assets.find((x) => x.name === params['name']);
        return a ? { status: 200, body: a.data, headers: { 'content-type': a.contentType } } : notFound();
      },
    },
  ];
}
