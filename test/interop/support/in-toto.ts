// The in-toto reference implementation (Debian's `in-toto` 1.3.1 on securesystemslib 0.26) as a real child
// process, and key files in the formats its command line reads.
import { execFile, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keyIdOf, securesystemslibPublicKey, type SecuresystemslibPublicKey } from '../../../src/core/predicates/link/classic.js';

export interface ToolRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs in-toto-run, in-toto-sign or in-toto-verify; resolves with the exit code (never rejects on failure). */
export function inToto(tool: 'in-toto-run' | 'in-toto-sign' | 'in-toto-verify', args: readonly string[], cwd: string): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { cwd, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** Whether the reference tools are installed (CI installs them from .ci/run as root). */
export function inTotoInstalled(): boolean {
  return spawnSync('in-toto-verify', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * The Python the reference tools run on (their scripts' `#!` line: Debian's /usr/bin/python3, with
 * securesystemslib), which need not be the first `python3` on PATH; undefined when they are not installed.
 */
export function referencePython(): string | undefined {
  const script = spawnSync('sh', ['-c', 'command -v in-toto-run'], { encoding: 'utf8' }).stdout.trim();
  if (script === '') return undefined;
  const shebang = /^#!\s*(\S+)/.exec(readFileSync(script, 'utf8').split('\n', 1)[0] ?? '');
  return shebang?.[1];
}

export interface KeyFiles {
  readonly keyType: 'ed25519' | 'ecdsa';
  readonly keyId: string;
  readonly publicKey: SecuresystemslibPublicKey;
  /** The private key as a PKCS#8 PEM (what chainmail takes). */
  readonly pem: string;
  /** securesystemslib JSON files, as in-toto-keygen writes them: `<name>` (private) and `<name>.pub`. */
  readonly privatePath: string;
  readonly publicPath: string;
}

/** A fresh key pair written as in-toto's `--key-types ed25519|ecdsa` files expect: securesystemslib JSON. */
export async function writeKeyFiles(dir: string, name: string, kind: 'ed25519' | 'P-256'): Promise<KeyFiles> {
  const { privateKey } = kind === 'ed25519' ? crypto.generateKeyPairSync('ed25519') : crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicKey = securesystemslibPublicKey(crypto.createPublicKey(privateKey));
  const keyId = keyIdOf(publicKey);
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const secret = kind === 'ed25519' ? Buffer.from(privateKey.export({ format: 'jwk' }).d ?? '', 'base64url').toString('hex') : pem;
  const { keytype, scheme, keyval } = publicKey;
  const privatePath = join(dir, name);
  const publicPath = `${privatePath}.pub`;
  await writeFile(privatePath, JSON.stringify({ keytype, scheme, keyid: keyId, keyval: { public: keyval.public, private: secret } }), { mode: 0o600 });
  await writeFile(publicPath, JSON.stringify(publicKey));
  return { keyType: publicKey.keytype, keyId, publicKey, pem, privatePath, publicPath };
}

export type ArtifactRule = readonly string[];

export interface LayoutStep {
  readonly name: string;
  readonly functionary: KeyFiles;
  readonly expectedMaterials: readonly ArtifactRule[];
  readonly expectedProducts: readonly ArtifactRule[];
  /** Defaults to ['true'], the command the tests' links record. */
  readonly expectedCommand?: readonly string[];
}

/**
 * The `signed` part of a root layout with every field in-toto's Layout and Step models hold (a missing field
 * would get a default on their side and change the signed bytes).
 */
export function layoutOf(steps: readonly LayoutStep[], readme = 'chainmail interop'): Record<string, unknown> {
  const expires = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const keys = Object.fromEntries(steps.map(({ functionary: f }) => [f.keyId, { ...f.publicKey, keyid: f.keyId }]));
  return {
    _type: 'layout',
    expires,
    readme,
    keys,
    inspect: [],
    steps: steps.map((s) => ({
      _type: 'step',
      name: s.name,
      threshold: 1,
      pubkeys: [s.functionary.keyId],
      expected_command: s.expectedCommand ?? ['true'],
      expected_materials: s.expectedMaterials,
      expected_products: s.expectedProducts,
    })),
  };
}
