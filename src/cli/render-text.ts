import type { VerificationReport, VerifiedAttestation } from '../verify/report.js';
import { signerName } from '../verify/report.js';

/** The report as a person reads it: what verified and who signed it, then every rejected bundle and why. */
export function renderText(report: VerificationReport): string {
  const digest = report.artifact.digest.sha256 ? `sha256:${report.artifact.digest.sha256}` : Object.entries(report.artifact.digest).map(([a, h]) => `${a}:${h}`)[0];
  const total = report.attestations.length + report.rejected.length;
  const lines: string[] = [];
  if (report.verified) {
    lines.push(`Verified ${report.artifact.name} (${digest}): ${report.attestations.length} of ${total} bundle(s) from ${report.source} satisfied the policy`);
    for (const attestation of report.attestations) lines.push(...describeAttestation(attestation));
  } else if (total === 0) {
    lines.push(`Not verified: ${report.artifact.name} (${digest}): no bundle found in ${report.source} [${report.error?.code ?? 'NO_ATTESTATION'}]`);
  } else {
    lines.push(`Not verified: ${report.artifact.name} (${digest}): none of ${total} bundle(s) from ${report.source} satisfied the policy [${report.error?.code ?? 'VERIFICATION_FAILED'}]`);
  }
  if (report.rejected.length > 0) {
    lines.push(report.verified ? 'Also found, not accepted:' : 'Rejected:');
    for (const r of report.rejected) lines.push(`  - ${r.source}: ${r.reason} [${r.code}]`);
  }
  return `${lines.join('\n')}\n`;
}

function describeAttestation(a: VerifiedAttestation): string[] {
  const rows: [string, string | undefined][] = [['signer', signerName(a.signer)]];
  if (!('key' in a.signer)) {
    const s = a.signer;
    const source = s.sourceRepositoryURI ? `${s.sourceRepositoryURI}${s.sourceRepositoryRef ? ` @ ${s.sourceRepositoryRef}` : ''}${s.sourceRepositoryDigest ? ` (commit ${s.sourceRepositoryDigest})` : ''}` : undefined;
    rows.push(['issuer', s.issuer], ['source', source], ['runner', s.runnerEnvironment], ['run', s.runInvocationURI]);
  }
  rows.push(['predicate', a.predicateType ?? '(message signature)'], ['instance', a.instance]);
  return [`  ${a.source}`, ...rows.filter((r): r is [string, string] => r[1] !== undefined).map(([k, v]) => `    ${`${k}:`.padEnd(11)}${v}`)];
}
