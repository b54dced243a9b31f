import { describe, expect, it } from 'vitest';
import { EsiaPersonDataError, esiaPersonFrom, kidIdsIn, type EsiaPersonAnswers } from './esia-person';

const collection = (elements: unknown[]) => ({ stateFacts: ['hasSize'], elements, size: elements.length });

const answers: EsiaPersonAnswers = {
  oid: '1000003',
  person: {
    firstName: ' Игорь ',
    lastName: 'Кузнецов',
    middleName: '',
    birthDate: '01.02.1980',
    gender: 'M',
    snils: '123-456-789 64',
    trusted: false,
  },
  documents: collection([
    { type: 'FRGN_PASS', series: '75', number: '1234567', vrfStu: 'VERIFIED' },
    { type: 'RF_PASSPORT', series: '4501', number: '654321', issueDate: '15.02.2000', issuedBy: 'ОВД', vrfStu: 'VERIFIED' },
    { type: 'RF_DRIVING_LICENSE', series: '7700', number: '1' },
    { type: 'MLTR_ID', number: '' },
  ]),
  contacts: collection([
    { type: 'EML', value: 'old@example.ru', vrfStu: 'NOT_VERIFIED' },
    { type: 'EML', value: 'kuznetsov@example.ru', vrfStu: 'VERIFIED' },
    { type: 'MBT', value: '+7(900)0000003', vrfStu: 'NOT_VERIFIED' },
  ]),
  kids: collection([{ id: 3000001, firstName: 'Олег', lastName: 'Кузнецов', birthDate: '29.02.2016', gender: 'M' }]),
  kidDocuments: new Map([['3000001', collection([{ type: 'RF_BRTH_CERT', series: 'II-МЮ', number: '000001', issueDate: '10.03.2016' }])]]),
};

describe('ESIA person data → EsiaPerson', () => {
  it('maps every field: names trimmed, dates to YYYY-MM-DD, M/F, identity documents, verified contacts first, kids', () => {
    expect(esiaPersonFrom(answers)).toEqual({
      subject: '1000003',
      trusted: false,
      lastName: 'Кузнецов',
      firstName: 'Игорь',
      middleName: null,
      birthDate: '1980-02-01',
      gender: 'male',
      snils: '123-456-789 64',
      documents: [
        { type: 'FRGN_PASS', series: '75', number: '1234567' },
        { type: 'RF_PASSPORT', series: '4501', number: '654321' },
      ],
      email: 'kuznetsov@example.ru',
      mobile: '+7(900)0000003',
      children: [
        {
          id: '3000001',
          lastName: 'Кузнецов',
          firstName: 'Олег',
          middleName: null,
          birthDate: '2016-02-29',
          gender: 'male',
          snils: null,
          birthCertificate: { series: 'II-МЮ', number: '000001' },
        },
      ],
    });
  });

  it('takes trusted=true as a confirmed account and a missing one as unconfirmed', () => {
    expect(esiaPersonFrom({ ...answers, person: { ...(answers.person as object), trusted: true } }).trusted).toBe(true);
    const { trusted: _dropped, ...withoutTrusted } = answers.person as Record<string, unknown>;
    expect(esiaPersonFrom({ ...answers, person: withoutTrusted }).trusted).toBe(false);
  });

  it('leaves out what was not asked for (a scope not granted)', () => {
    const person = esiaPersonFrom({ ...answers, documents: null, contacts: null, kids: null, kidDocuments: new Map() });
    expect(person).toMatchObject({ documents: [], email: null, mobile: null, children: [] });
  });

  it('reads an empty collection without elements', () => {
    expect(esiaPersonFrom({ ...answers, kids: { size: 0 }, documents: { size: 0 } })).toMatchObject({ documents: [], children: [] });
  });

  it('lists the kids whose documents to read', () => {
    expect(kidIdsIn(answers.kids)).toEqual(['3000001']);
  });

  it.each([
    ['a date that is not dd.MM.yyyy', { birthDate: '1980-02-01' }, 'person.birthDate'],
    ['a day that does not exist', { birthDate: '31.02.1980' }, 'person.birthDate'],
    ['a gender other than M or F', { gender: 'male' }, 'person.gender'],
    ['no last name', { lastName: ' ' }, 'person.lastName'],
  ])('refuses %s, naming the field but not the data', (_name, change, field) => {
    const attempt = () => esiaPersonFrom({ ...answers, person: { ...(answers.person as object), ...change } });
    expect(attempt).toThrow(EsiaPersonDataError);
    expect(attempt).toThrow(field);
    expect(attempt).not.toThrow(/Кузнецов|1980/);
  });

  it('refuses a kid without a name', () => {
    expect(() => esiaPersonFrom({ ...answers, kids: collection([{ id: '1', lastName: 'Кузнецов' }]) })).toThrow(
      'kids.elements.0.firstName',
    );
  });
});
