import type { ResourceDescriptor } from '../../core/intoto/index.js';

/** The job summary keeps far below GitHub's 1 MiB limit; beyond this many rows it says how many more. */
const MAX_ROWS = 500;

export interface SummaryRow {
  readonly subject: ResourceDescriptor;
  readonly attestation: string;
}

/** The job summary as Markdown: one row per subject with its digest and where its attestation is. */
export function renderSummary(predicateType: string, rows: readonly SummaryRow[], instance: string): string {
  const lines = [
    '## chainmail sign-artifact',
    '',
    `Signed ${rows.length} subject${rows.length === 1 ? '' : 's'} with predicate \`${escapeCell(predicateType)}\` on the ${instance} Sigstore instance.`,
    '',
    '| subject | digest | attestation |',
    '| --- | --- | --- |',
    ...rows.slice(0, MAX_ROWS).map(({ subject, attestation }) => {
      const digest = Object.entries(subject.digest ?? {}).map(([alg, hex]) => `${alg}:${hex}`).join(' ');
      return `| ${escapeCell(subject.name ?? '')} | \`${digest}\` | ${attestation} |`;
    }),
  ];
  if (rows.length > MAX_ROWS) lines.push('', `... and ${rows.length - MAX_ROWS} more subjects (see the bundle files).`);
  return `${lines.join('\n')}\n`;
}

/** Subject names are user data: keep them from breaking the table or injecting markup. */
function escapeCell(text: string): string {
  return text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
