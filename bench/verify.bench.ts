// Offline verification of 1,000 bundles: chainmail's BundleVerifier (signature, chain, log, timestamps, plus
// identity policy, artifact and predicate checks) against a bare loop over @sigstore/verify's Verifier on the
// same bundles, trust material built once on both sides. Target: chainmail's time at most 1.2x the bare loop's.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { GITHUB_ACTIONS_ISSUER } from '../src/core/verify/identity-policy.js';
import { exactMatcher } from '../src/core/verify/matcher.js';
import { BundleVerifier, type VerificationRequest } from '../src/sigstore/verify/bundle-verifier.js';
import { embeddedPublicGoodRoot } from '../src/sigstore/verify/embedded-root.js';
import { defaultTrustRoots } from '../src/sigstore/verify/trust-roots.js';
import { repoPath } from './lib/paths.js';
import { emit, progress } from './lib/report.js';
import { median, ms, ratio, samples } from './lib/stats.js';

const BUNDLES = 1000;
const ROUNDS = 3;
const real = (name: string) => readFileSync(repoPath('test', 'fixtures', 'sigstore', 'real', name));
const digests = (data: Buffer) => ({ sha256: createHash('sha256').update(data).digest('hex'), sha512: createHash('sha512').update(data).digest('hex') });
const issuer = exactMatcher(GITHUB_ACTIONS_ISSUER);

// The real bundles of the corpus that verify offline, each with the request chainmail makes for it.
const npmArtifact = real('sigstore-js-2.1.0.tgz');
const npm = { artifact: digests(npmArtifact), artifactBytes: npmArtifact, identity: { issuer, repository: 'sigstore/sigstore-js' }, predicateType: 'https://slsa.dev/provenance/v1' };
const kinds: { text: string; request: VerificationRequest }[] = [
  { text: real('sigstore-js-2.1.0-bundle.json').toString('utf8'), request: npm },
  { text: real('sigstore-js-2.1.0-bundle-v0.1.json').toString('utf8'), request: npm },
  { text: real('reusable-workflow-attestation.sigstore.json').toString('utf8'), request: { artifact: digests(real('reusable-workflow-artifact')), identity: { issuer, repository: 'malancas/attest-demo' } } },
  { text: real('custom-issuer.sigstore.json').toString('utf8'), request: { artifact: digests(real('custom-issuer-artifact')), identity: { issuer: exactMatcher('https://token.actions.githubusercontent.com/hammer-time'), repository: 'too-legit/attest' } } },
];
const work = Array.from({ length: BUNDLES }, (_, i) => kinds[i % kinds.length]!);

const chainmail = new BundleVerifier(defaultTrustRoots());
const bare = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(embeddedPublicGoodRoot())), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });

function runChainmail(): number {
  const start = performance.now();
  for (const { text, request } of work) chainmail.verify(JSON.parse(text), request);
  return performance.now() - start;
}

function runBare(): number {
  const start = performance.now();
  for (const { text } of work) bare.verify(toSignedEntity(bundleFromJSON(JSON.parse(text)), npmArtifact));
  return performance.now() - start;
}

// Warm both paths (JIT, lazy parsing) before measuring, then alternate rounds.
runChainmail();
runBare();
const ours: number[] = [];
const theirs: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  ours.push(runChainmail());
  theirs.push(runBare());
  progress(`round ${round + 1}: chainmail ${ms(ours.at(-1)!)}, bare ${ms(theirs.at(-1)!)}`);
}
const oursMs = median(ours);
const theirsMs = median(theirs);
const overhead = oursMs / theirsMs;

emit({
  title: 'Offline verification of 1,000 bundles',
  method: [
    `${BUNDLES} verifications of the corpus's ${kinds.length} real GitHub-runner bundles (bundle v0.3 and v0.1, intoto and dsse log entries, public-good and a custom issuer), in turn, offline against the embedded public-good root.`,
    'chainmail: `BundleVerifier.verify` from the bundle text: parse, signature, certificate chain, SCT, log inclusion and checkpoint/SET, timestamps, then the identity policy, the artifact among the subjects and the predicate type.',
    'peer: a bare loop of `JSON.parse` + `bundleFromJSON` + `toSignedEntity` + `Verifier.verify` from @sigstore/verify, with no policy or statement checks. Trust material is built once on both sides.',
    `Medians of ${ROUNDS} rounds after one warm-up round each, chainmail and the bare loop alternating.`,
  ],
  checks: [{
    name: 'verify 1,000 bundles offline (chainmail vs bare @sigstore/verify loop)',
    chainmail: `${ms(oursMs)} (${(BUNDLES / (oursMs / 1000)).toFixed(0)} bundles/s)`,
    peer: `${ms(theirsMs)} (${(BUNDLES / (theirsMs / 1000)).toFixed(0)} bundles/s)`,
    ratio: `${ratio(overhead)} the bare loop's time`,
    target: '<= 1.2x the bare loop',
    pass: overhead <= 1.2,
  }],
  details: [`chainmail rounds: ${samples(ours)}`, `bare loop rounds: ${samples(theirs)}`],
});
