import { z } from 'zod';
import { DomainError } from './domain-error';

/**
 * Calendar days travel as plain `YYYY-MM-DD` strings: a birth date or a cutoff day has no time
 * zone, and a `Date` would shift it by one day somewhere between the server and the browser.
 */
export const isoDateSchema = z.iso.date();

export function isIsoDate(value: unknown): value is string {
  return isoDateSchema.safeParse(value).success;
}

export function assertIsoDate(value: string, field: string): void {
  if (!isIsoDate(value)) throw new DomainError('invalid-date', { field });
}

/** Only valid for already validated dates: zero-padded ISO days sort as strings. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
