// in-toto attestation framework v1 types: https://github.com/in-toto/attestation/tree/main/spec/v1

/** The `_type` of every in-toto Statement v1. */
export const STATEMENT_TYPE_V1 = 'https://in-toto.io/Statement/v1';

/** The DSSE payload type that carries an in-toto Statement. */
export const PAYLOAD_TYPE_INTOTO = 'application/vnd.in-toto+json';

/** Algorithm name -> encoded digest (lowercase hex for the standard algorithms). */
export type DigestSet = Record<string, string>;

/** A pointer to (or the contents of) an artifact; at least one of uri, digest or content is set. */
export interface ResourceDescriptor {
  name?: string;
  uri?: string;
  digest?: DigestSet;
  /** Base64 of the bytes (the JSON form of a protobuf `bytes` field). */
  content?: string;
  downloadLocation?: string;
  mediaType?: string;
  annotations?: Record<string, unknown>;
}

export interface Statement<P = unknown> {
  _type: typeof STATEMENT_TYPE_V1;
  subject: ResourceDescriptor[];
  predicateType: string;
  predicate?: P;
}
