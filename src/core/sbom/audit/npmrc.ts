import { parse as parseYaml } from 'yaml';

/**
 * Which registry serves which npm scope, as a repository's package-manager configuration says. The ingest
 * audit needs it for dependency confusion: a scope mapped to a private registry is served only from there.
 */
export interface ScopeRegistries {
  /** '@corp' -> the registry URL the configuration maps it to. */
  readonly scopes: ReadonlyMap<string, string>;
  /** The default registry (`registry=`, `npmRegistryServer`), when the configuration changes it. */
  readonly defaultRegistry?: string;
}

/**
 * The scope mappings of an .npmrc (npm, pnpm and yarn v1 read it): `@corp:registry=https://npm.corp.example/`.
 * ini syntax: `key = value`, `;` and `#` comments, optional quotes. Values may hold `${VAR}`; kept as written.
 */
export function parseNpmrcScopes(text: string): ScopeRegistries {
  const scopes = new Map<string, string>();
  let defaultRegistry: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const key = unquote(line.slice(0, eq).trim());
    const value = unquote(line.slice(eq + 1).trim());
    const scoped = /^(@[^:\s]+):registry$/i.exec(key);
    if (scoped) scopes.set((scoped[1] as string).toLowerCase(), value);
    else if (key === 'registry') defaultRegistry = value;
  }
  return { scopes, ...(defaultRegistry ? { defaultRegistry } : {}) };
}

/** The scope mappings of a yarn berry .yarnrc.yml: `npmScopes: { corp: { npmRegistryServer: ... } }`. */
export function parseYarnrcScopes(text: string): ScopeRegistries {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch {
    return { scopes: new Map() }; // a broken .yarnrc.yml breaks yarn itself; the audit just learns nothing from it
  }
  const root = record(doc);
  const scopes = new Map<string, string>();
  for (const [name, value] of Object.entries(record(root?.npmScopes) ?? {})) {
    const server = record(value)?.npmRegistryServer;
    if (typeof server === 'string') scopes.set(`@${name.replace(/^@/, '').toLowerCase()}`, server);
  }
  const server = root?.npmRegistryServer;
  return { scopes, ...(typeof server === 'string' ? { defaultRegistry: server } : {}) };
}

/** Several configurations in one; the later ones win, as a nearer .npmrc wins over a farther one. */
export function mergeScopeRegistries(configs: readonly ScopeRegistries[]): ScopeRegistries {
  const scopes = new Map<string, string>();
  let defaultRegistry: string | undefined;
  for (const config of configs) {
    for (const [scope, url] of config.scopes) scopes.set(scope, url);
    defaultRegistry = config.defaultRegistry ?? defaultRegistry;
  }
  return { scopes, ...(defaultRegistry ? { defaultRegistry } : {}) };
}

function unquote(text: string): string {
  return /^(['"]).*\1$/.test(text) ? text.slice(1, -1) : text;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
