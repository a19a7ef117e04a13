import { isTable, type Table } from '../support/fields.js';
import { parseTomlFile } from '../support/toml.js';

/** What the root Cargo.toml says: its package, whether it is a workspace, and its dependencies by kind. */
export interface CargoManifest {
  readonly name?: string;
  readonly workspace: boolean;
  /** [dependencies] and [build-dependencies], target-specific ones too: crate names (after `package = ` renames). */
  readonly normal: ReadonlySet<string>;
  /** [dev-dependencies], target-specific ones too. */
  readonly dev: ReadonlySet<string>;
}

export function readCargoManifest(text: string, file = 'Cargo.toml'): CargoManifest {
  const toml = parseTomlFile(text, file);
  const pkg = isTable(toml.package) ? toml.package : {};
  const targets = Object.values(isTable(toml.target) ? toml.target : {}).filter(isTable);
  const tables = (key: string): Table[] => [toml[key], ...targets.map((t) => t[key])].filter(isTable);
  const normal = new Set([...tables('dependencies'), ...tables('build-dependencies')].flatMap(crateNames));
  const dev = new Set(tables('dev-dependencies').flatMap(crateNames));
  return { ...(typeof pkg.name === 'string' ? { name: pkg.name } : {}), workspace: isTable(toml.workspace), normal, dev };
}

// `serde = "1"`, `serde = { version = "1" }`, `json = { package = "serde_json", version = "1" }`.
function crateNames(table: Table): string[] {
  return Object.entries(table).map(([key, spec]) => (isTable(spec) && typeof spec.package === 'string' ? spec.package : key));
}
