// A CommonJS package taken with a dynamic import(): Node gives its exports by name and as `default`; a chunk of
// an esbuild bundle (the actions are split) gives them as `default` only. Either way, this is module.exports.
export function commonJsExports<T>(namespace: unknown): T {
  return ((namespace as { default?: unknown }).default ?? namespace) as T;
}
