// chainmail's classic in-toto links against the reference implementation, run as real processes: Debian's
// in-toto 1.3.1 (in-toto-run, in-toto-sign, in-toto-verify). CI installs it from .ci/run; a machine without it
// skips these tests and says so.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildClassicLink, canonicalJson, signClassicLink, type ClassicArtifacts, type SignedClassicLink } from '../../src/core/predicates/link/classic.js';
import { writeClassicLinkFiles } from '../../src/io/classic-link-file.js';
import { digestFiles } from '../../src/io/digest.js';
import { createKeySigner, type KeySigner } from '../../src/sigstore/sign/key-signer.js';
import { makeTempDir, removeDir, writeTree } from '../support/temp-tree.js';
import { inToto, inTotoInstalled, layoutOf, writeKeyFiles, type KeyFiles, type LayoutStep } from './support/in-toto.js';

const installed = inTotoInstalled();
if (!installed) {
  console.warn('SKIPPED: in-toto interop tests need Debian\'s in-toto package (apt-get install in-toto; .ci/run does it as root)');
}
const network = { timeoutMs: 5_000, retries: 0, minBackoffMs: 10 };

/** `{ path: { sha256 } }` of files under `root`, named by their relative paths, hashed by chainmail. */
async function artifacts(root: string, paths: readonly string[]): Promise<ClassicArtifacts> {
  const digests = await digestFiles(paths.map((p) => join(root, p)));
  return Object.fromEntries(paths.map((p, i) => [p, { sha256: digests[i]!.sha256! }]));
}

