import type { PypiOrigin } from './pypi.js';

/** What a direct reference (`git+https://...@ref`, an archive URL, a local path) says about its package. */
export interface DirectReference {
  readonly origin: PypiOrigin;
  /** The VCS ref, or the version in an archive's file name; '' when neither says. */
  readonly version: string;
  /** The package name an archive's file name gives (`Django-4.2.7.tar.gz` -> `Django`). */
  readonly nameFromFile?: string;
  /** The last path element, the name of last resort for `-e ./libs/shared`. */
  readonly basename: string;
  /** A VCS reference without a ref follows a branch: each install may get other code. */
  readonly floating: boolean;
}

// Wheels: name-version(-build)?-python-abi-platform.whl; sdists: name-version.tar.gz (name may hold '-').
const WHEEL = /^([^-]+)-([^-]+)-.*\.whl$/i;
const SDIST = /^(.+)-(\d[^-]*)\.(?:tar\.gz|tar\.bz2|tgz|zip)$/i;

export function describeDirectReference(url: string): DirectReference {
  const withoutFragment = url.replace(/#.*$/, '');
  const basename = withoutFragment.replace(/[/\\]+$/, '').split(/[/\\]/).pop()?.replace(/\.git$/, '') ?? withoutFragment;
  const vcs = /^(git|hg|svn|bzr)\+/i.exec(url);
  if (vcs) {
    const ref = vcsRef(withoutFragment);
    const repo = ref === undefined ? withoutFragment : withoutFragment.slice(0, -(ref.length + 1));
    return {
      // git, hg, svn and bzr alike: code from a repository, not from the index.
      origin: { source: 'git', resolved: withoutFragment },
      version: ref ?? '',
      basename: repo.replace(/\/+$/, '').split('/').pop()?.replace(/\.git$/, '') ?? repo,
      floating: ref === undefined,
    };
  }
  const fromFile = fileNameVersion(basename);
  const remote = /^(?:https?|ftp):\/\//i.test(url);
  return {
    origin: { source: remote ? 'tarball' : 'path', resolved: withoutFragment },
    version: fromFile?.version ?? '',
    ...(fromFile ? { nameFromFile: fromFile.name } : {}),
    basename,
    floating: false,
  };
}

// The ref follows the last '@' after the host (`git+ssh://git@host/org/repo.git@v1.2` -> `v1.2`).
function vcsRef(url: string): string | undefined {
  const scheme = url.indexOf('://');
  const pathStart = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
  if (pathStart < 0) return undefined;
  const at = url.indexOf('@', pathStart);
  return at < 0 ? undefined : url.slice(at + 1) || undefined;
}

function fileNameVersion(file: string): { name: string; version: string } | undefined {
  const match = WHEEL.exec(file) ?? SDIST.exec(file);
  return match ? { name: match[1] as string, version: match[2] as string } : undefined;
}
