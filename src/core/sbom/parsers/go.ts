import type { Component, DependencyEdge, ParsedLockfile, ParseWarning, RootComponent } from '../model.js';
import { parseGoMod, type GoMod, type GoReplace, type GoRequire } from './go/go-mod.js';
import { parseGoSumText, type GoSum } from './go/go-sum.js';
import { makePurl } from './support/purl.js';

/**
 * go.sum with go.mod as its manifest. The components are go.mod's requirements (since Go 1.17 it lists every
 * module the build needs), with replace directives applied; go.sum gives each its `h1:` hash. That hash is a
 * dirhash (SHA-256 over the module's file list), not the hash of any artifact one could download and check, so
 * it is kept as the property `chainmail:go:dirhash`, never as a component hash a verifier would misread.
 * go.sum modules that go.mod does not mention at all (older go.mod files list only direct ones) are listed too;
 * other versions of a required module are not: the build selects exactly one. Without go.mod, every module with
 * a content hash is listed. Go records no dev or test scope: everything is required.
 */
export function parseGoSum(text: string, lockfile: string, manifest?: string): ParsedLockfile {
  const sum = parseGoSumText(text, lockfile);
  const mod = manifest === undefined ? undefined : parseGoMod(manifest, siblingGoMod(lockfile));
  const components: Component[] = [];
  const warnings: ParseWarning[] = [];
  const required = new Set<string>();
  for (const req of mod?.requires ?? []) {
    required.add(req.path);
    const component = requiredModule(req, mod as GoMod, sum, lockfile);
    if (component.replacement) required.add(component.replacement.to);
    if (mod?.excludes.has(`${req.path}@${req.version}`)) {
      warnings.push({ lockfile, message: `go.mod requires ${req.path} ${req.version} and also excludes it: go will select a later version than the one listed` });
    }
    if (component.missingHash) {
      warnings.push({ lockfile, message: `go.mod requires ${component.label} but ${lockfile} has no hash for it: the lockfile disagrees with the manifest (run go mod tidy)` });
    }
    components.push(component.component);
  }
  for (const [path, version] of sum.modules) {
    if (required.has(path)) continue;
    components.push(goComponent(path, version, { dirhash: sum.content.get(`${path} ${version}`), direct: false, lockfile }));
  }
  const root: RootComponent | undefined = mod?.module ? { name: mod.module, purl: goPurl(mod.module, undefined) } : undefined;
  const edges: DependencyEdge[] = root
    ? components.filter((c) => c.direct).map((c) => ({ from: root.purl as string, to: c.purl }))
    : [];
  return { lockfile, ecosystem: 'golang', ...(root ? { root } : {}), components, edges, warnings };
}

function requiredModule(req: GoRequire, mod: GoMod, sum: GoSum, lockfile: string): {
  component: Component; replacement?: GoReplace; missingHash: boolean; label: string;
} {
  const replacement = mod.replaces.find((r) => r.path === req.path && r.version === req.version)
    ?? mod.replaces.find((r) => r.path === req.path && r.version === undefined);
  const base = { direct: !req.indirect, lockfile };
  if (replacement?.toVersion === undefined && replacement !== undefined) {
    // A local directory: the code is whatever is on disk there; go.sum holds no hash for it.
    const component = goComponent(req.path, req.version, { ...base, source: 'path', resolved: replacement.to });
    return { component, replacement, missingHash: false, label: `${req.path} ${req.version}` };
  }
  const path = replacement?.to ?? req.path;
  const version = replacement?.toVersion ?? req.version;
  const dirhash = sum.content.get(`${path} ${version}`);
  const component = goComponent(path, version, { ...base, dirhash, ...(replacement ? { replaces: `${req.path}@${req.version}` } : {}) });
  return { component, ...(replacement ? { replacement } : {}), missingHash: dirhash === undefined, label: `${path} ${version}` };
}

interface GoDetails {
  readonly direct: boolean;
  readonly lockfile: string;
  readonly dirhash?: string | undefined;
  readonly source?: 'path';
  readonly resolved?: string;
  readonly replaces?: string;
}

function goComponent(path: string, version: string, details: GoDetails): Component {
  const slash = path.lastIndexOf('/');
  const properties = [
    ...(details.dirhash ? [{ name: 'chainmail:go:dirhash', value: details.dirhash }] : []),
    ...(details.replaces ? [{ name: 'chainmail:go:replaces', value: details.replaces }] : []),
  ];
  return {
    purl: goPurl(path, version),
    ecosystem: 'golang',
    name: slash < 0 ? path : path.slice(slash + 1),
    ...(slash < 0 ? {} : { namespace: path.slice(0, slash) }),
    version,
    hashes: [],
    scope: 'required',
    source: details.source ?? 'registry',
    ...(details.resolved ? { resolved: details.resolved } : {}),
    lockfile: details.lockfile,
    direct: details.direct,
    ...(properties.length ? { properties } : {}),
  };
}

function goPurl(path: string, version: string | undefined): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? makePurl('golang', undefined, path, version) : makePurl('golang', path.slice(0, slash), path.slice(slash + 1), version);
}

function siblingGoMod(lockfile: string): string {
  const slash = lockfile.lastIndexOf('/');
  return slash < 0 ? 'go.mod' : `${lockfile.slice(0, slash)}/go.mod`;
}
