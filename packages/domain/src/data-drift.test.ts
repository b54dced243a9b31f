import { describe, expect, it } from 'vitest';
import { cards, citizens } from '../test/demo-people';
import { detectDrift, driftFields, type DriftCard } from './data-drift';
import type { EsiaPerson } from './esia-person';

describe('detectDrift', () => {
  it('the demo people agree with their cards (passport and SNILS written differently, ё/е, spaced dash)', () => {
    for (const key of Object.keys(cards) as Array<keyof typeof cards>) {
      expect(detectDrift(citizens[key], cards[key]), key).toEqual(
        // Васильев's card has neither SNILS nor passport: ESIA can complete it.
        key === 'vasiliev'
          ? [
              { field: 'snils', cardValue: null, esiaValue: '369-147-258 14' },
              { field: 'document', cardValue: null, esiaValue: '4508 246810' },
            ]
          : [],
      );
    }
  });

  it('a new surname after marriage', () => {
    const married: EsiaPerson = { ...citizens.petrova, lastName: 'Иванова' };
    expect(detectDrift(married, cards.petrova)).toEqual([{ field: 'lastName', cardValue: 'Петрова', esiaValue: 'Иванова' }]);
  });

  it('a new passport at 14: birth certificate on the card, passport in ESIA', () => {
    const card: DriftCard = {
      ...cards.petrovMikhail,
      document: { type: 'RF_BRTH_CERT', series: 'IV-МЮ', number: '512345' },
    };
    expect(detectDrift(citizens.petrovMikhail, card)).toEqual([{ field: 'document', cardValue: 'IV-МЮ 512345', esiaValue: '4526 100200' }]);
  });

  it('a replaced passport (same type, another number) is drift, reported as ESIA writes it', () => {
    const card: DriftCard = { ...cards.petrova, document: { type: 'RF_PASSPORT', number: '4505 000111' } };
    expect(detectDrift(citizens.petrova, card)).toEqual([{ field: 'document', cardValue: '4505 000111', esiaValue: '4510 123456' }]);
  });

  it("compares with the ESIA document of the card's type when ESIA has several", () => {
    const person: EsiaPerson = {
      ...citizens.petrovMikhail,
      documents: [
        { type: 'RF_PASSPORT', series: '4526', number: '100200' },
        { type: 'RF_BRTH_CERT', series: 'IV-МЮ', number: '512345' },
      ],
    };
    const withCertificate: DriftCard = {
      ...cards.petrovMikhail,
      document: { type: 'RF_BRTH_CERT', series: 'iv-мю', number: '512 345' },
    };
    expect(detectDrift(person, withCertificate)).toEqual([]);
    // A wrong certificate number is compared with ESIA's certificate, not its passport.
    expect(detectDrift(person, { ...withCertificate, document: { type: 'RF_BRTH_CERT', series: 'IV-МЮ', number: '512354' } })).toEqual([
      { field: 'document', cardValue: 'IV-МЮ 512354', esiaValue: 'IV-МЮ 512345' },
    ]);
    // A card without a document is completed with the passport, ESIA's main document.
    expect(detectDrift({ ...person, documents: [...person.documents].reverse() }, { ...cards.petrovMikhail, document: null })).toEqual([
      { field: 'document', cardValue: null, esiaValue: '4526 100200' },
    ]);
  });

  it('the same data spelled differently is no drift (ё, case, spaces in the number)', () => {
    const person: EsiaPerson = {
      ...citizens.fedorova,
      middleName: 'Олеговна ',
      snils: '13579246894',
      documents: [{ type: 'RF_PASSPORT', series: '45 13', number: '333 444' }],
    };
    const card: DriftCard = {
      lastName: 'ФЕДОРОВА',
      firstName: '  мария',
      middleName: 'Олеговна',
      birthDate: ' 1992-03-03 ',
      snils: '135 792 468 94',
      document: { type: 'RF_PASSPORT', number: '4513333444' },
    };
    expect(detectDrift(person, card)).toEqual([]);
  });

  it('ESIA without SNILS (or with an unusable one) is no SNILS drift', () => {
    expect(detectDrift({ ...citizens.petrova, snils: null }, cards.petrova)).toEqual([]);
    expect(detectDrift({ ...citizens.petrova, snils: '112-233' }, cards.petrova)).toEqual([]);
  });

  it('a card without SNILS, ESIA has one: drift, the card can be completed', () => {
    expect(detectDrift(citizens.petrova, { ...cards.petrova, snils: null })).toEqual([
      { field: 'snils', cardValue: null, esiaValue: '112-233-445 95' },
    ]);
  });

  it('a different or malformed SNILS on the card is drift, shown formatted or as written', () => {
    expect(detectDrift(citizens.petrova, { ...cards.petrova, snils: '11223344596' })).toEqual([
      { field: 'snils', cardValue: '112-233-445 96', esiaValue: '112-233-445 95' },
    ]);
    expect(detectDrift(citizens.petrova, { ...cards.petrova, snils: '112 233  445' })).toEqual([
      { field: 'snils', cardValue: '112 233 445', esiaValue: '112-233-445 95' },
    ]);
  });

  it('nothing ESIA does not give is drift: no middle name, birth date or documents in ESIA', () => {
    const silent: EsiaPerson = { ...citizens.petrova, middleName: null, birthDate: null, documents: [] };
    expect(detectDrift(silent, cards.petrova)).toEqual([]);
    const blank: EsiaPerson = { ...citizens.petrova, middleName: '  ', documents: [{ type: 'RF_PASSPORT', number: '—' }] };
    expect(detectDrift(blank, cards.petrova)).toEqual([]);
  });

  it('a card lacking a middle name or birth date is drift', () => {
    expect(detectDrift(citizens.petrova, { ...cards.petrova, middleName: null, birthDate: '' })).toEqual([
      { field: 'middleName', cardValue: null, esiaValue: 'Сергеевна' },
      { field: 'birthDate', cardValue: null, esiaValue: '1985-04-12' },
    ]);
  });

  it('reports every change in field order, each side as written', () => {
    const person: EsiaPerson = {
      ...citizens.petrova,
      lastName: 'Иванова',
      firstName: 'Анна',
      middleName: 'Сергеевна',
      birthDate: '1985-04-21',
      snils: '112-233-445 95',
      documents: [{ type: 'RF_PASSPORT', series: '4520', number: '999888' }],
    };
    const card: DriftCard = {
      lastName: 'Петрова',
      firstName: 'Ханна',
      middleName: 'Сергеевна',
      birthDate: '1985-04-12',
      snils: null,
      document: { type: 'RF_PASSPORT', series: '4510', number: '123456' },
    };
    const changes = detectDrift(person, card);
    expect(changes.map((change) => change.field)).toEqual(['lastName', 'firstName', 'birthDate', 'snils', 'document']);
    expect(changes.map((change) => change.field)).toEqual(driftFields.filter((field) => field !== 'middleName'));
    expect(changes[1]).toEqual({ field: 'firstName', cardValue: 'Ханна', esiaValue: 'Анна' });
    expect(changes[2]).toEqual({ field: 'birthDate', cardValue: '1985-04-12', esiaValue: '1985-04-21' });
    expect(changes[4]).toEqual({ field: 'document', cardValue: '4510 123456', esiaValue: '4520 999888' });
  });
});
