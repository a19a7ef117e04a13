/**
 * Identifiers that are unique by construction: each key gets `base(key)`, or, when an earlier key already took
 * that value, the value with `-2`, `-3`... appended. Keys are taken in the order given, so the same keys in the
 * same order always get the same identifiers. `reserved` values are never handed out.
 */
export function uniqueIds(keys: Iterable<string>, base: (key: string) => string, reserved: Iterable<string> = []): Map<string, string> {
  const taken = new Set(reserved);
  const ids = new Map<string, string>();
  for (const key of keys) {
    if (ids.has(key)) continue;
    const wanted = base(key);
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    taken.add(id);
    ids.set(key, id);
  }
  return ids;
}
