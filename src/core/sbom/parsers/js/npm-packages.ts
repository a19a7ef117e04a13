import { childPath, isJsonObject } from '../../../intoto/json-shape.js';
import type { JsonFields, JsonObject } from './json-text.js';
import { nameAtLocation, type NpmNode, type NpmTree } from './npm-tree.js';

/** Reads lockfileVersion 2 and 3 `packages` (keyed by location) into the tree, checking each field it uses. */
export function treeFromPackages(top: JsonObject, fields: JsonFields): NpmTree {
  const packages = fields.optionalObject(top, 'packages', '') ?? {};
  const nodes = new Map<string, NpmNode>();
  for (const location in packages) {
    const value = packages[location];
    const entry = isJsonObject(value) ? value : fields.object(value, childPath('packages', location));
    nodes.set(location, readNode(location, entry, fields));
  }
  const rootEntry = packages[''];
  const root = nodes.get('') ?? emptyRoot(top, fields);
  const globs = rootEntry !== undefined && Array.isArray((rootEntry as JsonObject)['workspaces'])
    ? ((rootEntry as JsonObject)['workspaces'] as unknown[]).filter((g): g is string => typeof g === 'string') : [];
  if (!nodes.has('')) nodes.set('', root);
  return { nodes, root, workspaces: globs };
}

// One object shape for every node, and the entry's JSON path built only when a field is wrong: a 50,000-entry
// lockfile allocates what it must and no more.
function readNode(location: string, entry: JsonObject, fields: JsonFields): NpmNode {
  const path = () => childPath('packages', location);
  return {
    location,
    name: fields.optionalString(entry, 'name', path) ?? nameAtLocation(location),
    version: fields.optionalString(entry, 'version', path) ?? '',
    resolved: fields.optionalString(entry, 'resolved', path),
    integrity: fields.optionalString(entry, 'integrity', path),
    license: entry['license'],
    link: fields.flag(entry, 'link', path),
    dev: fields.flag(entry, 'dev', path),
    optional: fields.flag(entry, 'optional', path),
    devOptional: fields.flag(entry, 'devOptional', path),
    dependencies: fields.specs(entry, 'dependencies', path),
    optionalDependencies: fields.specs(entry, 'optionalDependencies', path),
    peerDependencies: fields.specs(entry, 'peerDependencies', path),
    devDependencies: fields.specs(entry, 'devDependencies', path),
  };
}

/** The root when `packages[""]` is missing: the lockfile's own name and version. */
export function emptyRoot(top: JsonObject, fields: JsonFields): NpmNode {
  return {
    location: '',
    name: fields.optionalString(top, 'name', '') ?? '',
    version: fields.optionalString(top, 'version', '') ?? '',
    link: false, dev: false, optional: false, devOptional: false,
    dependencies: {}, optionalDependencies: {}, peerDependencies: {}, devDependencies: {},
  };
}
