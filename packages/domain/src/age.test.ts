import { describe, expect, it } from 'vitest';
import { citizens } from '../test/demo-people';
import { ageOn, ageOnIfKnown } from './age';

describe('ageOn', () => {
  it.each([
    [13, '2012-09-01', '2025-09-01'],
    [14, '2012-09-01', '2026-09-01'],
    [17, '2012-09-01', '2029-09-01'],
    [18, '2012-09-01', '2030-09-01'],
  ])('turns %i on the birthday itself, not the day before', (age, birthDate, birthday) => {
    expect(ageOn(birthDate, birthday)).toBe(age);
    const dayBefore = new Date(`${birthday}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    expect(ageOn(birthDate, dayBefore.toISOString().slice(0, 10))).toBe(age - 1);
  });

  it('a birthday on 1 January: the day before is in the previous year', () => {
    expect(ageOn('2011-01-01', '2025-01-01')).toBe(14);
    expect(ageOn('2011-01-01', '2024-12-31')).toBe(13);
  });

  it('Михаил Петров (born 2012-09-01) is 13 on 2026-08-31 and 14 on 2026-09-01', () => {
    const born = citizens.petrovMikhail.birthDate ?? '';
    expect(ageOn(born, '2026-08-31')).toBe(13);
    expect(ageOn(born, '2026-09-01')).toBe(14);
  });

  it('29 February: a year older on 1 March in a non-leap year', () => {
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(13);
    expect(ageOn('2012-02-29', '2026-03-01')).toBe(14);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('29 February: on the day itself in a leap year', () => {
    expect(ageOn('2012-02-29', '2028-02-28')).toBe(15);
    expect(ageOn('2012-02-29', '2028-02-29')).toBe(16);
  });

  it('is 0 on the day of birth and until the first birthday', () => {
    expect(ageOn('2021-06-05', '2021-06-05')).toBe(0);
    expect(ageOn('2021-06-05', '2022-06-04')).toBe(0);
    expect(ageOn('2021-06-05', '2022-06-05')).toBe(1);
  });

  it('refuses invalid dates and a day before birth', () => {
    expect(() => ageOn('2012-02-30', '2026-01-01')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
    expect(() => ageOn('01.09.2012', '2026-01-01')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
    expect(() => ageOn('2012-09-01', '2026-1-1')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
    expect(() => ageOn('2012-09-01', '2012-08-31')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
  });
});

describe('ageOnIfKnown', () => {
  it('gives the age for a usable birth date', () => {
    expect(ageOnIfKnown('2012-09-01', '2026-08-31')).toBe(13);
    expect(ageOnIfKnown(' 2012-09-01 ', '2026-09-01')).toBe(14);
  });

  it('is null for a blank, malformed or future birth date', () => {
    expect(ageOnIfKnown(null, '2026-01-01')).toBeNull();
    expect(ageOnIfKnown(undefined, '2026-01-01')).toBeNull();
    expect(ageOnIfKnown('', '2026-01-01')).toBeNull();
    expect(ageOnIfKnown('01.09.2012', '2026-01-01')).toBeNull();
    expect(ageOnIfKnown('2012-02-30', '2026-01-01')).toBeNull();
    expect(ageOnIfKnown('2026-01-02', '2026-01-01')).toBeNull();
  });

  it('still refuses an invalid day: that is a bug of the caller', () => {
    expect(() => ageOnIfKnown('2012-09-01', '2026-1-1')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
  });
});
