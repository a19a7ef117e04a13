import { ChainmailError } from '../core/errors.js';

/** The Sigstore instance whose witnesses sign for a run. */
export type SigstoreInstance = 'public-good' | 'github';

export interface SigningEndpoints {
  readonly instance: SigstoreInstance | 'custom';
  readonly fulcioURL: string;
  /** A transparency log entry is made when set (public-good). */
  readonly rekorURL?: string;
  /** An RFC 3161 timestamp is taken when set (GitHub's instance: private repositories stay out of public logs). */
  readonly tsaURL?: string;
}

export const PUBLIC_GOOD: SigningEndpoints = {
  instance: 'public-good',
  fulcioURL: 'https://fulcio.sigstore.dev',
  rekorURL: 'https://rekor.sigstore.dev',
};

export const GITHUB_INSTANCE: SigningEndpoints = {
  instance: 'github',
  fulcioURL: 'https://fulcio.githubapp.com',
  tsaURL: 'https://timestamp.githubapp.com',
};

export interface EndpointChoice {
  /** `auto` chooses like GitHub's own actions: public repositories sign on public-good, others on GitHub's. */
  readonly sigstore: SigstoreInstance | 'auto';
  /** repository.visibility from the event payload, when the event carries it. */
  readonly visibility?: string;
  /** Overrides for self-hosted Sigstore and GitHub Enterprise Server; empty strings mean "the instance's". */
  readonly fulcioURL?: string;
  readonly rekorURL?: string;
  readonly tsaURL?: string;
}

/** Chooses the instance and applies URL overrides. Pure: the caller reads the event and inputs. */
export function chooseSigningEndpoints(choice: EndpointChoice): SigningEndpoints {
  const instance: SigstoreInstance =
    choice.sigstore !== 'auto' ? choice.sigstore : choice.visibility === 'public' ? 'public-good' : 'github';
  const base = instance === 'public-good' ? PUBLIC_GOOD : GITHUB_INSTANCE;
  const overridden = Boolean(choice.fulcioURL || choice.rekorURL || choice.tsaURL);
  const endpoints: SigningEndpoints = {
    instance: overridden ? 'custom' : instance,
    fulcioURL: choice.fulcioURL || base.fulcioURL,
    ...pick('rekorURL', choice.rekorURL || base.rekorURL),
    ...pick('tsaURL', choice.tsaURL || base.tsaURL),
  };
  if (!endpoints.rekorURL && !endpoints.tsaURL) {
    // A signature with neither a log entry nor a timestamp cannot be verified after the certificate expires.
    throw new ChainmailError('INPUT_INVALID', 'rekor-url / tsa-url: the signing instance has neither a transparency log nor a timestamp authority; set at least one');
  }
  return endpoints;
}

function pick<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
