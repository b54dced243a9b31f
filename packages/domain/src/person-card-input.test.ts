import { describe, expect, it } from 'vitest';
import { validatePersonCardInput, type PersonCardInputValidation } from './person-card-input';

const today = '2026-11-23';

const card = (overrides: Record<string, unknown> = {}) => ({
  lastName: 'Петрова',
  firstName: 'Анна',
  middleName: 'Сергеевна',
  birthDate: '1985-04-12',
  gender: 'female',
  snils: '112-233-445 95',
  document: { type: 'RF_PASSPORT', series: '4510', number: '123456' },
  email: 'anna.petrova@example.ru',
  phone: '+7 900 000-00-01',
  ...overrides,
});

function errorsOf(result: PersonCardInputValidation) {
  if (result.ok) throw new Error(`expected field errors, got ${JSON.stringify(result.value)}`);
  return result.fieldErrors;
}

function acceptedValue(result: PersonCardInputValidation) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.fieldErrors)}`);
  return result.value;
}

const check = (overrides: Record<string, unknown>) => validatePersonCardInput(card(overrides), { today });

describe('validatePersonCardInput: valid cards', () => {
  it('accepts a full card and normalises SNILS to its digits', () => {
    expect(acceptedValue(check({}))).toEqual({
      lastName: 'Петрова',
      firstName: 'Анна',
      middleName: 'Сергеевна',
      birthDate: '1985-04-12',
      gender: 'female',
      snils: '11223344595',
      document: { type: 'RF_PASSPORT', series: '4510', number: '123456' },
      email: 'anna.petrova@example.ru',
      phone: '+7 900 000-00-01',
    });
  });

  it('turns blank and absent optional fields into null', () => {
    const value = acceptedValue(
      validatePersonCardInput(
        {
          lastName: 'Петрова',
          firstName: 'Анна',
          middleName: '  ',
          birthDate: '',
          snils: '',
          document: { type: '', series: '', number: ' ' },
          email: '',
        },
        { today },
      ),
    );
    expect(value).toEqual({
      lastName: 'Петрова',
      firstName: 'Анна',
      middleName: null,
      birthDate: null,
      gender: null,
      snils: null,
      document: null,
      email: null,
      phone: null,
    });
  });

  it('tidies whitespace in names and accepts hyphens, apostrophes and spaces between words', () => {
    const value = acceptedValue(check({ lastName: '  Соловьёва-Ким ', firstName: 'Анна  Мария', middleName: "Д'Артаньян" }));
    expect(value).toMatchObject({ lastName: 'Соловьёва-Ким', firstName: 'Анна Мария', middleName: "Д'Артаньян" });
  });

  it('accepts a birth certificate without series and the boundary dates', () => {
    expect(acceptedValue(check({ document: { type: 'RF_BRTH_CERT', number: 'V-МЮ 634521' } })).document).toEqual({
      type: 'RF_BRTH_CERT',
      series: null,
      number: 'V-МЮ 634521',
    });
    expect(acceptedValue(check({ birthDate: '1900-01-01' })).birthDate).toBe('1900-01-01');
    expect(acceptedValue(check({ birthDate: today })).birthDate).toBe(today);
  });

  it('accepts phones of 10 to 15 digits written with +, spaces and dashes', () => {
    expect(acceptedValue(check({ phone: '9000000001' })).phone).toBe('9000000001');
    expect(acceptedValue(check({ phone: '+7-900-000-00-01' })).phone).toBe('+7-900-000-00-01');
    expect(acceptedValue(check({ phone: '+123 456 789 012 345' })).phone).toBe('+123 456 789 012 345');
  });
});

describe('validatePersonCardInput: field errors', () => {
  it('requires last and first name', () => {
    expect(errorsOf(check({ lastName: '   ', firstName: undefined }))).toEqual([
      { field: 'lastName', code: 'validation.required' },
      { field: 'firstName', code: 'validation.required' },
    ]);
  });

  it('refuses digits and signs in names, and names longer than 100 characters', () => {
    expect(errorsOf(check({ lastName: 'Петрова2', middleName: 'Сергеевна!' }))).toEqual([
      { field: 'lastName', code: 'validation.name' },
      { field: 'middleName', code: 'validation.name' },
    ]);
    expect(errorsOf(check({ firstName: '-Анна' }))).toEqual([{ field: 'firstName', code: 'validation.name' }]);
    expect(errorsOf(check({ lastName: 'А'.repeat(101) }))).toEqual([{ field: 'lastName', code: 'validation.too-long' }]);
    expect(acceptedValue(check({ lastName: 'А'.repeat(100) })).lastName).toHaveLength(100);
  });

  it('refuses an invalid SNILS with its own code', () => {
    expect(errorsOf(check({ snils: '112-233-445 96' }))).toEqual([{ field: 'snils', code: 'validation.snils' }]);
    expect(errorsOf(check({ snils: '12345' }))).toEqual([{ field: 'snils', code: 'validation.snils' }]);
  });

  it('refuses malformed, future and too early birth dates', () => {
    expect(errorsOf(check({ birthDate: '12.04.1985' }))).toEqual([{ field: 'birthDate', code: 'validation.date' }]);
    expect(errorsOf(check({ birthDate: '1985-02-30' }))).toEqual([{ field: 'birthDate', code: 'validation.date' }]);
    expect(errorsOf(check({ birthDate: '2026-11-24' }))).toEqual([{ field: 'birthDate', code: 'validation.date-range' }]);
    expect(errorsOf(check({ birthDate: '1899-12-31' }))).toEqual([{ field: 'birthDate', code: 'validation.date-range' }]);
  });

  it('refuses an unknown gender', () => {
    expect(errorsOf(check({ gender: 'other' }))).toEqual([{ field: 'gender', code: 'validation.invalid' }]);
  });

  it('requires the number once a document type is given, and the type once a number is', () => {
    expect(errorsOf(check({ document: { type: 'RF_PASSPORT', series: '4510', number: '' } }))).toEqual([
      { field: 'document.number', code: 'validation.required' },
    ]);
    expect(errorsOf(check({ document: { type: '', series: '', number: '123456' } }))).toEqual([
      { field: 'document.type', code: 'validation.required' },
    ]);
    expect(errorsOf(check({ document: { type: 'DRIVER_LICENSE', number: '123456' } }))).toEqual([
      { field: 'document.type', code: 'validation.invalid' },
    ]);
  });

  it('refuses document numbers without a digit or with stray signs', () => {
    expect(errorsOf(check({ document: { type: 'RF_PASSPORT', number: 'нет' } }))).toEqual([
      { field: 'document.number', code: 'validation.document' },
    ]);
    expect(errorsOf(check({ document: { type: 'RF_PASSPORT', series: '45/10', number: '123456' } }))).toEqual([
      { field: 'document.series', code: 'validation.document' },
    ]);
  });

  it('refuses malformed email addresses and phones', () => {
    expect(errorsOf(check({ email: 'anna@' }))).toEqual([{ field: 'email', code: 'validation.email' }]);
    expect(errorsOf(check({ phone: '12345' }))).toEqual([{ field: 'phone', code: 'validation.phone' }]);
    expect(errorsOf(check({ phone: '+7 (900) 000-00-01' }))).toEqual([{ field: 'phone', code: 'validation.phone' }]);
    expect(errorsOf(check({ phone: '1234567890123456' }))).toEqual([{ field: 'phone', code: 'validation.phone' }]);
    expect(errorsOf(check({ phone: '7900000000+1' }))).toEqual([{ field: 'phone', code: 'validation.phone' }]);
  });

  it('reports one error per field, in form order, and treats a non-object as an empty form', () => {
    expect(errorsOf(check({ phone: 'x', lastName: '', snils: '1', email: 'no' })).map((error) => error.field)).toEqual([
      'lastName',
      'snils',
      'email',
      'phone',
    ]);
    expect(errorsOf(validatePersonCardInput('Петрова', { today }))).toEqual([
      { field: 'lastName', code: 'validation.required' },
      { field: 'firstName', code: 'validation.required' },
    ]);
  });
});

describe('validatePersonCardInput: control characters', () => {
  it.each([
    ['lastName', { lastName: 'Петрова\u0000' }],
    ['firstName', { firstName: '\u001bАнна' }],
    ['middleName', { middleName: 'Серге\u0000евна' }],
    ['birthDate', { birthDate: '1985-04-12\u0000' }],
    ['snils', { snils: '112-233-445 95\u0000' }],
    ['document.series', { document: { type: 'RF_PASSPORT', series: '45\u000010', number: '123456' } }],
    ['document.number', { document: { type: 'RF_PASSPORT', series: '4510', number: '123456\u0000' } }],
    ['email', { email: 'anna\u0000@example.ru' }],
    ['phone', { phone: '+7 900 000-00-01\u0000' }],
  ])('refuses one in %s', (field, overrides) => {
    expect(errorsOf(check(overrides))).toEqual([{ field, code: 'validation.control-characters' }]);
  });

  it('still tidies whitespace (tabs, a trailing newline) that a name or address may carry', () => {
    expect(acceptedValue(check({ firstName: 'Анна\tМария', email: 'anna.petrova@example.ru\n' }))).toMatchObject({
      firstName: 'Анна Мария',
      email: 'anna.petrova@example.ru',
    });
  });
});
