import type { LockfileParser, ParseWarning } from '../model.js';
import { JsonFields, parseJsonText } from './js/json-text.js';
import { manifestPathOf, readManifest } from './js/manifest.js';
import { npmGraph } from './js/npm-graph.js';
import { manifestDisagreements } from './js/npm-manifest-check.js';
import { treeFromPackages } from './js/npm-packages.js';
import { treeFromDependencies } from './js/npm-v1.js';
import { unsupportedVersion } from './support/lockfile-error.js';

const UNDERSTOOD = ['1', '2', '3'];

/**
 * package-lock.json and npm-shrinkwrap.json (the same format), lockfileVersion 1 (a nested `dependencies` tree),
 * 2 and 3 (`packages` keyed by node_modules location; v2 also carries the v1 tree, which is ignored), with
 * workspaces. Pure: the lockfile's text (and package.json's, when there is one) in, the component graph out.
 */
export const parseNpmLockfile: LockfileParser = (text, lockfile, manifestText) => {
  const fields = new JsonFields(lockfile);
  const top = fields.object(parseJsonText(text, lockfile), '');
  const version = top['lockfileVersion'];
  if (version !== 1 && version !== 2 && version !== 3) throw unsupportedVersion(lockfile, version, UNDERSTOOD);
  const manifest = manifestText === undefined ? undefined : readManifest(manifestText, manifestPathOf(lockfile));
  const tree = version === 1 || top['packages'] === undefined ? treeFromDependencies(top, fields, manifest) : treeFromPackages(top, fields);
  const warnings: ParseWarning[] = [];
  if (manifest !== undefined) {
    for (const message of manifestDisagreements(tree, manifest, version)) warnings.push({ lockfile, message });
  }
  return npmGraph(tree, lockfile, warnings);
};
