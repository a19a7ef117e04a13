// @sigstore/sign, loaded when a statement is first signed. With make-fetch-happen and its cache it is ~40 ms of
// an action's start, which a run that fails on its inputs, the start of a wrapped step, and a classic in-toto
// link (signed with node:crypto alone) never need.
import type * as SigstoreSignModule from '@sigstore/sign';

/** The package's exports (module.exports). */
export type SigstoreSign = (typeof SigstoreSignModule)['default'];

let loading: Promise<SigstoreSign> | undefined;

export function loadSigstoreSign(): Promise<SigstoreSign> {
  // A CommonJS package: Node gives its exports by name and as `default`; an esbuild chunk as `default` only.
  loading ??= import('@sigstore/sign').then((module) => module.default ?? module);
  return loading;
}
