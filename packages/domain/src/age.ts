import { DomainError } from './domain-error';
import { assertIsoDate, isIsoDate } from './iso-date';

/**
 * Full years of age on `day` (both YYYY-MM-DD). Whole calendar days, no clock: the age must not
 * depend on the time zone of whoever computes it. The birthday counts on the day itself, and a
 * 29 February birthday is reached on 1 March in a non-leap year.
 */
export function ageOn(birthDate: string, day: string): number {
  assertIsoDate(birthDate, 'birthDate');
  assertIsoDate(day, 'day');
  // Before birth there is no age; a negative one would pass every "under N" check.
  if (day < birthDate) throw new DomainError('invalid-date', { field: 'birthDate' });
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [dy, dm, dd] = day.split('-').map(Number) as [number, number, number];
  const birthdayReached = dm > bm || (dm === bm && dd >= bd);
  return dy - by - (birthdayReached ? 0 : 1);
}

/**
 * The age when the birth date can be trusted to give one, otherwise null: cards typed in by
 * schools carry blank, malformed or future birth dates, and a rule that depends on age must then
 * fall back to "unknown" instead of failing the whole sign-in or link. `day` is still checked:
 * a bad "today" is the caller's bug, not bad data.
 */
export function ageOnIfKnown(birthDate: string | null | undefined, day: string): number | null {
  assertIsoDate(day, 'day');
  const born = (birthDate ?? '').trim();
  if (!isIsoDate(born) || born > day) return null;
  return ageOn(born, day);
}
