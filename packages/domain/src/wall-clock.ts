/**
 * Wall-clock time of an IANA time zone: "local time written as UTC" milliseconds, so every day
 * has exactly 24 hours and calendar arithmetic is plain arithmetic.
 */
import { DomainError } from './domain-error';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A time zone's formatter and, per UTC day, its offset from UTC (wall clock − instant) when the
 * offset is the same at both ends of that day. `Intl`'s formatToParts is the slow part of this
 * arithmetic (a queue page of 50 requests asks it hundreds of times), and a zone changes its
 * offset at most once a day, so a day whose two ends agree keeps that offset throughout. A day
 * with a change (a DST switch) is computed exactly every time.
 */
export interface Zone {
  formatter: Intl.DateTimeFormat;
  offsetsByDay: Map<number, number | null>;
}

const zones = new Map<string, Zone>();
/** Days remembered per zone before the cache starts over (a few years of request dates; a few hundred KB). */
const MAX_CACHED_DAYS = 4096;

export function zoneOf(timeZone: string): Zone {
  const cached = zones.get(timeZone);
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
  const zone: Zone = { formatter, offsetsByDay: new Map() };
  zones.set(timeZone, zone);
  return zone;
}

/** The wall-clock time of an instant in the zone, as "local time written as UTC" milliseconds. */
export function toWallClock(instant: number, zone: Zone): number {
  const day = Math.floor(instant / DAY_MS);
  let offset = zone.offsetsByDay.get(day);
  if (offset === undefined) {
    const start = day * DAY_MS;
    const atStart = formattedWallClock(start, zone.formatter) - start;
    const lastSecond = start + DAY_MS - 1000;
    offset = formattedWallClock(lastSecond, zone.formatter) - lastSecond === atStart ? atStart : null;
    if (zone.offsetsByDay.size >= MAX_CACHED_DAYS) zone.offsetsByDay.clear();
    zone.offsetsByDay.set(day, offset);
  }
  return offset === null ? formattedWallClock(instant, zone.formatter) : instant + offset;
}

/** toWallClock the slow, exact way: the zone's calendar fields of the instant, read back as UTC. */
function formattedWallClock(instant: number, formatter: Intl.DateTimeFormat): number {
  const millis = ((instant % 1000) + 1000) % 1000;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant - millis))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const at = (name: string) => parts[name] ?? 0;
  // Date.UTC maps years 0–99 to 19xx; setUTCFullYear does not.
  const wall = new Date(Date.UTC(2000, at('month') - 1, at('day'), at('hour'), at('minute'), at('second')));
  wall.setUTCFullYear(at('year'));
  return wall.getTime() + millis;
}

/** The instant showing this wall-clock time in the zone (offset found by two refinements). */
export function fromWallClock(wallClock: number, zone: Zone): number {
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
