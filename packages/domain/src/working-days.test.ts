import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error';
import { addWorkingDays, isOverdue, workingDaysBetween } from './working-days';

const MSK = 'Europe/Moscow'; // UTC+3 all year
const at = (iso: string) => new Date(iso);

describe('addWorkingDays', () => {
  it('Friday + 1 working day = Monday, same time of day', () => {
    // Friday 2025-06-13 10:00 in Moscow.
    expect(addWorkingDays(at('2025-06-13T10:00:00+03:00'), 1, MSK)).toEqual(at('2025-06-16T10:00:00+03:00'));
  });

  it('Monday + 1 = Tuesday; 5 working days = the same time a week later', () => {
    expect(addWorkingDays(at('2025-06-16T09:15:00+03:00'), 1, MSK)).toEqual(at('2025-06-17T09:15:00+03:00'));
    expect(addWorkingDays(at('2025-06-18T14:00:00+03:00'), 5, MSK)).toEqual(at('2025-06-25T14:00:00+03:00'));
    expect(addWorkingDays(at('2025-06-18T14:00:00+03:00'), 7, MSK)).toEqual(at('2025-06-27T14:00:00+03:00'));
  });

  it('0 working days on a weekday is the start itself', () => {
    expect(addWorkingDays(at('2025-06-18T14:00:00.250+03:00'), 0, MSK)).toEqual(at('2025-06-18T14:00:00.250+03:00'));
  });

  it('a weekend start counts from Monday 00:00', () => {
    expect(addWorkingDays(at('2025-06-14T10:00:00+03:00'), 1, MSK)).toEqual(at('2025-06-17T00:00:00+03:00'));
    expect(addWorkingDays(at('2025-06-15T23:59:00+03:00'), 0, MSK)).toEqual(at('2025-06-16T00:00:00+03:00'));
  });

  it('Friday 00:00 + 1 ends at Monday 00:00, the end of Friday', () => {
    expect(addWorkingDays(at('2025-06-13T00:00:00+03:00'), 1, MSK)).toEqual(at('2025-06-16T00:00:00+03:00'));
  });

  it('time zone boundary: 23:30 UTC on Friday is Saturday 02:30 in Moscow', () => {
    const lateFriday = at('2025-06-13T23:30:00Z');
    // Moscow: a Saturday request, counted from Monday 00:00, due Tuesday 00:00 Moscow time.
    expect(addWorkingDays(lateFriday, 1, MSK)).toEqual(at('2025-06-17T00:00:00+03:00'));
    // The same instant in UTC is still Friday: due Monday 23:30 UTC.
    expect(addWorkingDays(lateFriday, 1, 'UTC')).toEqual(at('2025-06-16T23:30:00Z'));
  });

  it('keeps the wall-clock time across a daylight-saving change', () => {
    // Berlin moves from CET (+1) to CEST (+2) on Sunday 2025-03-30.
    expect(addWorkingDays(at('2025-03-28T10:00:00+01:00'), 1, 'Europe/Berlin')).toEqual(at('2025-03-31T10:00:00+02:00'));
    // And back on Sunday 2025-10-26.
    expect(addWorkingDays(at('2025-10-24T10:00:00+02:00'), 1, 'Europe/Berlin')).toEqual(at('2025-10-27T10:00:00+01:00'));
  });

  it('keeps the wall-clock time from every quarter hour around a change, the changing day included', () => {
    // Berlin changes on Sundays; Cairo moved its clocks on Friday 2023-04-28 00:00 (Thursday 22:00 UTC), so there the
    // UTC day of the change holds working hours on both sides of it. Each start is asked twice: the second answer comes
    // from the per-day offsets the first one left behind.
    const windows = [
      { zone: 'Europe/Berlin', first: '2025-03-27T00:00:00Z' },
      { zone: 'Europe/Berlin', first: '2025-10-23T00:00:00Z' },
      { zone: 'Africa/Cairo', first: '2023-04-26T00:00:00Z', gap: 'Fri 00' },
    ];
    for (const { zone, first, gap } of windows) {
      const wallClock = new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      for (let quarter = 0; quarter < 4 * 24 * 5; quarter++) {
        const start = new Date(at(first).getTime() + quarter * 15 * 60_000);
        const [day, time] = wallClock.format(start).split(' ');
        if (day === 'Sat' || day === 'Sun') continue;
        for (let round = 0; round < 2; round++) {
          const end = addWorkingDays(start, 1, zone);
          // Cairo's Friday 00:00–00:59 never happened: those ends resolve to the instant after the gap.
          if (gap && wallClock.format(end).startsWith('Fri') && time!.startsWith('00')) continue;
          expect(wallClock.format(end).split(' ')[1], `${zone} ${start.toISOString()}`).toBe(time);
          expect(workingDaysBetween(start, end, zone), `${zone} ${start.toISOString()}`).toBe(1);
        }
      }
    }
  });

  it('refuses a bad time zone, a negative or fractional count and an invalid date', () => {
    const start = at('2025-06-13T10:00:00Z');
    expect(() => addWorkingDays(start, 1, 'Mars/Olympus')).toThrow(DomainError);
    expect(() => addWorkingDays(start, 1, 'Mars/Olympus')).toThrow('invalid-configuration');
    expect(() => addWorkingDays(start, -1, MSK)).toThrow('invalid-configuration');
    expect(() => addWorkingDays(start, 1.5, MSK)).toThrow('invalid-configuration');
    expect(() => addWorkingDays(start, Number.NaN, MSK)).toThrow('invalid-configuration');
    expect(() => addWorkingDays(new Date('nonsense'), 1, MSK)).toThrow('invalid-date');
  });
});

