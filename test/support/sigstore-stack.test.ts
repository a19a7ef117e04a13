import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SigningConfig, TrustedRoot } from '@sigstore/protobuf-specs';
import { bundleBuilderFromSigningConfig } from '@sigstore/sign';
import { bundleToJSON } from '@sigstore/bundle';
import { requestIdToken, signJwt, githubClaims, startOidcServer, type OidcServer } from './oidc.js';
import crypto from 'node:crypto';
import { sampleStatement, signDsse, verifyBundle } from './sign-helpers.js';
import { startSigstoreStack, type SigstoreStack } from './sigstore-stack.js';

/** The `code` of the VerificationError thrown by `fn`, or 'no error'. */
function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return String((err as { code?: unknown }).code ?? err);
  }
}

describe('local Sigstore stack', () => {
  let stack: SigstoreStack;
  let oidc: OidcServer;
  const payload = Buffer.from(JSON.stringify(sampleStatement()));
  const token = (): string => oidc.mintToken('sigstore');

  beforeAll(async () => {
    [stack, oidc] = await Promise.all([startSigstoreStack(), startOidcServer()]);
  });
  afterAll(async () => {
    await Promise.all([stack.close(), oidc.close()]);
  });

  it('signs a DSSE statement (dsse entry + TSA) that the real verifier accepts', async () => {
    // The token comes over HTTP, as a runner client gets it.
    const viaHttp = (): Promise<string> => requestIdToken(oidc.requestURL, oidc.requestToken);
    const bundle = await signDsse(stack, payload, { token: viaHttp, tsa: true });
    const signer = verifyBundle(bundle, stack.trustedRoot);
    // Real Fulcio's SAN for GitHub: https://github.com/<job_workflow_ref>.
    expect(signer.identity?.subjectAlternativeName).toBe(
      'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main');
    expect(signer.identity?.extensions?.issuer).toBe('https://token.actions.githubusercontent.com');
    expect(oidc.requests.count('oidc')).toBe(1);
    expect(bundle.verificationMaterial.tlogEntries[0]?.kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' });
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    expect(stack.requests.count('fulcio')).toBe(1);
  });

  it('logs dsse entries the way real Rekor stores them', async () => {
    await signDsse(stack, payload, { token });
    const body = stack.rekorEntries().at(-1)?.body as { spec: Record<string, unknown> };
    expect(Object.keys(body.spec).sort()).toEqual(['envelopeHash', 'payloadHash', 'signatures']);
  });

  it('signs with an intoto entry', async () => {
    const bundle = await signDsse(stack, payload, { token, entryType: 'intoto' });
    expect(bundle.verificationMaterial.tlogEntries[0]?.kindVersion).toEqual({ kind: 'intoto', version: '0.0.2' });
    expect(() => verifyBundle(bundle, stack.trustedRoot)).not.toThrow();
  });

  it('verifies with a TSA timestamp alone (no tlog entry)', async () => {
    const bundle = await signDsse(stack, payload, { token, tlog: false, tsa: true });
    expect(() => verifyBundle(bundle, stack.trustedRoot, { tlog: 0 })).not.toThrow();
  });

  it('issues timestamps that always parse (whole-second genTime)', async () => {
    // Unpatched, one mock timestamp in ten had a genTime @sigstore/core cannot parse: 15 in a row catch that.
    for (let i = 0; i < 15; i++) {
      const bundle = await signDsse(stack, payload, { token, tlog: false, tsa: true });
      expect(codeOf(() => verifyBundle(bundle, stack.trustedRoot, { tlog: 0 }))).toBe('no error');
    }
  });

  it('fails against the root of another stack', async () => {
    const other = await startSigstoreStack();
    try {
      const bundle = await signDsse(stack, payload, { token });
      expect(codeOf(() => verifyBundle(bundle, other.trustedRoot))).toBe('CERTIFICATE_ERROR');
      // Our CA but the other stack's Rekor key: the log entry itself must be refused.
      const mixed = { ...stack.trustedRoot, tlogs: other.trustedRoot.tlogs };
      expect(codeOf(() => verifyBundle(bundle, mixed))).toMatch(/^TLOG_/);
      const stamped = await signDsse(stack, payload, { token, tlog: false, tsa: true });
      expect(codeOf(() => verifyBundle(stamped, other.trustedRoot, { tlog: 0 }))).toBe('TIMESTAMP_ERROR');
    } finally {
      await other.close();
    }
  });

  it('answers a duplicate Rekor entry with 409 + Location, and serves the entry by UUID', async () => {
    stack.requests.clear();
    await signDsse(stack, payload, { token });
    const proposed = stack.requests.all('rekor')[0]?.body;
    const again = await fetch(`${stack.rekorURL}/api/v1/log/entries`, { method: 'POST', body: proposed, headers: { 'content-type': 'application/json' } });
    expect(again.status).toBe(409);
    const location = again.headers.get('location') ?? '';
    const uuid = stack.rekorEntries().at(-1)?.uuid ?? '';
    expect(location).toBe(`/api/v1/log/entries/${uuid}`);
    expect(Object.keys((await (await fetch(`${stack.rekorURL}${location}`)).json()) as object)).toEqual([uuid]);
  });

  it('recovers an entry Rekor logged but whose answer was lost (retry -> 409 -> GET by UUID)', async () => {
    stack.requests.clear();
    stack.faults.set('rekor', [{ kind: 'drop-response' }]);
    const bundle = await signDsse(stack, payload, { token, retry: { retries: 2, minTimeout: 10 } });
    expect(stack.requests.outcomes('rekor')).toEqual(['drop-response', 409]);
    expect(stack.requests.outcomes('rekor-get')).toEqual([200]);
    expect(codeOf(() => verifyBundle(bundle, stack.trustedRoot))).toBe('no error');
  });

  it('refuses expired tokens and tokens for another audience, like Fulcio', async () => {
    const key = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const expired = signJwt(githubClaims({}, new Date(Date.now() - 3600_000)), key);
    await expect(signDsse(stack, payload, { token: () => expired })).rejects.toThrow(/401|identity token/);
    await expect(signDsse(stack, payload, { token: () => oidc.mintToken() })).rejects.toThrow(/401|audience/);
    expect(stack.requests.outcomes('fulcio').slice(-2)).toEqual([401, 401]);
  });

  it('provides a SigningConfig that sigstore-js signs with', async () => {
    const builder = bundleBuilderFromSigningConfig({
      signingConfig: SigningConfig.fromJSON(stack.signingConfig),
      identityProvider: { getToken: async () => token() },
      bundleType: 'dsseEnvelope',
    });
    const bundle = bundleToJSON(await builder.create({ data: payload, type: 'application/vnd.in-toto+json' }));
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(codeOf(() => verifyBundle(bundle, stack.trustedRoot))).toBe('no error');
  });

  it('writes a trusted_root.json that parses as a TrustedRoot', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'chainmail-root-'));
    try {
      const file = await stack.writeTrustedRoot(dir);
      const root = TrustedRoot.fromJSON(JSON.parse(await readFile(file, 'utf8')));
      expect(root.mediaType).toBe('application/vnd.dev.sigstore.trustedroot+json;version=0.1');
      expect(root.tlogs[0]?.baseUrl).toBe(stack.rekorURL);
      expect(root.timestampAuthorities[0]?.certChain?.certificates).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('retries through an injected 503 (visible in the request log)', async () => {
    stack.requests.clear();
    stack.faults.set('rekor', [{ kind: 'status', status: 503 }]);
    const bundle = await signDsse(stack, payload, { token, retry: { retries: 2, minTimeout: 10 } });
    expect(stack.requests.outcomes('rekor')).toEqual([503, 201]);
    expect(() => verifyBundle(bundle, stack.trustedRoot)).not.toThrow();
  });
});
