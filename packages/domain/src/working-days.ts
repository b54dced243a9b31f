/**
 * Working days for the age of an access request and the organisation's target time for it.
 *
 * A working day is Monday to Friday on the wall clock of the organisation's time zone (IANA name,
 * e.g. 'Europe/Moscow'). There is NO holiday calendar: public holidays and the moved working
 * Saturdays of the Russian production calendar count as ordinary weekdays / weekend days, so
 * around the New Year holidays a request may show as overdue a few days early.
 *
 * The model: only weekday wall-clock time counts, weekend time stands still. "n working days
 * after `start`" is the moment when n × 24 hours of weekday time have passed since `start`:
 * - Friday 18:00 + 1 working day = Monday 18:00 (6 h of Friday, 18 h of Monday);
 * - a start on a weekend counts from Monday 00:00: Saturday 10:00 + 1 = Tuesday 00:00;
 * - a deadline that falls exactly on the end of a Friday is reported as Monday 00:00 (the same
 *   amount of working time, and the last moment at which the request is still on time).
 * The day of the week is taken in the given time zone (23:30 UTC on a Friday is already
 * Saturday 02:30 in Moscow), and the time of day is kept on the wall clock across
 * daylight-saving changes. A wall-clock time that does not exist on the target day (skipped
 * by a DST change) resolves to an instant next to it.
 */
import { DomainError } from './domain-error';

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_WORKING_MS = 5 * DAY_MS;
// 1970-01-01 was a Thursday; 3 days earlier (1969-12-29) a Monday starts the week count.
const MONDAY_SHIFT_DAYS = 3;

/** The moment `workingDays` whole working days after `start`, in the wall-clock days of `timeZone`. */
export function addWorkingDays(start: Date, workingDays: number, timeZone: string): Date {
  const startMs = timeOf(start, 'start');
  checkWorkingDays(workingDays, 'workingDays');
  const zone = zoneOf(timeZone);
  const target = workingTimeUntil(toWallClock(startMs, zone)) + workingDays * DAY_MS;
  return new Date(fromWallClock(wallClockAtWorkingTime(target), zone));
}

/**
 * Overdue once more than `targetWorkingDays` working days have passed since the request was
 * created; at exactly the deadline it is still on time.
 */
export function isOverdue(createdAt: Date, now: Date, targetWorkingDays: number, timeZone: string): boolean {
  const nowMs = timeOf(now, 'now');
  checkWorkingDays(targetWorkingDays, 'targetWorkingDays');
  return nowMs > addWorkingDays(createdAt, targetWorkingDays, timeZone).getTime();
}

/**
 * Whole working days elapsed from `start` to `end` (rounded down), for "age of the request".
 * An `end` before `start` (clocks of two servers disagreeing) gives 0, never a negative age.
 */
export function workingDaysBetween(start: Date, end: Date, timeZone: string): number {
  const startMs = timeOf(start, 'start');
  const endMs = timeOf(end, 'end');
  const zone = zoneOf(timeZone);
  const elapsed = workingTimeUntil(toWallClock(endMs, zone)) - workingTimeUntil(toWallClock(startMs, zone));
  return elapsed <= 0 ? 0 : Math.floor(elapsed / DAY_MS);
}

/**
 * Working (weekday) milliseconds from Monday 1969-12-29 00:00 up to a wall-clock moment.
 * Wall-clock moments are the local date and time written as if they were UTC, so every day has
 * exactly 24 hours and the weekday is plain arithmetic.
 */
function workingTimeUntil(wallClock: number): number {
  const day = Math.floor(wallClock / DAY_MS);
  const shifted = day + MONDAY_SHIFT_DAYS;
  const weeks = Math.floor(shifted / 7);
  const weekday = shifted - weeks * 7; // 0 = Monday … 6 = Sunday
  const inDay = wallClock - day * DAY_MS;
  return weeks * WEEK_WORKING_MS + Math.min(weekday, 5) * DAY_MS + (weekday < 5 ? inDay : 0);
}

/** The inverse of `workingTimeUntil`; where weekend time makes it ambiguous, the Monday 00:00 end. */
function wallClockAtWorkingTime(workingTime: number): number {
  const weeks = Math.floor(workingTime / WEEK_WORKING_MS);
  const inWeek = workingTime - weeks * WEEK_WORKING_MS;
  const weekday = Math.floor(inWeek / DAY_MS);
  const inDay = inWeek - weekday * DAY_MS;
  return (weeks * 7 + weekday - MONDAY_SHIFT_DAYS) * DAY_MS + inDay;
}

/**
 * A time zone's formatter and, per UTC day, its offset from UTC (wall clock − instant) when the
 * offset is the same at both ends of that day. `Intl`'s formatToParts is the slow part of this
 * arithmetic (a queue page of 50 requests asks it hundreds of times), and a zone changes its
 * offset at most once a day, so a day whose two ends agree keeps that offset throughout. A day
 * with a change (a DST switch) is computed exactly every time.
 */
interface Zone {
  formatter: Intl.DateTimeFormat;
  offsetsByDay: Map<number, number | null>;
}

const zones = new Map<string, Zone>();
/** Days remembered per zone before the cache starts over (a few years of request dates; a few hundred KB). */
const MAX_CACHED_DAYS = 4096;

function zoneOf(timeZone: string): Zone {
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
function toWallClock(instant: number, zone: Zone): number {
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
function fromWallClock(wallClock: number, zone: Zone): number {
  const offsetAt = (instant: number) => toWallClock(instant, zone) - instant;
  const first = wallClock - offsetAt(wallClock);
  return wallClock - offsetAt(first);
}

function timeOf(date: Date, field: string): number {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(time)) throw new DomainError('invalid-date', { field });
  return time;
}

// Far beyond any real target, and keeps every result inside the range a Date can hold.
const MAX_WORKING_DAYS = 1_000_000;

function checkWorkingDays(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_WORKING_DAYS) throw new DomainError('invalid-configuration', { field });
}
