import type { SerializedBundle } from '@sigstore/bundle';
import type { DSSEBundleBuilder, IdentityProvider, Witness } from '@sigstore/sign';
import type { Statement } from '../../core/intoto/index.js';
import { mapLimit } from '../../core/map-limit.js';
import type { SigningEndpoints } from '../endpoints.js';
import { signingStatements } from './dsse-signing.js';
import { EphemeralKeyHolder } from './key-holder.js';
import type { NetworkPolicy } from '../../core/network-policy.js';
import { sigstoreFetchOptions } from './network.js';
import { SharedCertificateSigner } from './shared-certificate-signer.js';
import type { SigstoreSign } from './sigstore-sign.js';

/** Signs in-toto statements into Sigstore bundles (v0.3, DSSE). */
export interface StatementSigner {
  sign(statement: Statement): Promise<SerializedBundle>;
}

export interface KeylessOptions {
  readonly endpoints: SigningEndpoints;
  readonly identityProvider: IdentityProvider;
  readonly network: NetworkPolicy;
}

/**
 * A keyless signer for one run: one ephemeral key, one Fulcio certificate for all statements, and for each
 * statement a Rekor entry and/or an RFC 3161 timestamp, as the instance provides.
 */
export function createKeylessSigner(options: KeylessOptions): StatementSigner {
  // One builder for the run: the statements share its key and certificate.
  return { sign: signingStatements((sigstore) => keylessBuilder(sigstore, options), options.endpoints) };
}

function keylessBuilder({ DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness }: SigstoreSign, options: KeylessOptions): DSSEBundleBuilder {
  const { endpoints, network } = options;
  const fetchOptions = sigstoreFetchOptions(network);
  const keyHolder = new EphemeralKeyHolder();
  const certifier = new FulcioSigner({
    identityProvider: options.identityProvider,
    keyHolder,
    fulcioBaseURL: endpoints.fulcioURL,
    ...fetchOptions,
  });
  const witnesses: Witness[] = [];
  if (endpoints.rekorURL) {
    // dsse entries, as GitHub's actions make; fetchOnConflict makes a retried POST that already landed succeed.
    witnesses.push(new RekorWitness({ rekorBaseURL: endpoints.rekorURL, entryType: 'dsse', fetchOnConflict: true, ...fetchOptions }));
  }
  if (endpoints.tsaURL) {
    witnesses.push(new TSAWitness({ tsaBaseURL: endpoints.tsaURL, ...fetchOptions }));
  }
  return new DSSEBundleBuilder({ signer: new SharedCertificateSigner(certifier, keyHolder), witnesses });
}

/** Signs many statements with at most `concurrency` log/timestamp requests in flight. */
export function signAll(
  signer: StatementSigner,
  statements: readonly Statement[],
  concurrency = 8,
): Promise<SerializedBundle[]> {
  return mapLimit(statements, concurrency, (statement) => signer.sign(statement));
}
