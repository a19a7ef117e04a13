// Signing: 200 one-subject attestations against a local Sigstore stack with 50 ms added to every request,
// chainmail's keyless signer against the naive sigstore-js loop (a new certificate for each, sequentially).
// The stack runs here; each signer runs in its own child process, as the action does. Every bundle is verified.
import type { SerializedBundle } from '@sigstore/bundle';
import { startOidcServer } from '../test/support/oidc.js';
import { verifyBundle } from '../test/support/sign-helpers.js';
import { startSigstoreStack, type SigstoreStack } from '../test/support/sigstore-stack.js';
import { benchStatements } from './lib/statements.js';
import { runOk, siblingBundle } from './lib/proc.js';
import { emit, progress } from './lib/report.js';
import { median, ms, ratio } from './lib/stats.js';
import type { SignChildInput, SignChildResult } from './sign.child.js';

const COUNT = 200;
const CONCURRENCY = 8; // signAll's default, what sign-artifact uses
const LATENCY_MS = 50;
const REPS = 3;
type Mode = SignChildInput['mode'];

interface Run {
  readonly ms: number;
  readonly requests: Record<string, number>;
  readonly certificates: number;
  readonly identity: string;
}

const expected = benchStatements(COUNT).map((s) => JSON.stringify(s));

/** Every bundle must verify and carry the statement it was asked to sign, in order. */
function check(mode: Mode, stack: SigstoreStack, bundles: readonly SerializedBundle[]): { certificates: number; identity: string } {
  if (bundles.length !== COUNT) throw new Error(`${mode}: ${bundles.length} bundles for ${COUNT} statements`);
  const certificates = new Set<string>();
  let identity = '';
  bundles.forEach((bundle, i) => {
    const signer = verifyBundle(bundle, stack.trustedRoot);
    identity = signer.identity?.subjectAlternativeName ?? '';
    const payload = 'dsseEnvelope' in bundle && bundle.dsseEnvelope ? Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8') : '';
    if (payload !== expected[i]) throw new Error(`${mode}: bundle ${i} does not sign statement ${i}`);
    const cert = bundle.verificationMaterial.certificate?.rawBytes;
    if (cert) certificates.add(cert);
  });
  return { certificates: certificates.size, identity };
}

async function signOnce(mode: Mode, stack: SigstoreStack, oidc: { requestURL: string; requestToken: string }): Promise<Run> {
  stack.requests.clear();
  const input: SignChildInput = {
    mode, fulcioURL: stack.fulcioURL, rekorURL: stack.rekorURL,
    oidcRequestURL: oidc.requestURL, oidcRequestToken: oidc.requestToken, count: COUNT, concurrency: CONCURRENCY,
  };
  const run = await runOk(process.execPath, [siblingBundle('sign.child'), JSON.stringify(input)]);
  const result = JSON.parse(run.stdout) as SignChildResult;
  const requests: Record<string, number> = {};
  for (const r of stack.requests.all()) requests[`${r.endpoint} ${r.outcome}`] = (requests[`${r.endpoint} ${r.outcome}`] ?? 0) + 1;
  const verified = check(mode, stack, result.bundles);
  progress(`${mode}: ${ms(result.ms)}, requests ${JSON.stringify(requests)}, ${verified.certificates} certificate(s), all ${COUNT} bundles verified`);
  return { ms: result.ms, requests, ...verified };
}

const [stack, oidc] = await Promise.all([startSigstoreStack(), startOidcServer()]);
stack.faults.latencyMs = LATENCY_MS; // every Fulcio, Rekor and TSA request; the OIDC server has no latency
const runs: Record<Mode, Run[]> = { chainmail: [], baseline: [] };
try {
  for (let rep = 0; rep < REPS; rep++) {
    const order: Mode[] = rep % 2 === 0 ? ['chainmail', 'baseline'] : ['baseline', 'chainmail'];
    for (const mode of order) runs[mode].push(await signOnce(mode, stack, oidc));
  }
} finally {
  await Promise.all([stack.close(), oidc.close()]);
}

const ours = median(runs.chainmail.map((r) => r.ms));
const theirs = median(runs.baseline.map((r) => r.ms));
const describe = (r: Run): string => `${Object.entries(r.requests).map(([k, n]) => `${k}: ${n}`).join(', ')}; ${r.certificates} distinct certificate(s)`;
const floor = { chainmail: LATENCY_MS * (1 + Math.ceil(COUNT / CONCURRENCY)), baseline: LATENCY_MS * 2 * COUNT };

emit({
  title: `Signing: ${COUNT} one-subject attestations, ${LATENCY_MS} ms per request`,
  method: [
    `A local Sigstore stack (test/support: @sigstore/mock's Fulcio with GitHub claims, Rekor v1) on 127.0.0.1 in the bench process, with \`faults.latencyMs = ${LATENCY_MS}\`: every Fulcio and Rekor request waits ${LATENCY_MS} ms before it is answered. Each signer runs in its own child process; the time is performance.now() around the signing only.`,
    `Statements: ${COUNT} in-toto Statements v1, one subject each, with the SLSA provenance v1 predicate src/core builds for a GitHub run. The OIDC token is fetched once, before timing, and both signers get it from the same getToken.`,
    `chainmail: \`createKeylessSigner({ endpoints: { instance: 'custom', fulcioURL, rekorURL }, network: { timeoutMs: 30000, retries: 0 } })\` and \`signAll(signer, statements, ${CONCURRENCY})\` (the concurrency sign-artifact uses): one key and one Fulcio certificate for the run, one Rekor dsse entry per statement.`,
    `baseline: plain sigstore-js as a naive loop: for each statement, sequentially, a new \`FulcioSigner\` + \`RekorWitness({ entryType: 'dsse' })\` + \`DSSEBundleBuilder\` and \`await builder.create(...)\` (a new key and certificate each time).`,
    `Every bundle of every run is verified with @sigstore/verify against the stack's trusted root (test/support verifyBundle: certificate chain, SCT, Rekor inclusion) and its DSSE payload compared with the statement it was asked to sign. ${REPS} runs of each, alternating; medians.`,
    `Latency floors: baseline ${COUNT} x 2 requests x ${LATENCY_MS} ms = ${(floor.baseline / 1000).toFixed(1)} s; chainmail 1 Fulcio + ceil(${COUNT}/${CONCURRENCY}) Rekor rounds = ${(floor.chainmail / 1000).toFixed(2)} s.`,
  ],
  checks: [{
    name: `sign ${COUNT} attestations (chainmail vs naive sigstore-js loop)`,
    chainmail: ms(ours),
    peer: ms(theirs),
    ratio: `${ratio(theirs / ours)} faster`,
    target: '>= 5x faster',
    pass: theirs / ours >= 5,
  }],
  details: [
    `- chainmail: ${runs.chainmail.map((r) => ms(r.ms)).join(', ')}; per run: ${describe(runs.chainmail[0]!)}`,
    `- baseline: ${runs.baseline.map((r) => ms(r.ms)).join(', ')}; per run: ${describe(runs.baseline[0]!)}`,
    `- requests are counted from the stack's request log as "endpoint status: count"; every run had the same counts: ${
      (['chainmail', 'baseline'] as const).every((m) => runs[m].every((r) => describe(r) === describe(runs[m][0]!))) ? 'yes' : 'no'}`,
    `- certificate identity (SAN) of the verified bundles: ${runs.chainmail[0]!.identity}`,
  ],
});
