import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ActionReference, Component, ParsedLockfile } from '../model.js';
import { usesTarget } from './actions/uses.js';
import { invalidAtLine } from './support/lockfile-error.js';

/**
 * One workflow (.github/workflows/*.yml) or action metadata file (action.yml): every `uses:` of a job (reusable
 * workflows), of a step, of a composite action's steps, and a Docker action's `runs.image: docker://...`.
 * Actions become pkg:githubactions/owner/repo@ref components (a subdirectory or workflow file is the purl's
 * subpath), images pkg:docker ones; local `./path` uses make none (the code is this repository's). All are
 * scope excluded: they run in CI and do not ship in what is built. Each reference, pinned to a full commit SHA
 * (an image digest) or not, is listed with its line in facts.actionReferences for the audit.
 */
export function parseWorkflowUses(text: string, lockfile: string): ParsedLockfile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) throw invalidAtLine(lockfile, error.linePos?.[0].line ?? 1, `not valid YAML: ${error.message.split('\n')[0]}`, error);
  const lineOf = (node: Node) => lineCounter.linePos(node.range?.[0] ?? 0).line;
  const components = new Map<string, Component>();
  const references: ActionReference[] = [];
  for (const node of usesNodes(doc.contents)) {
    const line = lineOf(node);
    if (!isScalar(node) || typeof node.value !== 'string') throw invalidAtLine(lockfile, line, 'uses must be a string');
    const uses = node.value.trim();
    const target = usesTarget(uses);
    if (target === undefined) {
      throw invalidAtLine(lockfile, line, `uses: ${uses} is not a reference GitHub runs; expected owner/repo[/path]@ref, docker://image or ./path`);
    }
    const made = target.component;
    references.push({ uses, line, kind: target.kind, pinned: target.pinned, ...(made ? { purl: made.purl } : {}) });
    if (made === undefined || components.has(made.purl)) continue;
    components.set(made.purl, {
      purl: made.purl, ecosystem: 'github', name: made.name, ...(made.namespace ? { namespace: made.namespace } : {}), version: made.version,
      hashes: [], scope: 'excluded', source: target.kind === 'docker' ? 'registry' : 'git', resolved: made.resolved, lockfile, direct: true,
    });
  }
  return { lockfile, ecosystem: 'github', components: [...components.values()], edges: [], warnings: [], facts: { actionReferences: references } };
}

/** The `uses` value nodes of a workflow (jobs.*.uses, jobs.*.steps[].uses) or action.yml (runs.steps[].uses, runs.image). */
function* usesNodes(root: unknown): Generator<Node> {
  if (!isMap(root)) return;
  const jobs = root.get('jobs', true);
  if (isMap(jobs)) {
    for (const pair of jobs.items) {
      if (!isMap(pair.value)) continue;
      const reusable = pair.value.get('uses', true);
      if (reusable) yield reusable as Node;
      yield* stepUses(pair.value.get('steps', true));
    }
  }
  const runs = root.get('runs', true);
  if (isMap(runs)) {
    yield* stepUses(runs.get('steps', true));
    const image = runs.get('image', true);
    if (isScalar(image) && typeof image.value === 'string' && image.value.startsWith('docker://')) yield image;
  }
}

function* stepUses(steps: unknown): Generator<Node> {
  if (!isSeq(steps)) return;
  for (const step of steps.items) {
    if (!isMap(step)) continue;
    const uses = step.get('uses', true);
    if (uses) yield uses as Node;
  }
}
