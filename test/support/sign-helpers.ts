// Sign and verify with the real sigstore-js against a local stack: what the harness tests use, and a
// reference for product tests that need a known-good bundle.
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness, type Bundle, type Witness } from '@sigstore/sign';
import { bundleFromJSON, bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { toSignedEntity, toTrustMaterial, Verifier, type Signer } from '@sigstore/verify';
import type { SigstoreStack } from './sigstore-stack.js';
import type { TrustedRootJSON } from './trusted-root.js';

export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface SignOptions {
  /** Returns the OIDC token (e.g. `() => oidc.mintToken('sigstore')`). */
  readonly token: () => Promise<string> | string;
  readonly entryType?: 'dsse' | 'intoto';
  /** Log in Rekor (default true) and/or timestamp with the TSA (default false). */
  readonly tlog?: boolean;
  readonly tsa?: boolean;
  /** sigstore-js fetch retry (promise-retry options); default 0, to see the first failure. */
  readonly retry?: number | { retries: number; minTimeout?: number; maxTimeout?: number; factor?: number };
}

/** A sample in-toto Statement v1 over one subject. */
export function sampleStatement(name = 'artifact.tgz', sha256 = 'a'.repeat(64)): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name, digest: { sha256 } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: { buildDefinition: { buildType: 'https://example.com/test', externalParameters: {} }, runDetails: { builder: { id: 'https://example.com/builder' } } },
  };
}

/** Sign a DSSE envelope over `payload` with Fulcio + Rekor (+ TSA) of the stack; returns bundle v0.3 JSON. */
export async function signDsse(stack: SigstoreStack, payload: Buffer, opts: SignOptions): Promise<SerializedBundle> {
  const retry = opts.retry ?? 0;
  const witnesses: Witness[] = [];
  if (opts.tlog ?? true) {
    witnesses.push(new RekorWitness({ rekorBaseURL: stack.rekorURL, entryType: opts.entryType ?? 'dsse', retry }));
  }
  if (opts.tsa ?? false) witnesses.push(new TSAWitness({ tsaBaseURL: stack.tsaURL, retry }));
  const signer = new FulcioSigner({
    fulcioBaseURL: stack.fulcioURL,
    identityProvider: { getToken: async () => opts.token() },
    retry,
  });
  const builder = new DSSEBundleBuilder({ signer, witnesses });
  const bundle: Bundle = await builder.create({ data: payload, type: INTOTO_PAYLOAD_TYPE });
  return bundleToJSON(bundle);
}

/** Verify a bundle JSON against a trusted root JSON with the real @sigstore/verify; throws on failure. */
export function verifyBundle(bundle: SerializedBundle, root: TrustedRootJSON, thresholds: { tlog?: number; timestamps?: number } = {}): Signer {
  const material = toTrustMaterial(TrustedRoot.fromJSON(root));
  const verifier = new Verifier(material, {
    tlogThreshold: thresholds.tlog ?? 1,
    ctlogThreshold: 1,
    timestampThreshold: thresholds.timestamps ?? 1,
  });
  return verifier.verify(toSignedEntity(bundleFromJSON(bundle)));
}
