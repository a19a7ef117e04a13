import { parseAllDocuments } from 'yaml';
import { invalidAtLine } from '../support/lockfile-error.js';

/**
 * Every YAML document of a file as plain values (pnpm 9+ may write two: a leading `---` document of config
 * dependencies, then the lockfile). A syntax error is LOCKFILE_INVALID naming the file and the line.
 * Plain JSON values only: no custom tags, and aliases cannot multiply the size (maxAliasCount).
 */
export function parseYamlDocuments(text: string, file: string): unknown[] {
  const documents = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: true, strict: true });
  if (!Array.isArray(documents)) return []; // an empty stream
  return documents.map((document) => {
    const error = document.errors[0];
    if (error !== undefined) {
      const line = error.linePos?.[0].line ?? 1;
      const what = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML';
      throw invalidAtLine(file, line, `not valid YAML: ${what}`, error);
    }
    return document.toJS({ maxAliasCount: 100 }) as unknown;
  });
}
