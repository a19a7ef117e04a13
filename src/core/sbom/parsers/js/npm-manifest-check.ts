import { DEPENDENCY_KINDS, type NpmManifest } from './manifest.js';
import { NodeModulesResolver, type NpmTree } from './npm-tree.js';

/**
 * Where package.json and the lockfile disagree, as `npm ci` would refuse: a dependency package.json declares that
 * the lockfile's root does not (or with another spec), one the lockfile's root declares that package.json no
 * longer does, and a required one that is not installed. Warnings only: the SBOM is written from the lockfile.
 */
export function manifestDisagreements(tree: NpmTree, manifest: NpmManifest, lockfileVersion: number): string[] {
  const messages: string[] = [];
  const { root } = tree;
  const resolver = new NodeModulesResolver(tree.nodes);
  for (const kind of DEPENDENCY_KINDS) {
    const declared = manifest[kind];
    for (const [name, spec] of Object.entries(declared)) {
      const locked = root[kind][name];
      if (lockfileVersion >= 2 && locked === undefined) messages.push(`package.json ${kind} has ${name}@${spec}, which the lockfile does not list: run npm install`);
      else if (lockfileVersion >= 2 && locked !== spec) messages.push(`package.json ${kind} has ${name}@${spec}, the lockfile was written for ${name}@${locked}: run npm install`);
      else if (kind !== 'optionalDependencies' && kind !== 'peerDependencies' && resolver.resolve('', name) === undefined) {
        messages.push(`package.json ${kind} has ${name}@${spec}, which is not in the lockfile: run npm install`);
      }
    }
    if (lockfileVersion < 2) continue;
    for (const name of Object.keys(root[kind])) {
      if (declared[name] === undefined) messages.push(`the lockfile lists ${name} in ${kind}, which package.json no longer declares: run npm install`);
    }
  }
  return messages;
}
