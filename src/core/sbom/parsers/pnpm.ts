import { isJsonObject } from '../../intoto/json-shape.js';
import type { LockfileParser, ParseWarning } from '../model.js';
import { manifestPathOf, readManifest, type NpmManifest } from './js/manifest.js';
import { pnpmGraph } from './js/pnpm-graph.js';
import { readPnpmLock, type PnpmImporter } from './js/pnpm-lock.js';
import { parseYamlDocuments } from './js/yaml-text.js';
import { invalidAtPath, unsupportedVersion } from './support/lockfile-error.js';

/** pnpm 6 and 7 wrote 5.3 and 5.4, pnpm 8 6.0 (and 6.1), pnpm 9 a 7.0 pre-release, pnpm 9 to 12 write 9.0. */
const UNDERSTOOD = ['5.3', '5.4', '6.0', '6.1', '7.0', '9.0'];

/**
 * pnpm-lock.yaml, lockfileVersion 5.3 to 9.0, with workspaces (importers). pnpm 9+ may write two YAML documents:
 * a leading one for pnpm-workspace.yaml's configDependencies (pnpm's own plugins, not the project's
 * dependencies), then the lockfile; the last document is the lockfile.
 */
export const parsePnpmLockfile: LockfileParser = (text, lockfile, manifestText) => {
  const manifest = manifestText === undefined ? undefined : readManifest(manifestText, manifestPathOf(lockfile));
  const documents = parseYamlDocuments(text, lockfile);
  const document = documents.at(-1);
  if (!isJsonObject(document)) throw invalidAtPath(lockfile, '(top level)', 'expected a map with lockfileVersion');
  const raw = document['lockfileVersion'];
  const version = typeof raw === 'number' ? raw.toFixed(1) : String(raw);
  if (!UNDERSTOOD.includes(version)) throw unsupportedVersion(lockfile, raw, UNDERSTOOD);
  const lock = readPnpmLock(document, version, lockfile);
  const root = lock.importers.find((i) => i.path === '.');
  const warnings: ParseWarning[] = manifest === undefined || root === undefined ? [] : disagreements(root, manifest).map((message) => ({ lockfile, message }));
  return pnpmGraph(lock, lockfile, manifest, warnings);
};

/** What `pnpm install --frozen-lockfile` refuses: package.json and the root importer's specifiers differ. */
function disagreements(root: PnpmImporter, manifest: NpmManifest): string[] {
  const messages: string[] = [];
  const declared: Record<string, string> = { ...manifest.devDependencies, ...manifest.optionalDependencies, ...manifest.dependencies };
  for (const [name, spec] of Object.entries(declared)) {
    const locked = root.specifiers[name];
    if (locked === undefined) messages.push(`package.json has ${name}@${spec}, which pnpm-lock.yaml does not list: run pnpm install`);
    else if (locked !== spec) messages.push(`package.json has ${name}@${spec}, pnpm-lock.yaml was written for ${name}@${locked}: run pnpm install`);
  }
  for (const name of Object.keys(root.specifiers)) {
    if (declared[name] === undefined) messages.push(`pnpm-lock.yaml lists ${name}, which package.json no longer declares: run pnpm install`);
  }
  return messages;
}
