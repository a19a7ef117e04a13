import { join, relative, resolve } from 'node:path';
import { auditIngest, type Finding } from '../../core/sbom/audit.js';
import { toCycloneDx } from '../../core/sbom/cyclonedx.js';
import type { SbomDiff } from '../../core/sbom/diff.js';
import { evaluateFailOn, type FailOnResult } from '../../core/sbom/fail-on.js';
import type { SbomGraph } from '../../core/sbom/model.js';
import { toSpdx } from '../../core/sbom/spdx.js';
import { VERSION } from '../../cli/version.js';
import type { RunnerContext } from '../../github/runner-context.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { resolveInWorkspace } from '../../io/safe-path.js';
import { scanProject } from '../../sbom/scan.js';
import { findingAnnotations, MAX_ANNOTATIONS, warningAnnotations, type Annotation } from './annotations.js';
import { attestSboms, checkAttestableSize, sbomSubjects, type AttestedSbom, type RenderedSbom } from './attest.js';
import { scanBase } from './base-scan.js';
import { chooseBase } from './base.js';
import type { Git } from './git.js';
import { gatherIngestFacts } from './ingest-facts.js';
import { INPUT, type SbomFormat, type SbomInputs } from './inputs.js';
import { buildReport } from './report.js';
import { renderSummary } from './summary.js';

export interface SbomDeps {
  readonly context: RunnerContext;
  /** The job's OIDC token for audience "sigstore". */
  readonly requestToken: () => Promise<string>;
  /** git in a directory (diff mode reads the base commit from the repository). */
  readonly git: (cwd: string) => Git;
  readonly now: () => Date;
  /** SOURCE_DATE_EPOCH as a date, when set: the time reproducible SBOMs state. */
  readonly sourceDate?: Date;
  readonly log: (line: string) => void;
}

export interface SbomResult {
  readonly sboms: readonly RenderedSbom[];
  readonly reportPath: string;
  readonly attestations: readonly AttestedSbom[];
  readonly componentCount: number;
  readonly findings: readonly Finding[];
  readonly diff?: SbomDiff;
  readonly failOn: FailOnResult;
  readonly summary: string;
  readonly annotations: readonly Annotation[];
}

const FILE_NAMES: Readonly<Record<SbomFormat, string>> = { 'cyclonedx-json': 'sbom.cdx.json', 'spdx-json': 'sbom.spdx.json' };

/**
 * The sbom action: scan the lockfiles, audit what the repository ingests, diff against the pull request's
 * base, write the SBOM(s) and a JSON report, and attest. A fail-on violation is returned, not thrown: the
 * caller writes the summary and annotations first, then fails the step. Nothing is signed for a change that
 * breaks the policy.
 */
export async function runSbom(inputs: SbomInputs, deps: SbomDeps): Promise<SbomResult> {
  const { context } = deps;
  const scanDir = await resolveInWorkspace(context.workspace, inputs.path, { inputName: INPUT.path });
  const scan = await scanProject(scanDir, { ...(inputs.lockfiles.length > 0 ? { lockfiles: inputs.lockfiles } : {}), includeLicenses: true });
  deps.log(`Scanned ${scan.graph.lockfiles.length} file(s): ${scan.graph.components.length} components`);
  const internalScopes = inputs.internalScopes ?? [`@${(context.repository.split('/')[0] ?? '').toLowerCase()}`];
  const findings = auditIngest(await gatherIngestFacts(scanDir, scan, internalScopes));

  const choice = chooseBase(inputs, context);
  const base = choice ? await scanBase({ choice, scanDir, head: scan, lockfiles: inputs.lockfiles, internalScopes }, deps) : undefined;
  const failOn = evaluateFailOn(inputs.failOn, { findings, ...(base ? { base: { findings: base.findings, diff: base.diff } } : {}) });

  const outputDir = resolve(context.workspace, inputs.outputDir ?? join(context.runnerTemp, 'chainmail', 'sbom'));
  const sboms = inputs.formats.map((format) => ({ format, path: join(outputDir, FILE_NAMES[format]), text: render(format, scan.graph, inputs, deps) }));
  const attest = inputs.attest && failOn.violations.length === 0;
  if (attest) checkAttestableSize(sboms, inputs.uploadAttestations);
  const subjects = attest ? await sbomSubjects(inputs, context.workspace, scanDir, scan.graph.lockfiles) : [];

  const reportPath = join(outputDir, 'sbom-report.json');
  const listed = sboms.map(({ format, path }) => ({ format, path }));
  const baseFacts = base ? { rev: choice?.rev ?? '', sha: base.sha, diff: base.diff } : undefined;
  await Promise.all(sboms.map((s) => writeFileAtomic(s.path, s.text)));
  await writeFileAtomic(reportPath, buildReport({ toolVersion: VERSION, graph: scan.graph, findings, sboms: listed, failOn: { rules: inputs.failOn, result: failOn }, ...(baseFacts ? { base: baseFacts } : {}) }));
  deps.log(`Wrote ${sboms.map((s) => s.path).join(', ')} and ${reportPath}`);

  if (inputs.attest && !attest) deps.log('Not attested: the fail-on check failed');
  const attestations = attest ? await attestSboms(sboms, subjects, inputs, deps) : [];
  const summary = renderSummary({
    graph: scan.graph,
    findings,
    sboms: listed,
    attestations: attestations.map((a) => ({
      predicateType: a.predicateType,
      where: a.stored.length > 0 ? a.stored.map((s) => `[${s.id}](${s.url})`).join(', ') : `\`${a.bundlePath}\``,
    })),
    failOn: { rules: inputs.failOn, result: failOn },
    ...(baseFacts ? { base: baseFacts } : {}),
  });
  return {
    sboms, reportPath, attestations, componentCount: scan.graph.components.length, findings, failOn, summary,
    annotations: annotate(findings, failOn, scan.graph.warnings, relative(context.workspace, scanDir) || '.'),
    ...(base ? { diff: base.diff } : {}),
  };
}

/** Reproducible SBOMs carry no time, or SOURCE_DATE_EPOCH's when it is set (reproducible-builds.org). */
function render(format: SbomFormat, graph: SbomGraph, inputs: SbomInputs, deps: SbomDeps): string {
  const reproducible = inputs.reproducible;
  const date = reproducible ? deps.sourceDate : deps.now();
  if (format === 'cyclonedx-json') {
    return toCycloneDx(graph, { reproducible, toolName: 'chainmail', toolVersion: VERSION, ...(date ? { timestamp: date } : {}) });
  }
  return toSpdx(graph, { reproducible, toolVersion: VERSION, ...(date ? { created: date } : {}) });
}

function annotate(findings: readonly Finding[], failOn: FailOnResult, warnings: SbomGraph['warnings'], scanPath: string): Annotation[] {
  const annotations = findingAnnotations(findings, failOn.violations, scanPath);
  return [...annotations, ...warningAnnotations(warnings, MAX_ANNOTATIONS - annotations.length, scanPath)];
}
