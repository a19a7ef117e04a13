// ResourceURI and TypeURI (in-toto field_types.md) are RFC 3986 URIs. Readers only require a scheme: being
// stricter than the signers whose bundles we must accept (gh, cosign) would reject valid attestations.

// A scheme of two or more characters, so a Windows path (`C:\x`) is not mistaken for a URI.
const URI_WITH_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]+:[^\s]+$/;

/** True when `value` is a string shaped like `scheme:rest` with no whitespace. */
export function isUri(value: unknown): boolean {
  return typeof value === 'string' && URI_WITH_SCHEME.test(value);
}
