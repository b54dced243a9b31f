import { describe, expect, it } from 'vitest';
import { formatFullName, fullNameKey, latinNameParts, normalizeNamePart } from './person-name';

describe('normalizeNamePart', () => {
  it('ignores case and ё/е', () => {
    expect(normalizeNamePart('ФЁДОРОВА')).toBe('федорова');
    expect(normalizeNamePart('Фёдорова')).toBe(normalizeNamePart('федорова'));
    expect(normalizeNamePart('Алёна')).toBe('алена');
    expect(normalizeNamePart('Пётр')).toBe(normalizeNamePart('ПЕТР'));
  });

  it('treats a decomposed ё (е + combining diaeresis) like ё', () => {
    expect(normalizeNamePart('Але\u0308на')).toBe('алена');
    expect(normalizeNamePart('Андреи\u0306')).toBe(normalizeNamePart('Андрей'));
    expect(normalizeNamePart('Андреи\u0306')).not.toBe(normalizeNamePart('Андреи'));
  });

  it('trims and collapses inner whitespace, including non-breaking spaces and tabs', () => {
    expect(normalizeNamePart('  Петрова  ')).toBe('петрова');
    expect(normalizeNamePart('Мария   Луиза')).toBe('мария луиза');
    expect(normalizeNamePart('Мария\u00A0\tЛуиза')).toBe('мария луиза');
  });

  it('joins a hyphenated surname whether or not there are spaces around the hyphen', () => {
    expect(normalizeNamePart('Соловьёва - Ким')).toBe('соловьева-ким');
    expect(normalizeNamePart('Соловьёва -Ким')).toBe('соловьева-ким');
    expect(normalizeNamePart('Соловьёва- Ким')).toBe('соловьева-ким');
    expect(normalizeNamePart('Соловьёва-Ким')).toBe('соловьева-ким');
    expect(normalizeNamePart('Соловьева-Ким')).toBe('соловьева-ким');
  });

  it.each([
    ['hyphen', '\u2010'],
    ['non-breaking hyphen', '\u2011'],
    ['figure dash', '\u2012'],
    ['en dash', '\u2013'],
    ['em dash', '\u2014'],
    ['horizontal bar', '\u2015'],
    ['minus sign', '\u2212'],
    ['ASCII hyphen-minus', '-'],
  ])('turns a %s into a hyphen', (_label, dash) => {
    expect(normalizeNamePart(`Соловьёва${dash}Ким`)).toBe('соловьева-ким');
    expect(normalizeNamePart(`Соловьёва ${dash} Ким`)).toBe('соловьева-ким');
  });

  it('strips leading and trailing hyphens and doubled hyphens', () => {
    expect(normalizeNamePart('-Ким-')).toBe('ким');
    expect(normalizeNamePart(' — Ким ')).toBe('ким');
    expect(normalizeNamePart('Соловьёва--Ким')).toBe('соловьева-ким');
  });

  it('drops invisible characters and unifies apostrophes', () => {
    expect(normalizeNamePart('Пет\u200Bрова\uFEFF')).toBe('петрова');
    expect(normalizeNamePart('Пет\u00ADрова')).toBe('петрова');
    expect(normalizeNamePart('О’Коннор')).toBe(normalizeNamePart("О'Коннор"));
  });

  it('still tells different names apart', () => {
    expect(normalizeNamePart('Петрова')).not.toBe(normalizeNamePart('Петрава'));
    expect(normalizeNamePart('Соловьёва-Ким')).not.toBe(normalizeNamePart('Соловьёва Ким'));
    expect(normalizeNamePart('Соловьёва-Ким')).not.toBe(normalizeNamePart('СоловьёваКим'));
  });

  it('returns an empty string for blank input', () => {
    expect(normalizeNamePart('')).toBe('');
    expect(normalizeNamePart('   ')).toBe('');
    expect(normalizeNamePart(' - ')).toBe('');
  });
});

describe('fullNameKey', () => {
  it('is last|first|middle in normalised form', () => {
    expect(fullNameKey({ lastName: 'Соловьёва - Ким', firstName: 'АЛЁНА', middleName: ' Игоревна ' })).toBe('соловьева-ким|алена|игоревна');
  });

  it('gives the same key to the ESIA and the card spelling of the same person', () => {
    expect(fullNameKey({ lastName: 'Соловьёва-Ким', firstName: 'Алёна', middleName: 'Игоревна' })).toBe(
      fullNameKey({ lastName: 'Соловьева-Ким', firstName: 'Алена', middleName: 'Игоревна' }),
    );
  });

  it('uses an empty middle part when there is no middle name', () => {
    expect(fullNameKey({ lastName: 'Ким', firstName: 'Артём' })).toBe('ким|артем|');
    expect(fullNameKey({ lastName: 'Ким', firstName: 'Артём', middleName: null })).toBe('ким|артем|');
    expect(fullNameKey({ lastName: 'Ким', firstName: 'Артём', middleName: '  ' })).toBe('ким|артем|');
  });

  it('distinguishes a missing middle name and swapped parts', () => {
    const full = fullNameKey({ lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна' });
    expect(fullNameKey({ lastName: 'Петрова', firstName: 'Анна' })).not.toBe(full);
    expect(fullNameKey({ lastName: 'Петрова', firstName: 'Сергеевна', middleName: 'Анна' })).not.toBe(full);
  });

  it('cannot be forged by a separator inside a part', () => {
    expect(fullNameKey({ lastName: 'А|Б', firstName: 'В' })).not.toBe(fullNameKey({ lastName: 'А', firstName: 'Б|В' }));
    expect(fullNameKey({ lastName: 'А|Б', firstName: 'В' }).split('|')).toHaveLength(3);
  });
});

describe('formatFullName', () => {
  it('shows "Фамилия Имя Отчество" with the original letters', () => {
    expect(formatFullName({ lastName: 'Соловьёва-Ким', firstName: 'Алёна', middleName: 'Игоревна' })).toBe('Соловьёва-Ким Алёна Игоревна');
  });

  it('tidies whitespace and leaves out a missing middle name', () => {
    expect(formatFullName({ lastName: '  Ким ', firstName: 'Артём  ', middleName: null })).toBe('Ким Артём');
    expect(formatFullName({ lastName: 'Ким', firstName: 'Артём', middleName: '   ' })).toBe('Ким Артём');
    expect(formatFullName({ lastName: 'Ким', firstName: 'Мария   Луиза' })).toBe('Ким Мария Луиза');
  });
});

describe('latinNameParts', () => {
  it('finds the parts typed with a Latin letter, even one among Cyrillic ones', () => {
    expect(latinNameParts({ lastName: 'Иванов', firstName: 'Petr', middleName: 'Сергеевич' })).toEqual(['firstName']);
    expect(latinNameParts({ lastName: 'Ивaнов', firstName: 'Пётр', middleName: null })).toEqual(['lastName']);
    expect(latinNameParts({ lastName: 'Соловьёва-Ким', firstName: 'Алёна', middleName: '' })).toEqual([]);
  });
});
