import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error';
import { assertIsoDate, compareIsoDates, isIsoDate } from './iso-date';

describe('isIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('1985-04-12')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
  });

  it('rejects other spellings of a day', () => {
    expect(isIsoDate('12.04.1985')).toBe(false);
    expect(isIsoDate('1985-4-12')).toBe(false);
    expect(isIsoDate('1985-04-12T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 1985-04-12')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('assertIsoDate', () => {
  it('throws a coded error naming the field, not the value', () => {
    expect(() => assertIsoDate('1985-02-30', 'birthDate')).toThrow(DomainError);
    try {
      assertIsoDate('1985-02-30', 'birthDate');
    } catch (error) {
      expect((error as DomainError).code).toBe('invalid-date');
      expect((error as DomainError).details).toEqual({ field: 'birthDate' });
    }
    expect(() => assertIsoDate('1985-02-28', 'birthDate')).not.toThrow();
  });
});

describe('compareIsoDates', () => {
  it('orders days chronologically', () => {
    expect(compareIsoDates('2025-03-17', '2025-03-18')).toBe(-1);
    expect(compareIsoDates('2025-03-17', '2025-03-17')).toBe(0);
    expect(compareIsoDates('2026-01-01', '2025-12-31')).toBe(1);
  });
});
