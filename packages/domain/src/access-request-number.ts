import { DomainError } from './domain-error';

/**
 * Request numbers are "YYYY-NNNNNN": the year the request was sent and its sequence within that
 * year (the per-year counter `access_request_counters`), padded to six digits.
 *
 * Beyond 999999 requests in a year the number grows instead of failing ('2026-1000000'): a
 * request that cannot be filed is worse than a number one digit longer, and the padding is
 * cosmetic — the number is compared as (year, sequence), never as a string.
 */
const SEQUENCE_DIGITS = 6;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

export function formatAccessRequestNumber(year: number, sequence: number): string {
  if (!isValidYear(year) || !isValidSequence(sequence)) {
    throw new DomainError('invalid-request-number', { year, sequence });
  }
  return `${year}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

// Dash variants a copy from a letter or an office document brings in.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Any zero padding; then at most 16 digits, the length of Number.MAX_SAFE_INTEGER (isValidSequence has the last word).
const NUMBER_PATTERN = /^(\d{4})\s*-\s*0*(\d{1,16})$/;

/**
 * Reads a number as people type it into a search box: surrounding and inner spaces
 * (' 2026 - 123 '), any dash, with or without the zero padding ('2026-123' = '2026-000123').
 * Null for anything that is not a number `formatAccessRequestNumber` could have produced.
 */
export function parseAccessRequestNumber(value: string): { year: number; sequence: number } | null {
  if (typeof value !== 'string') return null;
  const match = NUMBER_PATTERN.exec(value.replace(DASHES, '-').trim());
  if (!match) return null;
  const year = Number(match[1]);
  const sequence = Number(match[2]);
  if (!isValidYear(year) || !isValidSequence(sequence)) return null;
  return { year, sequence };
}

function isValidYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

function isValidSequence(sequence: number): boolean {
  return Number.isSafeInteger(sequence) && sequence >= 1;
}
