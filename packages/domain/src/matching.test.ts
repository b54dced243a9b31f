import { describe, expect, it } from 'vitest';
import { cards, childCards, citizens, kids } from '../test/demo-people';
import type { EsiaPerson } from './esia-person';
import { canMatchAutomatically, matchChildCard, matchLookupKeys, matchPersonCard, type PersonCardKeys } from './matching';
import { fullNameKey } from './person-name';

const anna = citizens.petrova;
const annaCard = cards.petrova;

describe('matchPersonCard: the demo people against their cards', () => {
  it('Петрова: passport written 4510123456 on the card, 4510 123456 in ESIA', () => {
    expect(matchPersonCard(citizens.petrova, cards.petrova)).toEqual({ matches: true, by: ['document', 'snils'] });
  });

  it('Кузнецова, Смирнов, Орлова: same data on both sides', () => {
    expect(matchPersonCard(citizens.kuznetsova, cards.kuznetsova)).toEqual({ matches: true, by: ['document', 'snils'] });
    expect(matchPersonCard(citizens.smirnov, cards.smirnov)).toEqual({ matches: true, by: ['document', 'snils'] });
    expect(matchPersonCard(citizens.orlova, cards.orlova)).toEqual({ matches: true, by: ['document', 'snils'] });
  });

  it('Соловьёва-Ким matches «Соловьева-Ким Алена», passport «4514 987 654»', () => {
    expect(matchPersonCard(citizens.solovyovaKim, cards.solovyovaKim)).toEqual({ matches: true, by: ['document', 'snils'] });
    expect(matchPersonCard(citizens.solovyovaKim, { ...cards.solovyovaKim, snils: null })).toEqual({
      matches: true,
      by: ['document'],
    });
    expect(matchPersonCard(citizens.solovyovaKim, { ...cards.solovyovaKim, lastName: 'Соловьева – Ким', snils: null })).toEqual({
      matches: true,
      by: ['document'],
    });
  });

  it('Петров Михаил (his own ESIA account) matches his student card by passport', () => {
    expect(matchPersonCard(citizens.petrovMikhail, cards.petrovMikhail)).toEqual({ matches: true, by: ['document', 'snils'] });
  });

  it('Фёдорова: the data match, but her standard account may not be matched automatically', () => {
    expect(matchPersonCard(citizens.fedorova, cards.fedorova).matches).toBe(true);
    expect(canMatchAutomatically(citizens.fedorova)).toBe(false);
  });

  it('Васильев: his card has neither passport nor SNILS, so nothing proves it is him', () => {
    expect(matchPersonCard(citizens.vasiliev, cards.vasiliev)).toEqual({ matches: false, reason: 'no-common-key' });
  });

  it('Николаев has no card: no demo card matches him', () => {
    for (const card of [...Object.values(cards), ...Object.values(childCards)]) {
      expect(matchPersonCard(citizens.nikolaev, card).matches).toBe(false);
    }
  });

  it("nobody matches another person's card", () => {
    const people = Object.entries(citizens);
    for (const [who, person] of people) {
      for (const [whose, card] of Object.entries(cards)) {
        if (who !== whose) expect(matchPersonCard(person, card)).toEqual({ matches: false, reason: 'name-differs' });
      }
    }
  });
});

describe("matchChildCard: children in the parents' ESIA profiles", () => {
  it.each(['sofia', 'ivan', 'alyonaK', 'darya', 'artyom', 'kseniya'] as const)(
    '%s matches the student card by birth certificate and SNILS',
    (name) => {
      expect(matchChildCard(kids[name], childCards[name])).toEqual({ matches: true, by: ['document', 'snils'] });
    },
  );

  it('Михаил: the card holds his passport, ESIA lists his birth certificate; SNILS carries the match', () => {
    expect(matchChildCard(kids.mikhail, childCards.mikhail)).toEqual({ matches: true, by: ['snils'] });
  });

  it('a child with another birth certificate of the same kind does not match', () => {
    expect(matchChildCard({ ...kids.sofia, birthCertificate: { series: 'V-МЮ', number: '634522' } }, childCards.sofia)).toEqual({
      matches: false,
      reason: 'document-differs',
    });
  });

  it('a child without SNILS or certificate cannot be matched', () => {
    expect(matchChildCard({ ...kids.ivan, snils: null, birthCertificate: null }, childCards.ivan)).toEqual({
      matches: false,
      reason: 'no-common-key',
    });
  });

  it('Вера Николаева has no card', () => {
    for (const card of Object.values(childCards)) expect(matchChildCard(kids.vera, card).matches).toBe(false);
  });
});

