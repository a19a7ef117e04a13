import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimit } from '../core/map-limit.js';
import type { Component, ParsedLockfile } from '../core/sbom/model.js';
import { normalizeLicense } from '../core/sbom/license.js';
import { readTextLimitedAs } from '../io/read-text.js';

const PACKAGE_JSON_LIMIT = 1024 * 1024;

/**
 * Fills in the licenses a JavaScript lockfile does not record (yarn, pnpm, package-lock v1) from the installed
 * packages' package.json, when node_modules sits beside the lockfile. Only a package installed at the top
 * level with the very version the lockfile names is used: a nested copy or another version proves nothing
 * about this component. Anything unreadable is skipped; licenses are an addition, never a reason to fail.
 */
export async function addNodeModulesLicenses(projectDir: string, parsed: ParsedLockfile): Promise<ParsedLockfile> {
  if (parsed.ecosystem !== 'npm') return parsed;
  const lockfileDir = join(projectDir, parsed.lockfile, '..');
  const nodeModules = join(lockfileDir, 'node_modules');
  if (!(await isDirectory(nodeModules))) return parsed;
  const missing = parsed.components.filter((c) => c.ecosystem === 'npm' && c.license === undefined);
  if (missing.length === 0) return parsed;
  const found = await mapLimit(missing, 16, (c) => installedLicense(nodeModules, c));
  const licenses = new Map<string, string>();
  missing.forEach((c, i) => {
    const license = found[i];
    if (license !== undefined) licenses.set(c.purl, license);
  });
  if (licenses.size === 0) return parsed;
  return { ...parsed, components: parsed.components.map((c) => (licenses.has(c.purl) && c.license === undefined ? { ...c, license: licenses.get(c.purl) as string } : c)) };
}

async function installedLicense(nodeModules: string, c: Component): Promise<string | undefined> {
  const dir = join(nodeModules, ...(c.namespace !== undefined ? [c.namespace, c.name] : [c.name]));
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(await readTextLimitedAs(join(dir, 'package.json'), PACKAGE_JSON_LIMIT, 'PATH_UNREADABLE', 'package.json')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (manifest.version !== c.version) return undefined;
  return normalizeLicense(manifest.license ?? manifest.licenses);
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
