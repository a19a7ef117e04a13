import type { RootComponent } from '../../model.js';
import { isTable, type Table } from '../support/fields.js';
import { parseTomlFile } from '../support/toml.js';
import { normalizePypiName, pypiPurl } from './pypi.js';

/** What pyproject.toml says about the project's own dependencies, names PEP 503-normalized. */
export interface PyprojectDependencies {
  readonly root?: RootComponent;
  /** Needed at run time: [project].dependencies, [tool.poetry.dependencies]. */
  readonly main: ReadonlySet<string>;
  /** Installed only with an extra: [project].optional-dependencies. */
  readonly optional: ReadonlySet<string>;
  /** Development groups: [dependency-groups], poetry's groups and dev-dependencies, [tool.uv].dev-dependencies. */
  readonly dev: ReadonlySet<string>;
}

/** Reads pyproject.toml (PEP 621, PEP 735, Poetry's [tool.poetry] tables); a syntax error names the file and line. */
export function readPyproject(text: string, file = 'pyproject.toml'): PyprojectDependencies {
  const toml = parseTomlFile(text, file);
  const project = table(toml.project);
  const poetry = table(table(toml.tool).poetry);
  const uv = table(table(toml.tool).uv);
  const main = new Set([...pep508Names(project.dependencies), ...keyNames(poetry.dependencies)]);
  const optional = new Set(Object.values(table(project['optional-dependencies'])).flatMap(pep508Names));
  const dev = new Set([
    ...Object.values(table(toml['dependency-groups'])).flatMap(pep508Names),
    ...keyNames(poetry['dev-dependencies']),
    ...Object.entries(table(poetry.group)).filter(([group]) => group !== 'main').flatMap(([, g]) => keyNames(table(g).dependencies)),
    ...pep508Names(uv['dev-dependencies']),
  ]);
  for (const name of keyNames(table(table(poetry.group).main).dependencies)) main.add(name);
  main.delete('python'); // poetry lists the interpreter constraint among the dependencies
  const name = str(project.name) ?? str(poetry.name);
  const version = str(project.version) ?? str(poetry.version);
  const root = name === undefined ? undefined
    : { name, ...(version ? { version } : {}), purl: pypiPurl(name, version ?? '', { source: 'registry' }) };
  return { ...(root ? { root } : {}), main, optional, dev };
}

function table(value: unknown): Table {
  return isTable(value) ? value : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function keyNames(value: unknown): string[] {
  return Object.keys(table(value)).map(normalizePypiName);
}

// PEP 508 strings (`django>=4.2; python_version >= "3.10"`); include-group tables of PEP 735 are skipped.
function pep508Names(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const name = typeof entry === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(entry)?.[1] : undefined;
    return name === undefined ? [] : [normalizePypiName(name.replace(/[._-]+$/, ''))];
  });
}
