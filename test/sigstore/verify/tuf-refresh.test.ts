import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
// Not the package index: it loads nock, which would intercept every HTTP request in this test file.
import { tufHandlers } from '@tufjs/repo-mock/dist/handler.js';
import { initializeTUFRepo } from '@tufjs/repo-mock/dist/repo.js';
import { createKeylessSigner } from '../../../src/sigstore/sign/keyless.js';
import { BundleVerifier } from '../../../src/sigstore/verify/bundle-verifier.js';
import { refreshTrustRoots } from '../../../src/sigstore/verify/tuf.js';
import { startHttpServer, startOidcServer, startSigstoreStack, type HttpServer, type OidcServer, type SigstoreStack } from '../../support/index.js';
import { makeTempDir, removeDir } from '../../support/temp-tree.js';

const network = { timeoutMs: 5000, retries: 0, minBackoffMs: 10 };

/**
 * A real TUF repository (root, timestamp, snapshot and targets metadata, signed) served over HTTP on loopback,
 * whose one target is the local Sigstore stack's trusted_root.json: what a self-hosted Sigstore publishes.
 */
describe('refreshTrustRoots from a TUF repository', () => {
  let stack: SigstoreStack;
  let oidc: OidcServer;
  let mirror: HttpServer;
  let dir: string;
  let rootPath: string;

  beforeAll(async () => {
    [stack, oidc, dir] = await Promise.all([startSigstoreStack(), startOidcServer(), makeTempDir('chainmail-tuf-repo-')]);
    const repo = initializeTUFRepo([{ name: 'trusted_root.json', content: JSON.stringify(stack.trustedRoot) }]);
    mirror = await startHttpServer();
    for (const handler of tufHandlers(repo, { metadataPathPrefix: '', targetPathPrefix: '/targets' })) {
      mirror.route({
        name: 'tuf', method: 'GET', path: handler.path,
        handler: () => {
          const { statusCode, response, contentType } = handler.fn();
          return { status: statusCode, body: response, ...(contentType ? { headers: { 'content-type': contentType } } : {}) };
        },
      });
    }
    rootPath = join(dir, 'root.json');
    await writeFile(rootPath, JSON.stringify(repo.rootMeta.toJSON()));
  });
  afterAll(async () => {
    await Promise.all([stack.close(), oidc.close(), mirror.close()]);
    await removeDir(dir);
  });

  it('fetches and checks the TUF metadata, and verifies bundles with the trusted root it delivers', async () => {
    const roots = await refreshTrustRoots({ mirrorURL: mirror.url, rootPath, cachePath: join(dir, 'cache'), network });
    expect(mirror.requests.all('tuf').map((r) => r.path)).toEqual(expect.arrayContaining(['/timestamp.json', '/snapshot.json', '/targets.json', '/targets/trusted_root.json']));

    const signer = createKeylessSigner({
      endpoints: { instance: 'custom', fulcioURL: stack.fulcioURL, rekorURL: stack.rekorURL },
      identityProvider: { getToken: async () => oidc.mintToken('sigstore') },
      network,
    });
    const sha256 = 'ab'.repeat(32);
    const bundle = await signer.sign({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'app.tgz', digest: { sha256 } }], predicateType: 'https://example.com/p', predicate: {} });
    const verified = new BundleVerifier(roots).verify(bundle, { artifact: { sha256 }, identity: { repository: 'octo-org/octo-repo' } });
    expect(verified.statement?.predicateType).toBe('https://example.com/p');
  });
});
