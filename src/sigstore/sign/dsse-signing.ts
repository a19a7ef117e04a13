// What keyless and key-based signing share: statements become DSSE bundles through one @sigstore/sign builder,
// made when the first statement is signed (@sigstore/sign loads then, sigstore-sign.ts), and failures become
// one-line ChainmailErrors naming the service.
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import type { DSSEBundleBuilder } from '@sigstore/sign';
import { PAYLOAD_TYPE_INTOTO, type Statement } from '../../core/intoto/index.js';
import type { SigningEndpoints } from '../endpoints.js';
import { toSigningError } from './errors.js';
import { loadSigstoreSign, type SigstoreSign } from './sigstore-sign.js';

/** Signs statements with the builder `makeBuilder` gives, made once: statements signed at once share it. */
export function signingStatements(
  makeBuilder: (sigstore: SigstoreSign) => DSSEBundleBuilder,
  endpoints: SigningEndpoints,
): (statement: Statement) => Promise<SerializedBundle> {
  let builder: Promise<DSSEBundleBuilder> | undefined;
  return async (statement) => {
    try {
      builder ??= loadSigstoreSign().then(makeBuilder);
      const bundle = await (await builder).create({ data: Buffer.from(JSON.stringify(statement)), type: PAYLOAD_TYPE_INTOTO });
      return bundleToJSON(bundle);
    } catch (error) {
      throw await toSigningError(error, endpoints);
    }
  };
}
