import * as core from '@actions/core';
import { join } from 'node:path';
import { ChainmailError } from '../../core/errors.js';
import { readRunnerContext } from '../../github/runner-context.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { signerName } from '../../verify/report.js';
import { parseInputs } from './inputs.js';
import { verifyChain } from './main.js';
import { persistentTufCache } from './tuf-cache.js';
import * as cache from '@actions/cache';

/** GitHub shows at most 10 error annotations per step; the job summary lists every rejected bundle. */
const MAX_ANNOTATIONS = 10;

/** The edge of verify-chain: runner inputs and environment in; outputs, job summary and annotations out. */
export async function runVerifyChain(): Promise<void> {
  const inputs = parseInputs((name) => core.getInput(name));
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  const context = readRunnerContext();
  const { report, summary } = await verifyChain(inputs, {
    context,
    ...(process.env.RUNNER_TOOL_CACHE ? { toolCache: process.env.RUNNER_TOOL_CACHE } : {}),
    persistTufCache: persistentTufCache(cache, { info: core.info, warning: core.warning }),
    log: core.info,
  });

  const reportPath = join(context.runnerTemp, 'chainmail', `verify-report-${Date.now()}-${process.pid}.json`);
  await writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  const [first] = report.attestations;
  core.setOutput('verified', String(report.verified));
  core.setOutput('signer', first ? signerName(first.signer) : '');
  core.setOutput('predicate-type', first?.predicateType ?? '');
  core.setOutput('bundle-source', first?.source ?? '');
  core.setOutput('report-path', reportPath);
  if (inputs.showSummary) await core.summary.addRaw(summary).write();

  for (const attestation of report.attestations) core.info(`Verified ${attestation.source}: signed by ${signerName(attestation.signer)} (${attestation.instance})`);
  if (report.verified) {
    for (const r of report.rejected) core.info(`Not accepted: ${r.source}: ${r.reason} [${r.code}]`);
    return;
  }
  for (const r of report.rejected.slice(0, MAX_ANNOTATIONS)) core.error(`${r.reason} [${r.code}]`, { title: r.source });
  const count = report.rejected.length;
  throw new ChainmailError(report.error?.code ?? 'VERIFICATION_FAILED',
    count === 0 ? `${report.artifact.name} is not verified: no bundle found in ${report.source}` : `${report.artifact.name} is not verified: none of ${count} bundle(s) from ${report.source} satisfied the policy (reasons above and in the job summary)`);
}
