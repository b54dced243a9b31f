import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error';
import { formatSnils, isValidSnils, normalizeSnils, snilsChecksum } from './snils';

// Every SNILS of docs/demo-data.md.
const demoSnils = [
  '112-233-445 95',
  '345-678-901 23',
  '678-901-234 38',
  '890-123-456 99',
  '135-792-468 94',
  '246-813-579 94',
  '147-258-369 88',
  '369-147-258 14',
  '123-456-789 64',
  '234-567-890 99',
  '456-789-012 38',
  '567-890-123 43',
  '789-012-345 23',
  '901-234-567 64',
  '258-369-147 14',
  '159-357-486 15',
];

describe('normalizeSnils', () => {
  it('keeps the digits of any usual spelling', () => {
    expect(normalizeSnils('112-233-445 95')).toBe('11223344595');
    expect(normalizeSnils('11223344595')).toBe('11223344595');
    expect(normalizeSnils(' 112 233 445 95 ')).toBe('11223344595');
    expect(normalizeSnils('112-233-445-95')).toBe('11223344595');
  });

  it('returns null unless there are exactly 11 digits', () => {
    expect(normalizeSnils(null)).toBeNull();
    expect(normalizeSnils(undefined)).toBeNull();
    expect(normalizeSnils('')).toBeNull();
    expect(normalizeSnils('112-233-445 9')).toBeNull();
    expect(normalizeSnils('112-233-445 955')).toBeNull();
  });
});

describe('isValidSnils', () => {
  it.each(demoSnils)('accepts the demo SNILS %s', (snils) => {
    expect(isValidSnils(snils)).toBe(true);
    expect(isValidSnils(snils.replace(/\D/g, ''))).toBe(true);
  });

  it('rejects a one-digit typo in the number or in the control digits', () => {
    expect(isValidSnils('112-233-445 95')).toBe(true);
    expect(isValidSnils('112-233-446 95')).toBe(false);
    expect(isValidSnils('212-233-445 95')).toBe(false);
    expect(isValidSnils('112-233-445 96')).toBe(false);
  });

  it('rejects two swapped neighbouring digits', () => {
    expect(isValidSnils('121-233-445 95')).toBe(false);
  });

  it('rejects anything but 11 digits', () => {
    expect(isValidSnils('112-233-445')).toBe(false);
    expect(isValidSnils('')).toBe(false);
    expect(isValidSnils('112-233-445 950')).toBe(false);
  });

  // First nine digits chosen so the weighted sum hits each branch of the rule.
  it('uses the sum itself below 100', () => {
    expect(snilsChecksum('001326678')).toBe(99);
    expect(isValidSnils('001-326-678 99')).toBe(true);
  });

  it('uses 00 when the sum is exactly 100', () => {
    expect(snilsChecksum('001508815')).toBe(0);
    expect(isValidSnils('001-508-815 00')).toBe(true);
    expect(isValidSnils('001-508-815 10')).toBe(false);
  });

  it('uses 00 when the sum is exactly 101', () => {
    expect(snilsChecksum('001437544')).toBe(0);
    expect(isValidSnils('001-437-544 00')).toBe(true);
    expect(isValidSnils('001-437-544 01')).toBe(false);
  });

  it('takes the sum modulo 101 above 101', () => {
    expect(snilsChecksum('001318759')).toBe(1); // 102
    expect(isValidSnils('001-318-759 01')).toBe(true);
    expect(isValidSnils('001-318-759 02')).toBe(false);
  });

  it('turns a remainder of 100 into 00', () => {
    expect(snilsChecksum('006996682')).toBe(0); // 201 mod 101 = 100
    expect(isValidSnils('006-996-682 00')).toBe(true);
    expect(snilsChecksum('006877897')).toBe(0); // 202 mod 101 = 0
    expect(isValidSnils('006-877-897 00')).toBe(true);
  });

  it('does not checksum numbers up to 001-001-998', () => {
    expect(snilsChecksum('001001998')).toBe(64);
    expect(isValidSnils('001-001-998 12')).toBe(true);
    expect(isValidSnils('000-000-001 00')).toBe(true);
    expect(isValidSnils('001-001-999 12')).toBe(false);
    expect(isValidSnils('001-001-999 65')).toBe(true);
  });
});

describe('formatSnils', () => {
  it('prints XXX-XXX-XXX YY', () => {
    expect(formatSnils('11223344595')).toBe('112-233-445 95');
    expect(formatSnils(' 112 233 445 95')).toBe('112-233-445 95');
    expect(formatSnils('001-508-815 00')).toBe('001-508-815 00');
  });

  it('refuses something that is not 11 digits', () => {
    expect(() => formatSnils('1122334459')).toThrow(DomainError);
    expect(() => formatSnils('1122334459')).toThrow(expect.objectContaining({ code: 'invalid-snils' }));
  });
});
