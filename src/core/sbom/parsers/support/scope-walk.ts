import type { Scope } from '../../model.js';

const STRENGTH: readonly Scope[] = ['required', 'optional', 'excluded'];

/**
 * Scopes from reachability: each start reaches its dependencies transitively with its own scope, and a node
 * reached several ways keeps the strongest (required > optional > excluded). One breadth-first pass per scope,
 * so time and memory are linear in nodes plus edges. Nodes never reached are absent from the result: callers
 * choose their default (the parsers choose `required`, never hiding something that may ship).
 */
export function scopesByReachability<Id>(
  starts: readonly { readonly id: Id; readonly scope: Scope }[],
  dependenciesOf: (id: Id) => Iterable<Id>,
): Map<Id, Scope> {
  const scopes = new Map<Id, Scope>();
  for (const scope of STRENGTH) {
    const queue = starts.filter((s) => s.scope === scope && !scopes.has(s.id)).map((s) => s.id);
    for (const id of queue) scopes.set(id, scope);
    for (let i = 0; i < queue.length; i++) {
      for (const next of dependenciesOf(queue[i] as Id)) {
        if (scopes.has(next)) continue;
        scopes.set(next, scope);
        queue.push(next);
      }
    }
  }
  return scopes;
}
