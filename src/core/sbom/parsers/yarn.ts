import { isJsonObject } from '../../intoto/json-shape.js';
import type { LockfileParser, ParseWarning } from '../model.js';
import { DEPENDENCY_KINDS, manifestPathOf, readManifest, type NpmManifest } from './js/manifest.js';
import { readYarnBerry, BERRY_VERSIONS } from './js/yarn-berry.js';
import { yarnGraph, type YarnLock } from './js/yarn-graph.js';
import { readYarnV1 } from './js/yarn-v1.js';
import { parseYamlDocuments } from './js/yaml-text.js';
import { unsupportedVersion } from './support/lockfile-error.js';

/**
 * yarn.lock: v1 (yarn 1's own format, `# yarn lockfile v1`) and berry (yarn 2+, YAML with `__metadata`).
 * Scopes come from package.json (yarn.lock has no dev flags); see yarnGraph.
 */
export const parseYarnLockfile: LockfileParser = (text, lockfile, manifestText) => {
  const manifest = manifestText === undefined ? undefined : readManifest(manifestText, manifestPathOf(lockfile));
  const lock = readLock(text, lockfile);
  const warnings: ParseWarning[] = manifest === undefined ? [] : disagreements(lock, manifest).map((message) => ({ lockfile, message }));
  return yarnGraph(lock, lockfile, manifest, warnings);
};

function readLock(text: string, lockfile: string): YarnLock {
  if (/^# yarn lockfile v1\s*$/m.test(text)) return readYarnV1(text, lockfile);
  const version = /^# yarn lockfile v(\d+)/m.exec(text)?.[1];
  const understood = ['yarn v1 (# yarn lockfile v1)', `berry __metadata.version ${BERRY_VERSIONS.join(', ')}`];
  if (version !== undefined) throw unsupportedVersion(lockfile, `v${version}`, understood);
  const document = parseYamlDocuments(text, lockfile)[0];
  if (!isJsonObject(document) || !('__metadata' in document)) throw unsupportedVersion(lockfile, undefined, understood);
  return readYarnBerry(document, text, lockfile);
}

/**
 * A dependency package.json declares that yarn.lock cannot resolve (added or changed without `yarn install`).
 * yarn v1 leaves workspaces out of yarn.lock, so a name the lockfile does not know at all may be one: not flagged.
 */
function disagreements(lock: YarnLock, manifest: NpmManifest): string[] {
  const known = new Set(lock.entries.map((e) => e.name));
  const messages: string[] = [];
  for (const kind of DEPENDENCY_KINDS) {
    for (const [name, range] of Object.entries(manifest[kind])) {
      if (lock.lookup(name, range) !== undefined) continue;
      if (manifest.workspaces.length > 0 && !known.has(name)) continue;
      if (kind === 'peerDependencies') continue;
      messages.push(`package.json ${kind} has ${name}@${range}, which yarn.lock does not resolve: run yarn install`);
    }
  }
  return messages;
}
