import { describe, expect, it } from '@jest/globals';
import { toTimestamp } from '../../../src/core/intoto/timestamp.js';

describe('toTimestamp', () => {
  it('formats a Date in UTC, without milliseconds when they are zero', () => {
    expect(toTimestamp(new Date(Date.UTC(2024, 4, 24, 10, 0, 5)))).toBe('2024-05-24T10:00:05Z');
    expect(toTimestamp(new Date(Date.UTC(2024, 4, 24, 10, 0, 5, 120)))).toBe('2024-05-24T10:00:05.120Z');
  });

  it('keeps a UTC string exactly, and converts an offset to UTC', () => {
    expect(toTimestamp('1985-04-12T23:20:50.52Z')).toBe('1985-04-12T23:20:50.52Z');
    expect(toTimestamp('2024-05-24t10:00:05z')).toBe('2024-05-24T10:00:05Z');
    expect(toTimestamp('2024-05-24T12:00:05+02:00')).toBe('2024-05-24T10:00:05Z');
  });

  it('rejects what is not an RFC 3339 date-time, or an impossible date', () => {
    for (const bad of ['2024-05-24', '2024-05-24 10:00:05Z', 'yesterday', '2023-02-30T00:00:00Z', '2024-05-24T25:00:00Z']) {
      expect(toTimestamp(bad)).toBeUndefined();
    }
    expect(toTimestamp(new Date('nope'))).toBeUndefined();
  });
});
