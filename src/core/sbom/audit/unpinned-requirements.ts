import type { ParsedLockfile } from '../model.js';
import type { Finding } from './finding.js';

/**
 * Requirements without an exact `==` pin (the Python parsers' facts.unpinned): each install may resolve
 * another version, so the SBOM describes one possible install, not the one that ran, and cannot name it.
 */
export function unpinnedRequirements(parsed: readonly ParsedLockfile[]): Finding[] {
  return parsed.flatMap((lockfile) =>
    (lockfile.facts?.unpinned ?? []).map((r): Finding => {
      const requirement = r.specifier ? `${r.name} (${r.specifier})` : r.name;
      return {
        rule: 'unpinned-requirement',
        severity: 'medium',
        message: `${requirement} in ${lockfile.lockfile} is not pinned to one version: pin it (${r.name}==<version>, with --hash) or install from a lockfile`,
        file: lockfile.lockfile,
        line: r.line,
      };
    }));
}
