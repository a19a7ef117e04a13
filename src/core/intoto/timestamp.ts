// in-toto Timestamp (field_types.md): RFC 3339 in UTC ("Z").

// RFC 3339 date-time with the "T" separator (field_types.md follows CBOR tag 0, which requires it).
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** `value` as an RFC 3339 UTC timestamp, or undefined when it is not a valid time. Whole seconds drop ".000". */
export function toTimestamp(value: Date | string): string | undefined {
  if (typeof value !== 'string') return fromDate(value);
  const text = value.toUpperCase(); // RFC 3339 allows lowercase "t" and "z"
  const m = RFC3339.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  // Date.parse rolls 2023-02-30 over to March; rebuilding the fields catches impossible dates.
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const valid = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
    && probe.getUTCHours() === hour && probe.getUTCMinutes() === minute && probe.getUTCSeconds() === second;
  if (!valid) return undefined;
  // Already UTC: keep it exactly (a Date would round away sub-millisecond digits).
  return m[8] === 'Z' ? text : fromDate(new Date(text));
}

function fromDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace(/\.000Z$/, 'Z');
}
