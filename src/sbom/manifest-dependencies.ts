/**
 * Whether a manifest declares any dependency, so that a missing lockfile matters: a package.json of scripts
 * only, a pyproject.toml that configures tools, a go.mod without `require` pin nothing. A manifest that
 * cannot be read counts as declaring some (the finding then points at it rather than hiding it). The TOML
 * parser is imported only for a TOML manifest.
 */
export async function declaresDependencies(fileName: string, text: string): Promise<boolean> {
  try {
    switch (fileName) {
      case 'package.json': {
        const manifest = JSON.parse(text) as Record<string, unknown>;
        return ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'workspaces'].some((key) => nonEmpty(manifest[key]));
      }
      case 'pyproject.toml': {
        const { readPyproject } = await import('../core/sbom/parsers/python/pyproject.js');
        const deps = readPyproject(text);
        return deps.main.size + deps.optional.size + deps.dev.size > 0;
      }
      case 'Pipfile': {
        const { parse: parseToml } = await import('smol-toml');
        const pipfile = parseToml(text) as Record<string, unknown>;
        return nonEmpty(pipfile.packages) || nonEmpty(pipfile['dev-packages']);
      }
      case 'Cargo.toml': {
        const { parse: parseToml } = await import('smol-toml');
        const cargo = parseToml(text) as Record<string, unknown>;
        const tables = [cargo, ...Object.values(asRecord(cargo.target))].flatMap((t) => ['dependencies', 'dev-dependencies', 'build-dependencies'].map((k) => asRecord(t)[k]));
        return tables.some(nonEmpty) || nonEmpty(asRecord(cargo.workspace).dependencies) || nonEmpty(asRecord(cargo.workspace).members);
      }
      case 'go.mod':
        return /^\s*require\b/m.test(text);
      default:
        return true;
    }
  } catch {
    return true;
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function nonEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}
