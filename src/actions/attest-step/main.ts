import { buildLinkStatement, type LinkByproducts, type LinkMaterial, type LinkPredicate } from '../../core/predicates/link/v0.3/index.js';
import { pickEnvironment } from '../../core/attest-step/environment.js';
import { START_RECORD_VERSION } from '../../core/attest-step/start-record.js';
import { ChainmailError } from '../../core/errors.js';
import type { Statement } from '../../core/intoto/index.js';
import type { RunnerContext } from '../../github/runner-context.js';
import { loadStartRef, saveStartRef, type StateStore } from '../../github/state.js';
import { recordArtifacts } from '../../io/materials.js';
import type { ChainArtifactUploader } from './chain-artifact.js';
import type { CommandRunner } from './command.js';
import { INPUT, type AttestStepInputs } from './inputs.js';
import type { StepSigner } from './signer.js';
import { assertNewStep, stepDirs, storeStep, type StoredStep } from './store.js';
import { readStartRecord, removeStartRecord, startRecordPath, writeStartRecord } from './wrap.js';

export interface AttestStepDeps {
  readonly context: RunnerContext;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Called before anything is measured or run: a bad key or endpoint fails first. */
  readonly prepareSigner: () => Promise<StepSigner>;
  readonly runner: CommandRunner;
  readonly uploader: ChainArtifactUploader;
  readonly state: StateStore;
  readonly now: () => Date;
  readonly log: (line: string) => void;
}

export interface AttestStepResult {
  readonly phase: 'command' | 'start' | 'end' | 'post-skipped';
  readonly materialCount: number;
  readonly productCount?: number;
  readonly returnValue?: number;
  readonly stored?: StoredStep;
  readonly statement?: Statement<LinkPredicate>;
}

export async function attestCommand(inputs: AttestStepInputs, deps: AttestStepDeps): Promise<AttestStepResult> {
  if (inputs.mode.kind !== 'command') throw new Error('attestCommand needs command mode');
  const dirs = stepDirs(inputs, deps.context);
  await assertNewStep(dirs, inputs.name);
  const signer = await deps.prepareSigner();
  const materials = await record(inputs, deps, inputs.materials, INPUT.materials);
  deps.log(`Recorded ${materials.length} material(s); running ${JSON.stringify(inputs.mode.argv)}`);
  const result = await deps.runner.run(inputs.mode.argv, { cwd: deps.context.workspace, env: deps.env });
  const byproducts: LinkByproducts = {
    'return-value': result.exitCode,
    'stdout-digest': { sha256: result.stdoutSha256 },
    'stderr-digest': { sha256: result.stderrSha256 },
  };
  return finish(inputs, deps, signer, { command: [...inputs.mode.argv], materials, byproducts, products: inputs.products, fallback: inputs.materials }, 'command', result.exitCode);
}

export async function attestStart(inputs: AttestStepInputs, deps: AttestStepDeps): Promise<AttestStepResult> {
  const dirs = stepDirs(inputs, deps.context);
  await assertNewStep(dirs, inputs.name);
  await deps.prepareSigner();
  const materials = await record(inputs, deps, inputs.materials, INPUT.materials);
  const ref = await writeStartRecord(startRecordPath(deps.context.runnerTemp, inputs.name), {
    version: START_RECORD_VERSION, name: inputs.name, startedAt: deps.now().toISOString(), materials, products: inputs.products, materialPatterns: inputs.materials,
  });
  saveStartRef(ref, deps.state);
  deps.log(`Recorded ${materials.length} material(s) for ${inputs.name}; the products are recorded and signed at the end of the job (or at phase: end)`);
  return { phase: 'start', materialCount: materials.length };
}

/** phase: end (`post` false), or the post run of a phase: start (`post` true). */
export async function attestEnd(inputs: AttestStepInputs, deps: AttestStepDeps, post: boolean): Promise<AttestStepResult> {
  const ref = post ? loadStartRef(deps.state) : { recordPath: startRecordPath(deps.context.runnerTemp, inputs.name) };
  if (!ref) return { phase: 'post-skipped', materialCount: 0 };
  const started = await readStartRecord(ref.recordPath, 'sha256' in ref ? ref.sha256 : undefined);
  if (!started && post) {
    deps.log(`${inputs.name} was already signed by phase: end`);
    return { phase: 'post-skipped', materialCount: 0 };
  }
  if (!started) throw new ChainmailError('INPUT_INVALID', `phase: end: no phase: start for a step named ${inputs.name} ran before it in this job`);
  const signer = await deps.prepareSigner();
  const products = inputs.products.length > 0 ? inputs.products : started.products;
  const result = await finish(inputs, deps, signer, { command: [], materials: [...started.materials], byproducts: {}, products, fallback: started.materialPatterns }, 'end');
  await removeStartRecord(ref.recordPath);
  return result;
}

interface StepFacts {
  readonly command: string[];
  readonly materials: LinkMaterial[];
  readonly byproducts: LinkByproducts;
  /** The product patterns; none: the `fallback` (material) patterns, recorded again after the step. */
  readonly products: readonly string[];
  readonly fallback: readonly string[];
}

async function finish(inputs: AttestStepInputs, deps: AttestStepDeps, signer: StepSigner, facts: StepFacts, phase: 'command' | 'end', returnValue?: number): Promise<AttestStepResult> {
  const own = facts.products.length > 0;
  const products = await record(inputs, deps, own ? facts.products : facts.fallback, own ? INPUT.products : INPUT.materials);
  if (products.length === 0) {
    throw new ChainmailError('PATH_NOT_FOUND', `${own ? INPUT.products : INPUT.materials}: matched no file, and an attestation needs at least one subject (its products, or with no products its materials)`);
  }
  const statement = buildLinkStatement({
    products,
    predicate: { name: inputs.name, command: facts.command, materials: facts.materials, byproducts: facts.byproducts, environment: pickEnvironment(deps.env, inputs.environment) },
  });
  deps.log(`Signing ${inputs.name} (${facts.materials.length} material(s), ${products.length} product(s)) ${signer.description}`);
  const signed = await signer.sign(statement);
  const stored = await storeStep(signed, inputs, deps.context, stepDirs(inputs, deps.context), deps.uploader);
  return { phase, materialCount: facts.materials.length, productCount: products.length, stored, statement, ...(returnValue === undefined ? {} : { returnValue }) };
}

function record(inputs: AttestStepInputs, deps: AttestStepDeps, patterns: readonly string[], inputName: string): Promise<LinkMaterial[]> {
  return recordArtifacts({
    workspace: deps.context.workspace, patterns, inputName, excludes: inputs.excludes, allowEmpty: inputs.allowEmpty,
    lstripPaths: inputs.lstripPaths, normalizeLineEndings: inputs.normalizeLineEndings,
  });
}
