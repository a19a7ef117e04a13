// Reads the real bundles in fixtures/: the DSSE statement, and the OIDC claims Fulcio copied into the signing
// certificate's extensions (OID 1.3.6.1.4.1.57264.1.*), so the claims we feed our builder come from the token
// that signed, not from the payload we compare against.
import { readFileSync } from 'node:fs';
import type { GitHubOidcClaims } from '../../../../../src/core/github-context.js';

interface BundleJson {
  dsseEnvelope: { payload: string; payloadType: string };
  verificationMaterial: { certificate?: { rawBytes: string }; x509CertificateChain?: { certificates: { rawBytes: string }[] } };
}

export function readBundle(name: string): BundleJson {
  const text = readFileSync(new URL(`../../../../fixtures/sigstore/real/${name}`, import.meta.url), 'utf8');
  const first = name.endsWith('.jsonl') ? (text.split('\n')[0] as string) : text; // .jsonl: one bundle a line
  return JSON.parse(first) as BundleJson;
}

export function statementOf(bundle: BundleJson): unknown {
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
}

// DER: OID 1.3.6.1.4.1.57264.1.<n>, then (optional critical flag) an OCTET STRING wrapping a UTF8String.
function fulcioExtension(der: Buffer, n: number): string {
  const oid = Buffer.from([0x06, 0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, 0x83, 0xbf, 0x30, 0x01, n]);
  let i = der.indexOf(oid);
  if (i < 0) throw new Error(`no Fulcio extension 1.${n}`);
  i += oid.length;
  if (der[i] === 0x01) i += 3; // BOOLEAN critical
  const [, afterOctet] = readHeader(der, i); // OCTET STRING
  const [length, start] = readHeader(der, afterOctet); // UTF8String
  return der.subarray(start, start + length).toString('utf8');
}

function readHeader(der: Buffer, at: number): [length: number, contentStart: number] {
  const first = der[at + 1] as number;
  if (first < 0x80) return [first, at + 2];
  const count = first & 0x7f;
  return [der.readUIntBE(at + 2, count), at + 2 + count];
}

/** The claims, reconstructed from the certificate, plus the server URL they were issued under. */
export function claimsFromCertificate(bundle: BundleJson): { claims: GitHubOidcClaims; serverUrl: string } {
  const vm = bundle.verificationMaterial;
  const raw = vm.certificate?.rawBytes ?? vm.x509CertificateChain?.certificates[0]?.rawBytes ?? '';
  const der = Buffer.from(raw, 'base64');
  const ext = (n: number) => fulcioExtension(der, n);
  const sourceRepoUri = ext(12);
  const repository = new URL(sourceRepoUri).pathname.slice(1);
  const serverUrl = sourceRepoUri.slice(0, -repository.length - 1);
  const run = /\/actions\/runs\/(\d+)\/attempts\/(\d+)$/.exec(ext(21));
  const claims = {
    repository,
    workflow_ref: ext(18).slice(serverUrl.length + 1), // build config URI
    job_workflow_ref: ext(9).slice(serverUrl.length + 1), // build signer URI
    sha: ext(13),
    ref: ext(14),
    repository_id: ext(15),
    repository_owner_id: ext(17),
    runner_environment: ext(11),
    event_name: ext(20),
    run_id: run?.[1],
    run_attempt: run?.[2],
  };
  return { claims: claims as GitHubOidcClaims, serverUrl };
}
