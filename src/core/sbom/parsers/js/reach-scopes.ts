import type { Scope } from '../../model.js';

/** What a package needs: `required` (dependencies, installed peers) and `optional` (optionalDependencies). */
export interface Needs<Id> {
  readonly required: Iterable<Id>;
  readonly optional: Iterable<Id>;
}

export interface ScopeRoots<Id> {
  readonly required: Iterable<Id>;
  readonly optional: Iterable<Id>;
  readonly dev: Iterable<Id>;
}

/**
 * Scopes by reachability from the project's own dependencies, for lockfiles that record no dev/optional flags
 * (yarn, pnpm 9): required is what production reaches through required links only; optional is what production
 * reaches only through an optional link somewhere on the way (npm's meaning); excluded is what only development
 * reaches. Unreached packages are absent: callers keep them `required`, never hiding what may ship.
 * Three breadth-first passes: linear in packages plus links.
 */
export function scopesByReach<Id>(roots: ScopeRoots<Id>, needsOf: (id: Id) => Needs<Id>): Map<Id, Scope> {
  const scopes = new Map<Id, Scope>();
  const spread = (starts: Iterable<Id>, scope: Scope, follow: (needs: Needs<Id>) => Iterable<Id>): Id[] => {
    const queue: Id[] = [];
    for (const id of starts) if (!scopes.has(id)) { scopes.set(id, scope); queue.push(id); }
    for (let i = 0; i < queue.length; i++) {
      for (const next of follow(needsOf(queue[i] as Id))) {
        if (!scopes.has(next)) { scopes.set(next, scope); queue.push(next); }
      }
    }
    return queue;
  };
  const required = spread(roots.required, 'required', (n) => n.required);
  const optionalStarts = [...roots.optional];
  for (const id of required) optionalStarts.push(...needsOf(id).optional);
  const all = (n: Needs<Id>): Iterable<Id> => [...n.required, ...n.optional];
  spread(optionalStarts, 'optional', all);
  spread(roots.dev, 'excluded', all);
  return scopes;
}
