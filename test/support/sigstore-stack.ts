// A whole local Sigstore (Fulcio + CT log, Rekor v1, TSA) on loopback, from @sigstore/mock's pieces, with
// the trusted root that verifies what it signs. Each service is its own server, so a test can close one.
import crypto from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { initializeCA, initializeCTLog, initializeTLog, initializeTSA, tsaHandler } from '@sigstore/mock';
import { Faults, RequestLog } from './faults.js';
import { fulcioGithubHandler } from './fulcio-github.js';
import { startHttpServer, type HttpServer } from './http-server.js';
import { mockRoute } from './mock-route.js';
import { rekorV1, type LoggedEntry } from './rekor-v1.js';
import { buildSigningConfig, buildTrustedRoot, type TrustedRootJSON } from './trusted-root.js';

export interface SigstoreStackOptions {
  /**
   * Fixed time for certificates, log entries and timestamps. The mock's root certificates start at the
   * real "now", so only a clock at or after the start of the stack verifies.
   */
  readonly clock?: Date;
  /** Share fault rules / the request log with other servers (e.g. the OIDC and GitHub fakes). */
  readonly faults?: Faults;
  readonly requests?: RequestLog;
}

export interface SigstoreStack {
  readonly fulcioURL: string;
  readonly rekorURL: string;
  readonly tsaURL: string;
  /** protobuf-JSON TrustedRoot: feed to `TrustedRoot.fromJSON` or write as trusted_root.json. */
  readonly trustedRoot: TrustedRootJSON;
  /** protobuf-JSON SigningConfig v0.2 with the stack's URLs. */
  readonly signingConfig: object;
  /**
   * Endpoint names: 'fulcio', 'rekor', 'rekor-get', 'tsa'. No Rekor v2: the mock's v2 log answers with an
   * inclusion proof that does not verify (random index in a tree of size 1) and logs the request, not an Entry.
   */
  readonly faults: Faults;
  readonly requests: RequestLog;
  /** Entries logged in Rekor v1, canonical bodies decoded. */
  rekorEntries(): readonly LoggedEntry[];
  /** Write trusted_root.json into `dir` (created if missing); returns its path. */
  writeTrustedRoot(dir: string, name?: string): Promise<string>;
  close(): Promise<void>;
}

const bytes = (v: ArrayBufferView): Uint8Array => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
const newKeyPair = (): crypto.KeyPairKeyObjectResult => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });

/**
 * The mock TSA writes genTime with milliseconds, DER-style without trailing zeros ("...05.12Z"), and
 * @sigstore/core only parses exactly three fraction digits: one timestamp in ten failed to verify. Real
 * Sigstore TSAs (Go) write whole seconds, so the stack's TSA does too, by replacing the mock's clock.
 */
function wholeSecondTSA(tsa: object, clock?: Date): void {
  const impl = tsa as { getCurrentTime?: () => Date };
  if (typeof impl.getCurrentTime !== 'function') throw new Error('@sigstore/mock TSA changed: no getCurrentTime to patch');
  impl.getCurrentTime = () => new Date(Math.floor((clock ?? new Date()).getTime() / 1000) * 1000);
}

export async function startSigstoreStack(opts: SigstoreStackOptions = {}): Promise<SigstoreStack> {
  const faults = opts.faults ?? new Faults();
  const requests = opts.requests ?? new RequestLog();
  const validFrom = new Date(Math.min(Date.now(), opts.clock?.getTime() ?? Infinity) - 60 * 60 * 1000);
  const servers: HttpServer[] = [];
  const start = async (): Promise<HttpServer> => {
    const s = await startHttpServer({ faults, requests });
    servers.push(s);
    return s;
  };
  try {
    const [fulcio, rekor, tsa] = [await start(), await start(), await start()];
    const ctlogKeys = newKeyPair();
    const tlogKeys = newKeyPair();
    const ctlog = await initializeCTLog(ctlogKeys, opts.clock);
    const ca = await initializeCA(newKeyPair(), ctlog, opts.clock);
    // Rekor signs checkpoints with its host as origin: it must know its own URL.
    const tlog = await initializeTLog(rekor.url, tlogKeys, opts.clock);
    const timestamps = await initializeTSA(newKeyPair(), opts.clock);
    wholeSecondTSA(timestamps, opts.clock);

    const now = (): Date => opts.clock ?? new Date();
    fulcio.route({ name: 'fulcio', method: 'POST', path: '/api/v2/signingCert', handler: fulcioGithubHandler(ca, now) });
    const v1 = rekorV1(tlog);
    v1.routes.forEach((r) => rekor.route(r));
    tsa.route({ name: 'tsa', method: 'POST', path: '/api/v1/timestamp', handler: mockRoute(tsaHandler(timestamps).fn) });

    const der = (key: crypto.KeyObject): Buffer => key.export({ format: 'der', type: 'spki' });
    const parts = {
      fulcioURL: fulcio.url, rekorURL: rekor.url, ctlogURL: `${fulcio.url}/ctlog`, tsaURL: tsa.url, validFrom,
      caRoot: bytes(ca.rootCertificate), tlogKey: der(tlogKeys.publicKey), ctlogKey: der(ctlogKeys.publicKey),
      tsaChain: [bytes(timestamps.intCertificate), bytes(timestamps.rootCertificate)],
    };
    const trustedRoot = buildTrustedRoot(parts);
    return {
      fulcioURL: fulcio.url, rekorURL: rekor.url, tsaURL: tsa.url, trustedRoot,
      signingConfig: buildSigningConfig(parts),
      faults, requests,
      rekorEntries: v1.entries,
      writeTrustedRoot: async (dir, name = 'trusted_root.json') => {
        await mkdir(dir, { recursive: true });
        const file = path.join(dir, name);
        await writeFile(file, `${JSON.stringify(trustedRoot, null, 2)}\n`);
        return file;
      },
      close: async () => void (await Promise.all(servers.map((s) => s.close()))),
    };
  } catch (err) {
    await Promise.all(servers.map((s) => s.close()));
    throw err;
  }
}