describe('isOverdue: a 3-working-day target, request created Friday 2025-06-13 19:00 Moscow time', () => {
  const createdAt = at('2025-06-13T19:00:00+03:00');
  // Deadline: Friday 5 h + Monday 24 h + Tuesday 24 h + Wednesday 19 h = Wednesday 2025-06-18 19:00.

  it('is not overdue over the weekend, on Monday or on Tuesday', () => {
    expect(isOverdue(createdAt, at('2025-06-15T12:00:00+03:00'), 3, MSK)).toBe(false);
    expect(isOverdue(createdAt, at('2025-06-16T19:00:00+03:00'), 3, MSK)).toBe(false);
    expect(isOverdue(createdAt, at('2025-06-17T23:59:59+03:00'), 3, MSK)).toBe(false);
  });

  it('is still on time at exactly Wednesday 19:00, overdue a second later', () => {
    expect(isOverdue(createdAt, at('2025-06-18T18:59:59+03:00'), 3, MSK)).toBe(false);
    expect(isOverdue(createdAt, at('2025-06-18T19:00:00+03:00'), 3, MSK)).toBe(false);
    expect(isOverdue(createdAt, at('2025-06-18T19:00:01+03:00'), 3, MSK)).toBe(true);
  });

  it('is overdue on Thursday', () => {
    expect(isOverdue(createdAt, at('2025-06-19T09:00:00+03:00'), 3, MSK)).toBe(true);
  });

  it("depends on the organisation's time zone near midnight", () => {
    const lateFriday = at('2025-06-13T23:30:00Z'); // Saturday 02:30 in Moscow
    const now = at('2025-06-16T22:00:00Z'); // Monday 22:00 UTC, Tuesday 01:00 in Moscow
    // Moscow: due Tuesday 00:00 Moscow time (Monday 21:00 UTC). UTC: due Monday 23:30 UTC.
    expect(isOverdue(lateFriday, now, 1, MSK)).toBe(true);
    expect(isOverdue(lateFriday, now, 1, 'UTC')).toBe(false);
  });

  it('refuses a bad target', () => {
    expect(() => isOverdue(createdAt, at('2025-06-19T09:00:00Z'), -3, MSK)).toThrow('invalid-configuration');
    expect(() => isOverdue(createdAt, new Date(Number.NaN), 3, MSK)).toThrow('invalid-date');
  });
});

describe('workingDaysBetween', () => {
  const createdAt = at('2025-06-13T19:00:00+03:00'); // Friday

  it('counts whole working days, rounded down', () => {
    expect(workingDaysBetween(createdAt, at('2025-06-16T18:59:00+03:00'), MSK)).toBe(0);
    expect(workingDaysBetween(createdAt, at('2025-06-16T19:00:00+03:00'), MSK)).toBe(1);
    expect(workingDaysBetween(createdAt, at('2025-06-20T18:59:00+03:00'), MSK)).toBe(4);
    expect(workingDaysBetween(createdAt, at('2025-06-20T19:00:00+03:00'), MSK)).toBe(5);
    expect(workingDaysBetween(createdAt, at('2025-06-23T19:00:00+03:00'), MSK)).toBe(6);
  });

  it('a weekend adds nothing', () => {
    expect(workingDaysBetween(at('2025-06-14T10:00:00+03:00'), at('2025-06-15T22:00:00+03:00'), MSK)).toBe(0);
    expect(workingDaysBetween(at('2025-06-14T10:00:00+03:00'), at('2025-06-17T00:00:00+03:00'), MSK)).toBe(1);
  });

  it('an end before the start is 0, not a negative age', () => {
    expect(workingDaysBetween(at('2025-06-18T10:00:00Z'), at('2025-06-16T10:00:00Z'), MSK)).toBe(0);
  });

  it("uses the time zone's days: Sunday 21:30 UTC is already Monday in Moscow", () => {
    const start = at('2025-06-15T21:30:00Z'); // Monday 00:30 in Moscow
    const end = at('2025-06-16T22:00:00Z'); // Tuesday 01:00 in Moscow
    expect(workingDaysBetween(start, end, MSK)).toBe(1);
    expect(workingDaysBetween(start, end, 'UTC')).toBe(0);
  });

  it('agrees with addWorkingDays', () => {
    const starts = ['2025-06-13T19:00:00+03:00', '2025-06-14T10:00:00+03:00', '2025-06-16T00:00:00+03:00', '2025-06-18T23:59:59+03:00'];
    for (const start of starts) {
      for (const days of [0, 1, 2, 3, 5, 8, 21]) {
        const deadline = addWorkingDays(at(start), days, MSK);
        expect(workingDaysBetween(at(start), deadline, MSK), `${start} + ${days}`).toBe(days);
        expect(isOverdue(at(start), deadline, days, MSK)).toBe(false);
        expect(isOverdue(at(start), new Date(deadline.getTime() + 1), days, MSK)).toBe(true);
      }
    }
  });
});
