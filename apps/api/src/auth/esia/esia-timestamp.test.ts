import { describe, expect, it } from 'vitest';
import { esiaTimestamp } from './esia-timestamp';

describe("ESIA's timestamp", () => {
  it('is yyyy.MM.dd HH:mm:ss +0000 in UTC, zero-padded', () => {
    expect(esiaTimestamp(new Date('2026-01-02T03:04:05.678Z'))).toBe('2026.01.02 03:04:05 +0000');
  });

  it('is the UTC day, not the server’s local one, around midnight in Moscow', () => {
    expect(esiaTimestamp(new Date('2026-12-31T22:30:00+00:00'))).toBe('2026.12.31 22:30:00 +0000');
  });
});