(installed ? describe.each : describe.skip.each)(['ed25519', 'P-256'] as const)('in-toto 1.3.1 and chainmail links (%s keys)', (kind) => {
  let dir: string;
  let work: string;
  let owner: KeyFiles;
  let builder: KeyFiles;
  let packager: KeyFiles;
  let buildSigner: KeySigner;
  let packageSigner: KeySigner;
  const keyType = kind === 'ed25519' ? 'ed25519' : 'ecdsa';

  /** Our link for a step, over real files, written where in-toto-verify looks for it. */
  async function recordStep(signer: KeySigner, name: string, materials: readonly string[], products: readonly string[], linkDir: string): Promise<string> {
    const link = buildClassicLink({
      name, command: ['true'], materials: await artifacts(work, materials), products: await artifacts(work, products),
      byproducts: { 'return-value': 0, stdout: '', stderr: '' },
    });
    return (await writeClassicLinkFiles([linkDir], signClassicLink(link, (bytes) => signer.signClassic(bytes), signer.keyId)))[0]!;
  }

  const twoSteps = (): LayoutStep[] => [
    { name: 'build', functionary: builder, expectedMaterials: [['ALLOW', 'src/*'], ['DISALLOW', '*']], expectedProducts: [['CREATE', 'out/app.bin'], ['DISALLOW', '*']] },
    { name: 'package', functionary: packager, expectedMaterials: [['MATCH', 'out/app.bin', 'WITH', 'PRODUCTS', 'FROM', 'build'], ['DISALLOW', '*']], expectedProducts: [['CREATE', 'dist/app.tgz'], ['DISALLOW', '*']] },
  ];

  /** root.layout signed by the owner with the reference in-toto-sign. */
  async function layoutSignedByInTotoSign(steps: LayoutStep[], name: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, JSON.stringify({ signatures: [], signed: layoutOf(steps) }));
    const signed = await inToto('in-toto-sign', ['-f', path, '-k', owner.privatePath, '-t', keyType, '-o', path], dir);
    expect(signed).toMatchObject({ code: 0 });
    return path;
  }

  const verify = (layout: string, linkDir: string) =>
    inToto('in-toto-verify', ['--layout', layout, '--layout-keys', owner.publicPath, '--key-types', keyType, '--link-dir', linkDir], dir);

  beforeAll(async () => {
    dir = await makeTempDir('chainmail-intoto-');
    work = join(dir, 'work');
    await writeTree(work, { 'src/main.c': 'int main(void) { return 0; }\n', 'src/util.c': 'int util;\n', 'out/app.bin': crypto.randomBytes(4096), 'dist/app.tgz': crypto.randomBytes(1024) });
    const keyKind = kind === 'ed25519' ? 'ed25519' : 'P-256';
    [owner, builder, packager] = await Promise.all([writeKeyFiles(dir, 'owner', keyKind), writeKeyFiles(dir, 'builder', keyKind), writeKeyFiles(dir, 'packager', keyKind)]);
    [buildSigner, packageSigner] = await Promise.all([createKeySigner({ pem: builder.pem, network }), createKeySigner({ pem: packager.pem, network })]);
  });
  afterAll(() => removeDir(dir));

  it('in-toto-verify accepts a layout over the links chainmail wrote, and refuses them once a product changed between steps', async () => {
    const layout = await layoutSignedByInTotoSign(twoSteps(), 'root.layout');
    const links = join(dir, 'links');
    await recordStep(buildSigner, 'build', ['src/main.c', 'src/util.c'], ['out/app.bin'], links);
    const packageLink = await recordStep(packageSigner, 'package', ['out/app.bin'], ['dist/app.tgz'], links);
    expect(packageLink).toBe(join(links, `package.${packager.keyId.slice(0, 8)}.link`));
    const passed = await verify(layout, links);
    expect(passed.stderr).toBe('');
    expect(passed.code).toBe(0);

    // Someone swaps the build output before packaging: the package step records the swapped file.
    const tampered = join(dir, 'links-tampered');
    await mkdir(tampered);
    const buildLinkName = `build.${builder.keyId.slice(0, 8)}.link`;
    await copyFile(join(links, buildLinkName), join(tampered, buildLinkName));
    await writeFile(join(work, 'out/app.bin'), crypto.randomBytes(4096));
    await recordStep(packageSigner, 'package', ['out/app.bin'], ['dist/app.tgz'], tampered);
    const failed = await verify(layout, tampered);
    expect(failed.code).not.toBe(0);
    // The swapped file is no longer what build produced, so MATCH leaves it to DISALLOW.
    expect(failed.stderr).toContain("RuleVerificationError: 'DISALLOW *' matched the following artifacts: ['out/app.bin']");
  });

  it('in-toto-verify refuses a chainmail link edited after signing', async () => {
    const layout = await layoutSignedByInTotoSign(twoSteps().slice(0, 1), 'build-only.layout');
    const links = join(dir, 'links-edited');
    const path = await recordStep(buildSigner, 'build', ['src/main.c', 'src/util.c'], ['out/app.bin'], links);
    expect((await verify(layout, links)).code).toBe(0);
    const link = JSON.parse(await readFile(path, 'utf8')) as { signed: { products: Record<string, { sha256: string }> } };
    link.signed.products['out/app.bin'] = { sha256: 'f'.repeat(64) };
    await writeFile(path, JSON.stringify(link));
    const failed = await verify(layout, links);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toMatch(/ThresholdVerificationError: Step 'build' requires .* validly signed/);
  });

  it('a layout signed by chainmail (not in-toto-sign) verifies: the same canonical bytes, the keyid in-toto computes from owner.pub', async () => {
    const ownerSigner = await createKeySigner({ pem: owner.pem, network });
    const layout = layoutOf(twoSteps().slice(0, 1), 'ünïcode readme "quoted" \\ 😀');
    const sig = Buffer.from(ownerSigner.signClassic(new TextEncoder().encode(canonicalJson(layout)))).toString('hex');
    const path = join(dir, 'chainmail-signed.layout');
    await writeFile(path, JSON.stringify({ signatures: [{ keyid: ownerSigner.keyId, sig }], signed: layout }, null, 2));
    const links = join(dir, 'links-own-layout');
    await recordStep(buildSigner, 'build', ['src/main.c', 'src/util.c'], ['out/app.bin'], links);
    expect(await verify(path, links)).toMatchObject({ code: 0, stderr: '' });
  });

  it('produces the link in-toto-run produces for the same files, and in-toto-verify accepts both', async () => {
    const reference = join(dir, 'reference');
    await mkdir(reference);
    const run = await inToto('in-toto-run', ['-n', 'build', '-k', builder.privatePath, '-t', keyType, '-m', 'src', '-p', 'out', '-d', reference, '--', 'true'], work);
    expect(run).toMatchObject({ code: 0 });
    const name = `build.${builder.keyId.slice(0, 8)}.link`;
    const theirs = JSON.parse(await readFile(join(reference, name), 'utf8')) as SignedClassicLink;

    const ours = join(dir, 'ours');
    await recordStep(buildSigner, 'build', ['src/main.c', 'src/util.c'], ['out/app.bin'], ours);
    const mine = JSON.parse(await readFile(join(ours, name), 'utf8')) as SignedClassicLink;
    expect(mine.signed).toEqual(theirs.signed);
    expect(mine.signatures.map((s) => s.keyid)).toEqual(theirs.signatures.map((s) => s.keyid));
    // ed25519 signatures are deterministic: the same bytes signed give the same signature.
    if (kind === 'ed25519') expect(mine.signatures).toEqual(theirs.signatures);
    // Their signature checks over our canonical JSON of their link: both sides sign the same bytes.
    const digest = kind === 'ed25519' ? null : 'sha256';
    const publicKey = crypto.createPublicKey(builder.pem);
    expect(crypto.verify(digest, Buffer.from(canonicalJson(theirs.signed)), publicKey, Buffer.from(theirs.signatures[0]!.sig, 'hex'))).toBe(true);

    const layout = await layoutSignedByInTotoSign(twoSteps().slice(0, 1), 'cross.layout');
    expect((await verify(layout, reference)).code).toBe(0);
    expect((await verify(layout, ours)).code).toBe(0);
  });
});
