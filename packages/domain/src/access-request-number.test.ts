import { describe, expect, it } from 'vitest';
import { formatAccessRequestNumber, parseAccessRequestNumber } from './access-request-number';
import { DomainError } from './domain-error';

function formatError(year: number, sequence: number): unknown {
  try {
    formatAccessRequestNumber(year, sequence);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('formatAccessRequestNumber', () => {
  it.each([
    [2026, 123, '2026-000123'],
    [2026, 1, '2026-000001'],
    [2026, 999_999, '2026-999999'],
    // Growth instead of failure: the 1 000 000th request of a year still gets a number.
    [2026, 1_000_000, '2026-1000000'],
    [2027, 12_345_678, '2027-12345678'],
  ])('%i, %i → %s', (year, sequence, expected) => {
    expect(formatAccessRequestNumber(year, sequence)).toBe(expected);
  });

  it.each([
    ['sequence 0', 2026, 0],
    ['a negative sequence', 2026, -1],
    ['a fractional sequence', 2026, 1.5],
    ['NaN', 2026, Number.NaN],
    ['Infinity', 2026, Number.POSITIVE_INFINITY],
    ['an unsafe integer', 2026, 2 ** 53],
    ['a three-digit year', 999, 1],
    ['a five-digit year', 10_000, 1],
    ['a fractional year', 2026.5, 1],
  ])('refuses %s with invalid-request-number', (_, year, sequence) => {
    const error = formatError(year, sequence);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid-request-number');
  });
});

describe('parseAccessRequestNumber', () => {
  it.each([
    ['2026-000123', { year: 2026, sequence: 123 }],
    [' 2026-123 ', { year: 2026, sequence: 123 }],
    ['2026-123', { year: 2026, sequence: 123 }],
    ['2026 - 000123', { year: 2026, sequence: 123 }],
    ['2026\u2013000123', { year: 2026, sequence: 123 }],
    ['\t2026-1\n', { year: 2026, sequence: 1 }],
    ['2026-999999', { year: 2026, sequence: 999_999 }],
    ['2026-1000000', { year: 2026, sequence: 1_000_000 }],
    ['2026-0000000000000000000042', { year: 2026, sequence: 42 }],
  ])('%j → %j', (value, expected) => {
    expect(parseAccessRequestNumber(value)).toEqual(expected);
  });

  it.each([
    '',
    '   ',
    'garbage',
    '2026',
    '2026-',
    '-123',
    '123',
    '2026-000000',
    '2026-0',
    '2026-12a',
    '2026--123',
    '20260-123',
    '026-123',
    '2026-1.5',
    '2026-+1',
    '2026-1e3',
    '2026-123-4',
    '2026_123',
    '0999-1',
    '2026-9999999999999999',
    '2026-00000000000000000000',
    '２０２６-１２３',
  ])('%j → null', (value) => {
    expect(parseAccessRequestNumber(value)).toBeNull();
  });

  it('tolerates a non-string from an untyped caller', () => {
    expect(parseAccessRequestNumber(undefined as unknown as string)).toBeNull();
  });

  it('round-trips every number formatAccessRequestNumber produces', () => {
    for (const [year, sequence] of [
      [2026, 1],
      [2026, 123],
      [2026, 999_999],
      [2026, 1_000_000],
      [1000, 42],
      [9999, Number.MAX_SAFE_INTEGER],
    ] as const) {
      expect(parseAccessRequestNumber(formatAccessRequestNumber(year, sequence))).toEqual({ year, sequence });
    }
  });

  it('the padded and unpadded spellings find the same request', () => {
    expect(formatAccessRequestNumber(2026, parseAccessRequestNumber('2026-7')!.sequence)).toBe('2026-000007');
  });
});
