import { signerName, type VerificationReport } from '../../verify/report.js';

/** The job summary keeps far below GitHub's 1 MiB limit; beyond this many rows it says how many more. */
const MAX_ROWS = 300;

/** The job summary as Markdown: the verdict, then one row per candidate bundle with its result and reason. */
export function renderSummary(report: VerificationReport): string {
  const digest = report.artifact.digest.sha256 ? `sha256:${report.artifact.digest.sha256}` : Object.entries(report.artifact.digest).map(([a, h]) => `${a}:${h}`)[0] ?? '';
  const verdict = report.verified
    ? `Verified \`${code(report.artifact.name)}\` (\`${digest}\`): signed by \`${code(signerName(report.attestations[0]?.signer ?? { key: '?' }))}\`.`
    : `**Not verified**: \`${code(report.artifact.name)}\` (\`${digest}\`): ${report.rejected.length === 0 ? `no bundle found in ${cell(report.source)}` : `none of ${report.rejected.length} bundle(s) from ${cell(report.source)} satisfied the policy`} (${report.error?.code ?? 'VERIFICATION_FAILED'}).`;
  const rows = [
    ...report.attestations.map((a) => `| ${cell(a.source)} | verified | signed by \`${code(signerName(a.signer))}\` on ${cell(a.instance)}${a.predicateType ? `, predicate \`${code(a.predicateType)}\`` : ''} |`),
    ...report.rejected.map((r) => `| ${cell(r.source)} | rejected (${r.code}) | ${cell(r.reason)} |`),
  ];
  const lines = ['## chainmail verify-chain', '', verdict];
  if (rows.length > 0) lines.push('', '| candidate | result | reason |', '| --- | --- | --- |', ...rows.slice(0, MAX_ROWS));
  if (rows.length > MAX_ROWS) lines.push('', `... and ${rows.length - MAX_ROWS} more bundles (see the report file).`);
  return `${lines.join('\n')}\n`;
}

/** Sources and reasons carry data from bundles and paths: keep them from breaking the table or adding markup. */
function cell(text: string): string {
  return text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** Text inside a code span: backticks would end it, pipes would end the cell. */
function code(text: string): string {
  return text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
