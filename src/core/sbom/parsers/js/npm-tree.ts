/**
 * A package-lock as npm's node_modules layout: every installed package by its location (`node_modules/a`,
 * `node_modules/a/node_modules/b`, `packages/web` for a workspace). v2/v3 lockfiles are this already; v1 nests
 * and is flattened into it. The root is the location ''.
 */
export interface NpmNode {
  readonly location: string;
  /** The package's real name (an alias `foo: npm:bar@1` installs `bar` at node_modules/foo). */
  readonly name: string;
  readonly version: string;
  readonly resolved?: string;
  readonly integrity?: string;
  /** The lockfile's `license` (v2/v3), raw: normalizeLicense validates it. */
  readonly license?: unknown;
  /** A symlink (`link: true`): `resolved` is the location of its target. */
  readonly link: boolean;
  readonly dev: boolean;
  readonly optional: boolean;
  readonly devOptional: boolean;
  readonly dependencies: Readonly<Record<string, string>>;
  readonly optionalDependencies: Readonly<Record<string, string>>;
  readonly peerDependencies: Readonly<Record<string, string>>;
  readonly devDependencies: Readonly<Record<string, string>>;
}

export interface NpmTree {
  readonly nodes: ReadonlyMap<string, NpmNode>;
  readonly root: NpmNode;
  /** The root's workspace globs. */
  readonly workspaces: readonly string[];
}

const NODE_MODULES = 'node_modules/';

/** The name a location installs (`node_modules/@s/b` -> `@s/b`); for a workspace, its last path element. */
export function nameAtLocation(location: string): string {
  const at = location.lastIndexOf(NODE_MODULES);
  if (at === 0 || (at > 0 && location[at - 1] === '/')) return location.slice(at + NODE_MODULES.length);
  return location.slice(location.lastIndexOf('/') + 1);
}

/** A package outside any node_modules folder (the root, a workspace, a linked folder): a tree top, as npm has it. */
export function isTop(location: string): boolean {
  return !(location.startsWith(NODE_MODULES) || location.includes(`/${NODE_MODULES}`));
}

/**
 * Where `require(name)` from the package at `location` lands: its own node_modules, then each enclosing
 * package's, as Node and npm's arborist resolve (a workspace's parent is the nearest package folder above it,
 * then the root; a folder outside the project resolves only in its own node_modules). Built once in linear time;
 * each lookup costs map reads along the location's depth, never a scan of the lockfile.
 */
export class NodeModulesResolver {
  /** location -> the names installed in its node_modules -> their locations. */
  private readonly children = new Map<string, Map<string, string>>();
  private readonly parents = new Map<string, string | undefined>();

  constructor(private readonly nodes: ReadonlyMap<string, NpmNode>) {
    for (const location of nodes.keys()) {
      if (location === '' || isTop(location)) continue;
      const at = location.lastIndexOf(NODE_MODULES);
      const owner = at === 0 ? '' : location.slice(0, at - 1);
      let names = this.children.get(owner);
      if (names === undefined) this.children.set(owner, (names = new Map()));
      names.set(location.slice(at + NODE_MODULES.length), location);
    }
  }

  resolve(location: string, name: string): string | undefined {
    for (let from: string | undefined = location; from !== undefined; from = this.parentOf(from)) {
      const found = this.children.get(from)?.get(name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private parentOf(location: string): string | undefined {
    if (this.parents.has(location)) return this.parents.get(location);
    const parent = resolveParent(this.nodes, location);
    this.parents.set(location, parent);
    return parent;
  }
}

function resolveParent(nodes: ReadonlyMap<string, NpmNode>, location: string): string | undefined {
  if (location === '') return undefined;
  if (!isTop(location)) {
    const at = location.lastIndexOf(NODE_MODULES);
    return at === 0 ? '' : location.slice(0, at - 1);
  }
  if (location.startsWith('../') || location.startsWith('/')) return undefined;
  for (let dir = location.slice(0, Math.max(0, location.lastIndexOf('/'))); dir !== ''; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/')))) {
    const node = nodes.get(dir);
    if (node !== undefined && !node.link) return dir;
  }
  return '';
}
