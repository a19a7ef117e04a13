// in-toto link predicate v0.3 (in-toto/attestation spec/predicates/link.md): one step of a supply chain.
// The statement's subjects are the step's products; the predicate holds everything else a classic link holds.
import type { DigestSet, ResourceDescriptor } from '../../../intoto/index.js';

export const LINK_V03_TYPE = 'https://in-toto.io/attestation/link/v0.3';

/** A material: a ResourceDescriptor that MUST have a name (unique among the materials) and a digest. */
export interface LinkMaterial extends ResourceDescriptor {
  name: string;
  digest: DigestSet;
}

/**
 * What the step left besides its products. The spec leaves the object opaque; chainmail records the command's
 * exit status under in-toto's own key, and the digests of its streams (not the streams: logs can hold secrets
 * and megabytes, and the log itself already shows them).
 */
export interface LinkByproducts {
  'return-value'?: number;
  'stdout-digest'?: DigestSet;
  'stderr-digest'?: DigestSet;
  [key: string]: unknown;
}

export interface LinkPredicate {
  name: string;
  /** The argv that ran; empty when the step wrapped other steps (wrap mode) rather than running a command. */
  command: string[];
  materials: LinkMaterial[];
  byproducts: LinkByproducts;
  /** Allowlisted environment variables, name -> value. */
  environment: Record<string, string>;
}
