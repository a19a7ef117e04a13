// Parses checksum lists as written by sha256sum/sha512sum/shasum (`<hex>  name`, `<hex> *name`) and in
// the BSD tag form (`SHA256 (name) = <hex>`, and openssl's `SHA2-256(name)= <hex>`). The algorithm is
// inferred from the hex length, so mixed lists work; one name listed under two algorithms gets both.
import { ChainmailError } from '../errors.js';

export interface ChecksumEntry {
  readonly name: string;
  readonly digest: Record<string, string>;
}

const BY_LENGTH: Readonly<Record<number, string>> = { 64: 'sha256', 96: 'sha384', 128: 'sha512' };
// GNU: hex, one space, a mode mark (' ' text, '*' binary, '^' shasum universal), the name.
const GNU = /^\\?([0-9a-fA-F]+) [ *^](.+)$/;
// BSD tag: the algorithm label is checked against the hex length when we know it.
const BSD = /^(SHA[0-9-]+) ?\((.+)\) ?= ?([0-9a-fA-F]+)$/i;
const TAG_ALGORITHM: Readonly<Record<string, string>> = {
  SHA256: 'sha256', 'SHA2-256': 'sha256', SHA384: 'sha384', 'SHA2-384': 'sha384', SHA512: 'sha512', 'SHA2-512': 'sha512',
};

export function parseChecksums(text: string, source: string): ChecksumEntry[] {
  const entries = new Map<string, Record<string, string>>();
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const parsed = parseLine(line);
    if (parsed === undefined) {
      throw new ChainmailError(
        'CHECKSUMS_INVALID',
        `${source} line ${index + 1}: "${line}" is not a checksum line; expected "<hex digest>  <file name>"`,
      );
    }
    const digest = entries.get(parsed.name) ?? {};
    const previous = digest[parsed.algorithm];
    if (previous !== undefined && previous !== parsed.hex) {
      throw new ChainmailError(
        'CHECKSUMS_INVALID',
        `${source} line ${index + 1}: ${parsed.name} is listed again with a different ${parsed.algorithm} digest`,
      );
    }
    digest[parsed.algorithm] = parsed.hex;
    entries.set(parsed.name, digest);
  });
  return [...entries].map(([name, digest]) => ({ name, digest }));
}

function parseLine(line: string): { name: string; algorithm: string; hex: string } | undefined {
  const bsd = BSD.exec(line);
  if (bsd) {
    const [, tag, name, hex] = bsd as unknown as [string, string, string, string];
    const algorithm = BY_LENGTH[hex.length];
    const labelled = TAG_ALGORITHM[tag.toUpperCase()];
    if (algorithm === undefined || (labelled !== undefined && labelled !== algorithm)) return undefined;
    return { name, algorithm, hex: hex.toLowerCase() };
  }
  const gnu = GNU.exec(line);
  if (gnu) {
    const [, hex, rawName] = gnu as unknown as [string, string, string];
    const algorithm = BY_LENGTH[hex.length];
    if (algorithm === undefined) return undefined;
    // GNU coreutils prefixes the line with `\` when the name carries escaped `\\` or `\n`.
    const name = line.startsWith('\\') ? unescapeName(rawName) : rawName;
    return { name, algorithm, hex: hex.toLowerCase() };
  }
  return undefined;
}

function unescapeName(name: string): string {
  return name.replace(/\\(\\|n)/g, (_, c: string) => (c === 'n' ? '\n' : '\\'));
}
