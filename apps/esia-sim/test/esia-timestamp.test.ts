import { describe, expect, it } from 'vitest';
import { formatEsiaTimestamp, isWithinTimestampWindow, parseEsiaTimestamp } from '../src/esia/esia-timestamp';

describe('ESIA timestamps (yyyy.MM.dd HH:mm:ss Z)', () => {
  const now = new Date('2026-11-23T09:00:00Z');

  it('formats in UTC the way relying parties send it, and reads it back', () => {
    expect(formatEsiaTimestamp(new Date('2026-01-05T07:08:09.999Z'))).toBe('2026.01.05 07:08:09 +0000');
    expect(parseEsiaTimestamp('2026.11.23 09:00:00 +0000')).toEqual(now);
  });

  it('honours an offset other than +0000', () => {
    expect(parseEsiaTimestamp('2026.11.23 12:00:00 +0300')).toEqual(now);
    expect(parseEsiaTimestamp('2026.11.23 04:30:00 -0430')).toEqual(now);
  });

  it('reads nothing from what is not a date and time', () => {
    for (const text of ['2026-11-23 09:00:00 +0000', '2026.11.23 09:00:00', '2026.02.30 09:00:00 +0000', '2026.11.23 24:00:00 +0000', '']) {
      expect(parseEsiaTimestamp(text), text).toBeUndefined();
    }
  });

  it('accepts five minutes either way of the clock, and not a second more', () => {
    expect(isWithinTimestampWindow('2026.11.23 09:05:00 +0000', now)).toBe(true);
    expect(isWithinTimestampWindow('2026.11.23 08:55:00 +0000', now)).toBe(true);
    expect(isWithinTimestampWindow('2026.11.23 09:05:01 +0000', now)).toBe(false);
    expect(isWithinTimestampWindow('2026.11.23 08:54:59 +0000', now)).toBe(false);
    expect(isWithinTimestampWindow('garbage', now)).toBe(false);
  });
});
