// Child of attest-step.bench: records a tree's materials the way attest-step does in key mode with
// `format: in-toto-link` — src/io/materials.ts (glob + sha256 on a worker per core), a classic link signed with
// an ed25519 key, written atomically — and times it in-process. Arguments: <workspace> <key.pem> <link dir>
// <pattern>... Prints one JSON line: AttestStepChildResult.
import { readFileSync } from 'node:fs';
import { DEFAULT_NETWORK } from '../src/core/network-policy.js';
import { buildClassicLink, signClassicLink } from '../src/core/predicates/link/classic.js';
import { writeClassicLinkFiles } from '../src/io/classic-link-file.js';
import { recordArtifacts } from '../src/io/materials.js';
import { createKeySigner } from '../src/sigstore/sign/key-signer.js';

export interface AttestStepChildResult {
  /** Glob, hash, build, sign and write the link. */
  readonly ms: number;
  /** Of which globbing and hashing (recordArtifacts). */
  readonly recordMs: number;
  readonly files: number;
  readonly linkPath: string;
}

const [workspace, keyPath, linkDir, ...patterns] = process.argv.slice(2);
if (!workspace || !keyPath || !linkDir || patterns.length === 0) throw new Error('usage: attest-step.child <workspace> <key.pem> <link dir> <pattern>...');
const pem = readFileSync(keyPath, 'utf8');

const start = performance.now();
const materials = await recordArtifacts({ workspace, patterns, inputName: 'materials' });
const recordMs = performance.now() - start;
const signer = await createKeySigner({ pem, network: DEFAULT_NETWORK });
const link = buildClassicLink({
  name: 'bench',
  command: [],
  materials: Object.fromEntries(materials.map((m) => [m.name, m.digest])), // as signer.ts does
  products: {},
});
const [linkPath = ""] = await writeClassicLinkFiles([linkDir], signClassicLink(link, (bytes) => signer.signClassic(bytes), signer.keyId));
const ms = performance.now() - start;

const result: AttestStepChildResult = { ms, recordMs, files: materials.length, linkPath };
process.stdout.write(`${JSON.stringify(result)}\n`);
