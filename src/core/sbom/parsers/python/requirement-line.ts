import type { ComponentHash, LockfileInclude } from '../../model.js';
import { parseAlgorithmHex } from '../support/hashes.js';

/** What one logical line of a requirements file says. */
export type RequirementLine =
  | { readonly kind: 'include'; readonly include: Omit<LockfileInclude, 'line'> }
  | { readonly kind: 'option' }
  | { readonly kind: 'unknown-option'; readonly option: string }
  | RequirementSpec;

export interface RequirementSpec {
  readonly kind: 'requirement';
  /** As written; undefined for a bare URL or path without `#egg=`. */
  readonly name?: string;
  /** The version specifier without spaces (`==4.2.7`, `>=2,<3`), '' when none; undefined for URL requirements. */
  readonly specifier?: string;
  /** A direct reference: VCS URL, archive URL, or local path (`-e ./lib`, `name @ https://...`). */
  readonly url?: string;
  readonly hashes: readonly ComponentHash[];
}

const INCLUDES: Readonly<Record<string, LockfileInclude['kind']>> = {
  '-r': 'requirements', '--requirement': 'requirements', '-c': 'constraints', '--constraint': 'constraints',
};
const EDITABLE = new Set(['-e', '--editable']);
// Global options pip accepts in a requirements file; they change where or how packages install, not which.
const KNOWN_OPTIONS = new Set([
  '-i', '--index-url', '--extra-index-url', '--no-index', '-f', '--find-links', '--trusted-host', '--pre',
  '--prefer-binary', '--require-hashes', '--only-binary', '--no-binary', '--use-feature',
]);
const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(.*)$/;
const CLAUSE = /^(~=|===|==|!=|<=|>=|<|>)\s*[^\s,;]+$/;

/** Parses one logical line (no comment, trimmed, not empty); `fail` makes the error for a malformed one. */
export function parseRequirementLine(content: string, fail: (what: string) => Error): RequirementLine {
  if (content.startsWith('-')) return parseOption(content, fail);
  const { requirement, options } = splitOptions(content);
  return parseRequirement(requirement, hashOptions(options, fail), fail);
}

function parseOption(content: string, fail: (what: string) => Error): RequirementLine {
  const [flag, value] = flagAndValue(content);
  const include = INCLUDES[flag];
  if (include !== undefined) {
    if (value === '') throw fail(`${flag} needs a file name`);
    return { kind: 'include', include: { path: value, kind: include } };
  }
  if (EDITABLE.has(flag)) {
    if (value === '') throw fail(`${flag} needs a path or VCS URL`);
    return parseRequirement(value, [], fail);
  }
  return KNOWN_OPTIONS.has(flag) ? { kind: 'option' } : { kind: 'unknown-option', option: flag };
}

// `-r file`, `-rfile`, `--requirement=file`, `--requirement file`.
function flagAndValue(content: string): [string, string] {
  const long = /^(--[a-z-]+)(?:=|\s+|$)(.*)$/.exec(content);
  if (long) return [long[1] as string, (long[2] as string).trim()];
  return [content.slice(0, 2), content.slice(2).trim()];
}

// pip's break_args_options: the requirement is every space-separated token before the first one starting with '-'.
function splitOptions(content: string): { requirement: string; options: string[] } {
  const tokens = content.split(/\s+/);
  const first = tokens.findIndex((t) => t.startsWith('-'));
  if (first < 0) return { requirement: content, options: [] };
  return { requirement: tokens.slice(0, first).join(' '), options: tokens.slice(first) };
}

function hashOptions(tokens: readonly string[], fail: (what: string) => Error): ComponentHash[] {
  const hashes: ComponentHash[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token !== '--hash' && !token.startsWith('--hash=')) continue;
    const value = token === '--hash' ? (tokens[++i] ?? '') : token.slice('--hash='.length);
    const hash = /^sha(256|384|512):/i.test(value) ? parseAlgorithmHex(value) : undefined;
    if (hash === undefined) throw fail(`--hash=${value} is not a hash; expected sha256:<64 hex> (or sha384, sha512)`);
    hashes.push(hash);
  }
  return hashes;
}

function parseRequirement(text: string, hashes: ComponentHash[], fail: (what: string) => Error): RequirementSpec {
  if (isDirectReference(text)) {
    const url = text.split(/\s+;/)[0]?.trim() ?? text; // a URL requirement's markers need a space before ';'
    const egg = /[#&]egg=([^&\s]+)/.exec(url)?.[1];
    return { kind: 'requirement', url, hashes, ...(egg ? { name: egg.replace(/\[.*$/, '') } : {}) };
  }
  const match = NAME.exec(text);
  if (match === null) throw fail(`"${text}" is not a requirement; expected name==version, a URL or a path`);
  const [, name, rest] = match as unknown as [string, string, string];
  const body = rest.split(';')[0]?.trim() ?? '';
  if (body.startsWith('@')) return { kind: 'requirement', name, url: body.slice(1).trim(), hashes };
  const specifier = body.replace(/^\((.*)\)$/, '$1').replace(/\s+/g, '');
  if (specifier !== '' && !specifier.split(',').every((clause) => CLAUSE.test(clause))) {
    throw fail(`"${text}" has a malformed version specifier "${body}"; expected e.g. ==1.2.3 or >=1,<2`);
  }
  return { kind: 'requirement', name, specifier, hashes };
}

function isDirectReference(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(?:\.{1,2}[/\\]|\/|~|file:)/.test(text) || /^\.{1,2}$/.test(text)
    || /\.(?:whl|tar\.gz|zip|tar\.bz2|tgz)$/i.test(text.split(/\s/)[0] ?? '');
}

/** The exact version a specifier pins (`==1.2.3`, `===1.2.3`), or undefined when it allows several. */
export function pinnedVersion(specifier: string): string | undefined {
  const match = /^===?([^,*]+)$/.exec(specifier);
  return match?.[1];
}
