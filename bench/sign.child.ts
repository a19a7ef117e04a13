// Child of sign.bench: signs the benchmark's statements against the stack the parent runs, one way or the
// other, timing only the signing. Argument: a SignChildInput as JSON. Prints one JSON line: SignChildResult.
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, type IdentityProvider } from '@sigstore/sign';
import { PAYLOAD_TYPE_INTOTO, type Statement } from '../src/core/intoto/index.js';
import { createKeylessSigner, signAll } from '../src/sigstore/sign/keyless.js';
import { requestIdToken } from '../test/support/oidc.js';
import { benchStatements } from './lib/statements.js';

export interface SignChildInput {
  readonly mode: 'chainmail' | 'baseline';
  readonly fulcioURL: string;
  readonly rekorURL: string;
  readonly oidcRequestURL: string;
  readonly oidcRequestToken: string;
  readonly count: number;
  readonly concurrency: number;
}

export interface SignChildResult {
  readonly ms: number;
  readonly bundles: SerializedBundle[];
}

const TIMEOUT_MS = 30_000;

/** chainmail: one signer for the run (one key, one certificate), statements signed `concurrency` at a time. */
async function chainmail(input: SignChildInput, identityProvider: IdentityProvider, statements: readonly Statement[]): Promise<SerializedBundle[]> {
  const signer = createKeylessSigner({
    endpoints: { instance: 'custom', fulcioURL: input.fulcioURL, rekorURL: input.rekorURL },
    identityProvider,
    network: { timeoutMs: TIMEOUT_MS, retries: 0, minBackoffMs: 100 },
  });
  return signAll(signer, statements, input.concurrency);
}

/** The naive loop with plain sigstore-js: a new key and certificate for each attestation, one after another. */
async function baseline(input: SignChildInput, identityProvider: IdentityProvider, statements: readonly Statement[]): Promise<SerializedBundle[]> {
  const bundles: SerializedBundle[] = [];
  for (const statement of statements) {
    const signer = new FulcioSigner({ fulcioBaseURL: input.fulcioURL, identityProvider, retry: 0, timeout: TIMEOUT_MS });
    const witness = new RekorWitness({ rekorBaseURL: input.rekorURL, entryType: 'dsse', retry: 0, timeout: TIMEOUT_MS });
    const builder = new DSSEBundleBuilder({ signer, witnesses: [witness] });
    const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: PAYLOAD_TYPE_INTOTO });
    bundles.push(bundleToJSON(bundle));
  }
  return bundles;
}

const input = JSON.parse(process.argv[2] ?? '') as SignChildInput;
const statements = benchStatements(input.count);
// The runner's token is fetched once, before the clock starts, and handed to both: only Sigstore is timed.
const token = await requestIdToken(input.oidcRequestURL, input.oidcRequestToken, 'sigstore');
const identityProvider: IdentityProvider = { getToken: async () => token };

const start = performance.now();
const bundles = await (input.mode === 'chainmail' ? chainmail : baseline)(input, identityProvider, statements);
const result: SignChildResult = { ms: performance.now() - start, bundles };
process.stdout.write(`${JSON.stringify(result)}\n`);
