import * as core from '@actions/core';
import { ChainmailError } from '../../core/errors.js';
import { violationLine } from '../../core/sbom/fail-on.js';
import { requestOidcToken } from '../../github/oidc.js';
import { readRunnerContext } from '../../github/runner-context.js';
import { gitIn } from './git.js';
import { parseInputs } from './inputs.js';
import { runSbom } from './main.js';

/** The edge of the sbom action: runner inputs and environment in; files, outputs, summary and annotations out. */
export async function runSbomAction(): Promise<void> {
  const inputs = parseInputs((name) => core.getInput(name));
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  const result = await runSbom(inputs, {
    context: readRunnerContext(),
    requestToken: () => requestOidcToken('sigstore', inputs.signing.network.timeoutMs),
    git: gitIn,
    now: () => new Date(),
    ...sourceDate(process.env.SOURCE_DATE_EPOCH),
    log: core.info,
  });
  const cyclonedx = result.sboms.find((s) => s.format === 'cyclonedx-json');
  const spdx = result.sboms.find((s) => s.format === 'spdx-json');
  const attested = (format: string) => result.attestations.find((a) => a.format === format);
  const first = result.attestations.flatMap((a) => a.stored)[0];
  core.setOutput('cyclonedx-path', cyclonedx?.path ?? '');
  core.setOutput('spdx-path', spdx?.path ?? '');
  core.setOutput('report-path', result.reportPath);
  core.setOutput('cyclonedx-bundle-path', attested('cyclonedx-json')?.bundlePath ?? '');
  core.setOutput('spdx-bundle-path', attested('spdx-json')?.bundlePath ?? '');
  core.setOutput('attestation-id', first?.id ?? '');
  core.setOutput('attestation-url', first?.url ?? '');
  core.setOutput('component-count', String(result.componentCount));
  core.setOutput('finding-count', String(result.findings.length));
  core.setOutput('added-count', result.diff ? String(result.diff.added.length) : '');
  core.setOutput('removed-count', result.diff ? String(result.diff.removed.length) : '');
  core.setOutput('changed-count', result.diff ? String(result.diff.changed.length) : '');
  for (const a of result.annotations) {
    const properties = { title: a.title, ...(a.file ? { file: a.file } : {}), ...(a.startLine ? { startLine: a.startLine } : {}) };
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
  if (inputs.showSummary) await core.summary.addRaw(result.summary).write();
  if (result.failOn.violations.length > 0) throw new ChainmailError('POLICY_VIOLATION', violationLine(result.failOn.violations));
}

/** SOURCE_DATE_EPOCH (seconds since 1970, as reproducible-builds.org defines it), when set and valid. */
function sourceDate(value: string | undefined): { sourceDate?: Date } {
  if (!value || !/^\d{1,12}$/.test(value.trim())) return {};
  return { sourceDate: new Date(Number(value.trim()) * 1000) };
}
