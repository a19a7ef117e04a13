import type { Component, DependencyEdge, LockfileInclude, ParsedLockfile, ParseWarning, UnpinnedRequirement } from '../../model.js';
import { invalidAtLine } from '../support/lockfile-error.js';
import { describeDirectReference } from './direct-reference.js';
import { logicalLines } from './logical-lines.js';
import { artifact, normalizePypiName, pypiComponent } from './pypi.js';
import { parseRequirementLine, pinnedVersion, type RequirementSpec } from './requirement-line.js';
import { ViaAnnotations } from './via-annotations.js';

/**
 * requirements.txt (pip, pip-compile, uv pip compile): each `name==version` pin is a component; `--hash`
 * options are its integrity; `-e`, VCS, URL and path requirements are components from outside the index.
 * Requirements without an exact version make no component (nothing says which version installs): they are
 * listed in facts.unpinned and as a warning, for the audit. `-r`/`-c` files are facts.includes: the scanner
 * reads and parses them (this parser stays pure). pip-compile's `# via` comments give the edges and say which
 * requirements are direct (`# via -r requirements.in`); without them every listed requirement counts as direct.
 */
export function parseRequirements(text: string, lockfile: string): ParsedLockfile {
  const components: Component[] = [];
  const warnings: ParseWarning[] = [];
  const unpinned: UnpinnedRequirement[] = [];
  const includes: LockfileInclude[] = [];
  const via = new ViaAnnotations();
  for (const { line, content, comment } of logicalLines(text)) {
    if (content === '') {
      if (comment !== undefined) via.comment(comment);
      continue;
    }
    const parsed = parseRequirementLine(content, (what) => invalidAtLine(lockfile, line, what));
    via.requirement(-1);
    if (parsed.kind === 'include') includes.push({ ...parsed.include, line });
    else if (parsed.kind === 'unknown-option') warnings.push({ lockfile, message: `line ${line}: pip does not know the option ${parsed.option}; ignored` });
    else if (parsed.kind === 'requirement') {
      const made = toComponent(parsed, lockfile, line);
      if (made.unpinned) {
        unpinned.push(made.unpinned);
        warnings.push({ lockfile, message: `line ${line}: ${made.unpinned.name} is not pinned to one version (${made.unpinned.specifier || 'no version'}); the SBOM cannot list the version that installs` });
      }
      if (made.component) via.requirement(components.push(made.component) - 1);
    }
    if (comment !== undefined) via.comment(comment);
  }
  const { direct, edges } = resolveVia(components, via);
  return {
    lockfile,
    ecosystem: 'pypi',
    components: components.map((c, i) => (direct[i] === false ? { ...c, direct: false } : c)),
    edges,
    warnings,
    facts: { unpinned, includes },
  };
}

function toComponent(spec: RequirementSpec, lockfile: string, line: number): { component?: Component; unpinned?: UnpinnedRequirement } {
  if (spec.url !== undefined) {
    const ref = describeDirectReference(spec.url);
    const name = spec.name ?? ref.nameFromFile ?? ref.basename;
    // One URL is one artifact: all its hashes describe that file.
    const component = pypiComponent({
      name, version: ref.version, origin: ref.origin, artifacts: [artifact(undefined, spec.hashes)], scope: 'required', direct: true,
    }, lockfile);
    return { component, ...(ref.floating ? { unpinned: { name: component.name, specifier: spec.url, line } } : {}) };
  }
  const name = spec.name as string;
  const version = pinnedVersion(spec.specifier ?? '');
  if (version === undefined) return { unpinned: { name: normalizePypiName(name), specifier: spec.specifier ?? '', line } };
  // Each --hash of a pin is one acceptable distribution file (pip installs any file matching one of them).
  const artifacts = spec.hashes.map((hash) => artifact(undefined, [hash]));
  return { component: pypiComponent({ name, version, origin: { source: 'registry' }, artifacts, scope: 'required', direct: true }, lockfile) };
}

function resolveVia(components: readonly Component[], via: ViaAnnotations): { direct: (boolean | undefined)[]; edges: DependencyEdge[] } {
  const byName = new Map<string, string[]>();
  for (const c of components) {
    const list = byName.get(c.name);
    if (list) list.push(c.purl);
    else byName.set(c.name, [c.purl]);
  }
  const direct: (boolean | undefined)[] = [];
  const edges: DependencyEdge[] = [];
  for (const [index, items] of via.annotated()) {
    const child = components[index] as Component;
    direct[index] = items.some((item) => item.startsWith('-r'));
    for (const item of items) {
      if (item.startsWith('-')) continue;
      for (const from of byName.get(normalizePypiName(item.replace(/\[.*$/, '').split(/\s/)[0] ?? item)) ?? []) {
        edges.push({ from, to: child.purl });
      }
    }
  }
  return { direct, edges };
}
