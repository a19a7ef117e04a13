// @sigstore/sign, loaded when a statement is first signed. With make-fetch-happen and its cache it is ~40 ms of
// an action's start, which a run that fails on its inputs, the start of a wrapped step, and a classic in-toto
// link (signed with node:crypto alone) never need.
import type * as SigstoreSignModule from '@sigstore/sign';
import { commonJsExports } from '../../core/commonjs-exports.js';

/** The package's exports (module.exports). */
export type SigstoreSign = (typeof SigstoreSignModule)['default'];

let loading: Promise<SigstoreSign> | undefined;

export function loadSigstoreSign(): Promise<SigstoreSign> {
  loading ??= import('@sigstore/sign').then((namespace) => commonJsExports<SigstoreSign>(namespace));
  return loading;
}