describe('matchPersonCard: near misses that must not match', () => {
  it('one letter differs in the surname', () => {
    expect(matchPersonCard(anna, { ...annaCard, lastName: 'Петрава' })).toEqual({ matches: false, reason: 'name-differs' });
  });

  it('first name and middle name swapped', () => {
    expect(matchPersonCard(anna, { ...annaCard, firstName: 'Сергеевна', middleName: 'Анна' })).toEqual({
      matches: false,
      reason: 'name-differs',
    });
  });

  it('middle name missing on the card, or missing in ESIA', () => {
    expect(matchPersonCard(anna, { ...annaCard, middleName: null })).toEqual({ matches: false, reason: 'name-differs' });
    expect(matchPersonCard(anna, { ...annaCard, middleName: '' })).toEqual({ matches: false, reason: 'name-differs' });
    expect(matchPersonCard({ ...anna, middleName: null }, annaCard)).toEqual({ matches: false, reason: 'name-differs' });
  });

  it('no middle name on either side is fine', () => {
    expect(matchPersonCard({ ...anna, middleName: null }, { ...annaCard, middleName: undefined })).toEqual({
      matches: true,
      by: ['document', 'snils'],
    });
  });

  it('same name, another passport (even with the same SNILS)', () => {
    expect(matchPersonCard(anna, { ...annaCard, document: { type: 'RF_PASSPORT', number: '4510 123457' } })).toEqual({
      matches: false,
      reason: 'document-differs',
    });
    expect(matchPersonCard(anna, { ...annaCard, snils: null, document: { type: 'RF_PASSPORT', number: '4510 654321' } })).toEqual({
      matches: false,
      reason: 'document-differs',
    });
  });

  it('same name and passport, another SNILS', () => {
    expect(matchPersonCard(anna, { ...annaCard, snils: '345-678-901 23' })).toEqual({ matches: false, reason: 'snils-differs' });
  });

  it('same name, passport and SNILS, another birth date', () => {
    expect(matchPersonCard(anna, { ...annaCard, birthDate: '1985-04-13' })).toEqual({
      matches: false,
      reason: 'birth-date-differs',
    });
    expect(matchPersonCard(anna, { ...annaCard, birthDate: '1986-04-12' })).toEqual({
      matches: false,
      reason: 'birth-date-differs',
    });
  });

  it('a malformed SNILS or birth date on the card counts as a disagreement, not as absent', () => {
    expect(matchPersonCard(anna, { ...annaCard, snils: '112-233-445 9' })).toEqual({ matches: false, reason: 'snils-differs' });
    expect(matchPersonCard(anna, { ...annaCard, birthDate: '12.04.1985' })).toEqual({
      matches: false,
      reason: 'birth-date-differs',
    });
  });

  it('card without document and SNILS', () => {
    expect(matchPersonCard(anna, { ...annaCard, document: null, snils: null })).toEqual({ matches: false, reason: 'no-common-key' });
    expect(matchPersonCard(anna, { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна' })).toEqual({
      matches: false,
      reason: 'no-common-key',
    });
  });

  it('card whose document has no digits and no SNILS', () => {
    expect(matchPersonCard(anna, { ...annaCard, snils: '', document: { type: 'RF_PASSPORT', number: 'нет' } })).toEqual({
      matches: false,
      reason: 'no-common-key',
    });
  });

  it("a birth certificate on the card is no evidence against an adult's passport, nor for it", () => {
    const card: PersonCardKeys = { ...annaCard, snils: null, document: { type: 'RF_BRTH_CERT', series: 'I-АБ', number: '123456' } };
    expect(matchPersonCard(anna, card)).toEqual({ matches: false, reason: 'no-common-key' });
  });

  it('reports the first failing step: the name before anything else', () => {
    expect(matchPersonCard(anna, { ...annaCard, lastName: 'Петрава', snils: '345-678-901 23' })).toEqual({
      matches: false,
      reason: 'name-differs',
    });
  });
});

describe('matchPersonCard: one strong key is enough when nothing contradicts it', () => {
  it('the SNILS alone, card document of a type ESIA did not send', () => {
    expect(matchPersonCard(anna, { ...annaCard, document: { type: 'FRGN_PASS', number: '75 1234567' } })).toEqual({
      matches: true,
      by: ['snils'],
    });
  });

  it('the SNILS alone, ESIA without documents, SNILS spelled differently', () => {
    expect(matchPersonCard({ ...anna, documents: [] }, { ...annaCard, snils: '11223344595' })).toEqual({
      matches: true,
      by: ['snils'],
    });
  });

  it('the passport alone, ESIA without SNILS, card without birth date', () => {
    expect(matchPersonCard({ ...anna, snils: null }, { ...annaCard, birthDate: null })).toEqual({
      matches: true,
      by: ['document'],
    });
  });

  it('any of several ESIA documents', () => {
    const person: EsiaPerson = {
      ...anna,
      snils: null,
      documents: [...anna.documents, { type: 'FRGN_PASS', series: '75', number: '1234567' }],
    };
    expect(matchPersonCard(person, { ...annaCard, document: { type: 'FRGN_PASS', number: '751234567' } })).toEqual({
      matches: true,
      by: ['document'],
    });
  });
});

describe('matchLookupKeys', () => {
  it('gives the normalised name, document keys and SNILS to search by', () => {
    expect(matchLookupKeys(anna)).toEqual({
      nameKey: 'петрова|анна|сергеевна',
      documentKeys: ['RF_PASSPORT:4510123456'],
      snils: '11223344595',
    });
  });

  it('finds the card spelling of a name with ё and a double surname', () => {
    expect(matchLookupKeys(citizens.solovyovaKim).nameKey).toBe(fullNameKey(cards.solovyovaKim));
  });

  it('skips unusable values and duplicates', () => {
    const person: EsiaPerson = {
      ...anna,
      snils: '112-233',
      documents: [
        { type: 'RF_PASSPORT', series: '4510', number: '123456' },
        { type: 'RF_PASSPORT', number: '4510 123456' },
        { type: 'MLTR_ID', number: '—' },
      ],
    };
    expect(matchLookupKeys(person)).toEqual({ nameKey: 'петрова|анна|сергеевна', documentKeys: ['RF_PASSPORT:4510123456'], snils: null });
  });
});

describe('canMatchAutomatically', () => {
  it('allows only confirmed ESIA accounts', () => {
    expect(canMatchAutomatically(citizens.petrova)).toBe(true);
    expect(canMatchAutomatically(citizens.fedorova)).toBe(false);
    expect(canMatchAutomatically({ ...citizens.petrova, trusted: false })).toBe(false);
  });
});
