import type { SourceKind } from '../../model.js';

const CRATES_IO = new Set(['registry+https://github.com/rust-lang/crates.io-index', 'sparse+https://index.crates.io/']);

/** What a Cargo.lock `source` means: where the crate came from, and the purl qualifiers that say so. */
export interface CargoSource {
  readonly kind: SourceKind;
  readonly resolved?: string;
  readonly qualifiers: Readonly<Record<string, string>>;
}

export function cargoSource(source: string | undefined, workspace: boolean): CargoSource {
  if (source === undefined) return { kind: workspace ? 'workspace' : 'path', qualifiers: {} };
  if (CRATES_IO.has(source)) return { kind: 'registry', resolved: source, qualifiers: {} };
  if (source.startsWith('registry+') || source.startsWith('sparse+')) {
    return { kind: 'registry', resolved: source, qualifiers: { repository_url: source.slice(source.indexOf('+') + 1) } };
  }
  if (source.startsWith('git+')) {
    // git+https://github.com/o/r?branch=main#<commit>: the commit after '#' is what was built.
    const hash = source.lastIndexOf('#');
    const url = (hash < 0 ? source : source.slice(0, hash)).replace(/\?.*$/, '');
    const commit = hash < 0 ? '' : source.slice(hash + 1);
    return { kind: 'git', resolved: source, qualifiers: { vcs_url: commit ? `${url}@${commit}` : url } };
  }
  return { kind: 'unknown', resolved: source, qualifiers: {} };
}
