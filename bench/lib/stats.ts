// Small numeric helpers for benchmark samples.

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

export const ratio = (value: number): string => `${value.toFixed(2)}x`;

/** Throughput of `bytes` in `millis`, as MiB/s. */
export const mibps = (bytes: number, millis: number): string => `${(bytes / 2 ** 20 / (millis / 1000)).toFixed(0)} MiB/s`;

/** "12.3, 12.9, 13.1 ms": every sample, in the order taken. */
export const samples = (values: readonly number[]): string => `${values.map((v) => v.toFixed(1)).join(', ')} ms`;
