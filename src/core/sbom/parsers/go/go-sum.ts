import { invalidAtLine } from '../support/lockfile-error.js';

/** go.sum's content hashes: `path version` -> `h1:<base64>` (the `/go.mod` lines hash only a go.mod file). */
export interface GoSum {
  readonly content: ReadonlyMap<string, string>;
  /** Content-hash lines in file order: `[path, version]`. */
  readonly modules: readonly (readonly [string, string])[];
}

const LINE = /^(\S+) (\S+) (h\d+:[A-Za-z0-9+/]+={0,2})$/;

export function parseGoSumText(text: string, file: string): GoSum {
  const content = new Map<string, string>();
  const modules: [string, string][] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const match = LINE.exec(line);
    if (match === null) throw invalidAtLine(file, i + 1, `"${line}" is not a go.sum line; expected <module> <version>[/go.mod] h1:<base64>`);
    const [, path, version, hash] = match as unknown as [string, string, string, string];
    if (version.endsWith('/go.mod')) return;
    const key = `${path} ${version}`;
    if (!content.has(key)) modules.push([path, version]);
    content.set(key, hash);
  });
  return { content, modules };
}
