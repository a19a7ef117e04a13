// Chooses how a step is signed, before anything runs: keylessly through the instance's Fulcio (as
// sign-artifact does, one certificate per job run), or with the user's key. Every check that can fail on
// bad input — the endpoints, the key itself — fails here, so a bad input never wastes a build.
import type { SerializedBundle } from '@sigstore/bundle';
import { definedOnly } from '../../core/defined.js';
import type { Statement } from '../../core/intoto/index.js';
import { buildClassicLink, signClassicLink, type ClassicArtifacts, type SignedClassicLink } from '../../core/predicates/link/classic.js';
import type { LinkPredicate } from '../../core/predicates/link/v0.3/index.js';
import { chooseSigningEndpoints } from '../../sigstore/endpoints.js';
import { createKeySigner } from '../../sigstore/sign/key-signer.js';
import { createKeylessSigner } from '../../sigstore/sign/keyless.js';
import type { AttestStepInputs } from './inputs.js';

export interface SignedStep {
  readonly bundle: SerializedBundle;
  /** The classic in-toto link, with format: in-toto-link. */
  readonly classicLink?: SignedClassicLink;
}

export interface StepSigner {
  /** For the log: which instance or key signs. */
  readonly description: string;
  sign(statement: Statement<LinkPredicate>): Promise<SignedStep>;
}

export interface SignerFacts {
  readonly visibility?: string;
  readonly requestToken: () => Promise<string>;
}

export async function prepareSigner(inputs: AttestStepInputs, facts: SignerFacts): Promise<StepSigner> {
  if (inputs.privateKey) return prepareKeySigner(inputs);
  const endpoints = chooseSigningEndpoints({
    sigstore: inputs.sigstore,
    ...definedOnly({ visibility: facts.visibility, fulcioURL: inputs.fulcioUrl, rekorURL: inputs.rekorUrl, tsaURL: inputs.tsaUrl }),
  });
  const signer = createKeylessSigner({ endpoints, identityProvider: { getToken: facts.requestToken }, network: inputs.network });
  return {
    description: `keylessly on the ${endpoints.instance} Sigstore instance (${endpoints.fulcioURL})`,
    sign: async (statement) => ({ bundle: await signer.sign(statement) }),
  };
}

async function prepareKeySigner(inputs: AttestStepInputs): Promise<StepSigner> {
  const signer = await createKeySigner({
    pem: inputs.privateKey as string,
    ...definedOnly({ passphrase: inputs.privateKeyPassphrase }),
    endpoints: definedOnly({ rekorURL: inputs.rekorUrl, tsaURL: inputs.tsaUrl }),
    network: inputs.network,
  });
  return {
    description: `with the key ${signer.keyId.slice(0, 8)}${inputs.rekorUrl ? `, logged in ${inputs.rekorUrl}` : ''}${inputs.tsaUrl ? `, timestamped by ${inputs.tsaUrl}` : ''}`,
    async sign(statement) {
      const bundle = await signer.sign(statement);
      if (inputs.format !== 'in-toto-link') return { bundle };
      const predicate = statement.predicate as LinkPredicate;
      const link = buildClassicLink({
        name: predicate.name,
        command: predicate.command,
        materials: artifactMap(predicate.materials),
        products: artifactMap(statement.subject),
        byproducts: predicate.byproducts as Record<string, never>,
        environment: predicate.environment,
      });
      return { bundle, classicLink: signClassicLink(link, (bytes) => signer.signClassic(bytes), signer.keyId) };
    },
  };
}

/** The link spec's conversion: descriptors {name, digest} to in-toto's { name: digest } map. */
function artifactMap(descriptors: readonly { name?: string; digest?: Record<string, string> }[]): ClassicArtifacts {
  return Object.fromEntries(descriptors.map((d) => [d.name ?? '', d.digest ?? {}]));
}
