/**
 * Wall-clock time of an IANA time zone: "local time written as UTC" milliseconds, so every day
 * has exactly 24 hours and calendar arithmetic is plain arithmetic.
 */
import { DomainError } from './domain-error';

const DAY_MS = 24 * 60 * 60 * 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

export function zoneOf(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch (cause) {
    throw new DomainError('invalid-configuration', { field: 'timeZone' }, { cause });
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/** The wall-clock time of an instant in the zone, as "local time written as UTC" milliseconds. */
export function toWallClock(instant: number, zone: Intl.DateTimeFormat): number {
  const millis = ((instant % 1000) + 1000) % 1000;
  const parts: Record<string, number> = {};
  for (const part of zone.formatToParts(new Date(instant - millis))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const at = (name: string) => parts[name] ?? 0;
  // Date.UTC maps years 0–99 to 19xx; setUTCFullYear does not.
  const wall = new Date(Date.UTC(2000, at('month') - 1, at('day'), at('hour'), at('minute'), at('second')));
  wall.setUTCFullYear(at('year'));
  return wall.getTime() + millis;
}

/** The instant showing this wall-clock time in the zone (offset found by two refinements). */
export function fromWallClock(wallClock: number, zone: Intl.DateTimeFormat): number {
  const offsetAt = (instant: number) => toWallClock(instant, zone) - instant;
  const first = wallClock - offsetAt(wallClock);
  return wallClock - offsetAt(first);
}

/**
 * The first moment of a calendar day (YYYY-MM-DD) in the zone, and with `next` the first moment
 * of the day after it: a filter «from day A to day B» is [startOfDay(A), startOfDay(B, next)).
 */
export function startOfDay(isoDate: string, timeZone: string, { next = false }: { next?: boolean } = {}): Date {
  const midnight = Date.parse(`${isoDate}T00:00:00Z`);
  if (!Number.isFinite(midnight)) throw new DomainError('invalid-date', { field: 'date' });
  return new Date(fromWallClock(midnight + (next ? DAY_MS : 0), zoneOf(timeZone)));
}
