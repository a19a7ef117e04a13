import type { AttestStepResult } from './main.js';

/** The job summary keeps far below GitHub's 1 MiB limit. */
const MAX_ROWS = 200;

/** The job summary as Markdown: the step, its command and exit status, and its products with their digests. */
export function renderSummary(name: string, result: AttestStepResult, signer: string): string {
  const statement = result.statement;
  if (!statement || !result.stored) return '';
  const predicate = statement.predicate;
  const lines = [
    `## chainmail attest-step: ${escapeCell(name)}`,
    '',
    predicate?.command.length ? `Command \`${escapeCell(predicate.command.join(' '))}\` exited with ${String(result.returnValue)}.` : 'Wrapped the steps between phase: start and the end of the step.',
    `${result.materialCount} material(s), ${statement.subject.length} product(s), signed ${escapeCell(signer)}.`,
    result.stored.attestation ? `Attestation: [${result.stored.attestation.id}](${result.stored.attestation.url})` : `Bundle: \`${escapeCell(result.stored.bundlePath)}\``,
    '',
    '| product | sha256 |',
    '| --- | --- |',
    ...statement.subject.slice(0, MAX_ROWS).map((s) => `| ${escapeCell(s.name ?? '')} | \`${s.digest?.sha256 ?? ''}\` |`),
  ];
  if (statement.subject.length > MAX_ROWS) lines.push('', `... and ${statement.subject.length - MAX_ROWS} more (see the bundle).`);
  return `${lines.join('\n')}\n`;
}

/** Names are user data: keep them from breaking the table or injecting markup. */
function escapeCell(text: string): string {
  return text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
