import { describe, expect, it } from 'vitest';
import { cards, citizens } from '../test/demo-people';
import { candidateReasons, rankCandidates, type CandidateCard, type CandidateSubject, type RankedCandidate } from './candidate-ranking';
import { DomainError } from './domain-error';
import type { EsiaPerson } from './esia-person';
import { matchPersonCard } from './matching';

function subjectOf(person: EsiaPerson, className: string | null = null): CandidateSubject {
  const { lastName, firstName, middleName, birthDate, gender, snils, documents } = person;
  return { lastName, firstName, middleName, birthDate, gender, snils, documents, className };
}

/** A card of the demo people, without keys unless given. */
function card(id: string, fio: string, extra: Partial<CandidateCard> = {}): CandidateCard {
  const [lastName = '', firstName = '', middleName = ''] = fio.split(' ');
  return { id, lastName, firstName, middleName, ...extra };
}

const ids = (ranked: ReadonlyArray<RankedCandidate<CandidateCard>>) => ranked.map((candidate) => candidate.card.id);
const find = (ranked: ReadonlyArray<RankedCandidate<CandidateCard>>, id: string) => {
  const found = ranked.find((candidate) => candidate.card.id === id);
  if (!found) throw new Error(`${id} not ranked`);
  return found;
};

const anna = subjectOf(citizens.petrova); // Петрова Анна Сергеевна, 1985-04-12, SNILS 112-233-445 95, passport 4510 123456
const passport = (number: string) => ({ type: 'RF_PASSPORT', number });

// Михаил as a pupil: the request names his class, his card holds the birth certificate.
const mikhail: CandidateSubject = {
  lastName: 'Петров',
  firstName: 'Михаил',
  middleName: 'Андреевич',
  birthDate: '2012-09-01',
  gender: 'male',
  snils: null,
  documents: [{ type: 'RF_BRTH_CERT', series: 'IV-МЮ', number: '512345' }],
  className: '7Б',
};

describe('rankCandidates: the cases staff meet', () => {
  it('the exact match comes first, whatever the order of the cards', () => {
    const exact = { ...cards.petrova, id: 'exact' };
    const namesake = card('namesake', 'Петрова Анна Сергеевна', { birthDate: '1990-01-01' });
    const married = card('married', 'Иванова Анна Сергеевна', { snils: '112-233-445 95', birthDate: '1985-04-12' });
    const typo = card('typo', 'Петорва Анна Сергеевна', { birthDate: '1985-04-12' });
    const all = [namesake, typo, married, exact];

    const ranked = rankCandidates(anna, all);
    expect(ids(ranked)).toEqual(['exact', 'married', 'typo', 'namesake']);
    expect(ranked.map((candidate) => candidate.tier)).toEqual(['exact', 'strong', 'near', 'weak']);
    expect(ids(rankCandidates(anna, [...all].reverse()))).toEqual(ids(ranked));

    const first = ranked[0];
    expect(first?.reasons).toEqual(['document-matches', 'snils-matches', 'full-name-matches', 'birth-date-matches']);
    expect(first?.fields).toEqual({
      lastName: 'same',
      firstName: 'same',
      middleName: 'same',
      birthDate: 'same',
      gender: 'missing',
      snils: 'same',
      document: 'same', // 4510123456 on the card, 4510 123456 in ESIA
      className: 'missing',
    });
  });

  it('exact is exactly what automatic matching accepts', () => {
    const pool = [
      { ...cards.petrova, id: 'a' },
      { ...cards.petrova, id: 'b', snils: null },
      { ...cards.petrova, id: 'c', document: null, snils: null },
      { ...cards.petrova, id: 'd', birthDate: '1985-04-21' },
      { ...cards.petrova, id: 'e', middleName: null },
      { ...cards.petrova, id: 'f', document: passport('4510 654321') },
    ];
    for (const candidate of rankCandidates(anna, pool)) {
      expect(candidate.tier === 'exact', candidate.card.id).toBe(matchPersonCard(citizens.petrova, candidate.card).matches);
    }
    expect(ids(rankCandidates(anna, pool, { minimumTier: 'exact' }))).toEqual(['a', 'b']);
  });

  it('ё/е and case: the same person as the identical spelling (exact, equal score), the fields say "written differently"', () => {
    const fedorova = subjectOf(citizens.fedorova); // Фёдорова Мария Олеговна
    const identical = { ...cards.fedorova, id: 'identical' };
    const spelled = { ...cards.fedorova, id: 'spelled', lastName: 'ФЕДОРОВА', firstName: 'мария' };
    const [a, b] = rankCandidates(fedorova, [spelled, identical]);

    expect(a?.tier).toBe('exact');
    expect(b?.tier).toBe('exact');
    expect(a?.score).toBe(b?.score);
    const ranked = find(rankCandidates(fedorova, [spelled]), 'spelled');
    expect(ranked.fields.lastName).toBe('near');
    expect(ranked.fields.firstName).toBe('near');
    expect(ranked.fields.middleName).toBe('same');
    expect(ranked.reasons).toContain('name-spelled-differently');
    expect(ranked.reasons).toContain('full-name-matches');
  });

  it('ё/е without a key but with the birth date is strong, like the identical spelling', () => {
    const fedorova = subjectOf(citizens.fedorova);
    const ranked = rankCandidates(fedorova, [card('c', 'Федорова Мария Олеговна', { birthDate: '1992-03-03' })]);
    expect(ranked[0]?.tier).toBe('strong');
  });

  it('first and middle name swapped: near, "names-swapped"', () => {
    const swapped = card('swapped', 'Петров Андреевич Михаил', { birthDate: '2012-09-01', className: '7Б' });
    const [ranked] = rankCandidates(mikhail, [swapped]);
    expect(ranked?.tier).toBe('near');
    expect(ranked?.reasons).toContain('names-swapped');
    expect(ranked?.fields).toMatchObject({ lastName: 'same', firstName: 'near', middleName: 'near', birthDate: 'same' });
  });

  it('a surname one typo away: near, "surname-typo" (Петрова / Петорва, Иванова / Иваново)', () => {
    const petorva = rankCandidates(anna, [card('petorva', 'Петорва Анна Сергеевна', { birthDate: '1985-04-12' })]);
    expect(petorva[0]?.tier).toBe('near');
    expect(petorva[0]?.reasons).toEqual(['surname-typo', 'birth-date-matches']);
    expect(petorva[0]?.fields.lastName).toBe('near');

    const ivanova: CandidateSubject = { ...anna, lastName: 'Иванова', snils: null, documents: [] };
    const ivanovo = rankCandidates(ivanova, [card('ivanovo', 'Иваново Анна Сергеевна')]); // no birth date on the card
    expect(ivanovo[0]?.tier).toBe('near');
    expect(ivanovo[0]?.reasons).toEqual(['surname-typo']);
    expect(ivanovo[0]?.fields.birthDate).toBe('missing');
  });

  it('not a typo: two letters away, or a surname shorter than 4 letters', () => {
    expect(rankCandidates(anna, [card('x', 'Петренко Анна Сергеевна', { birthDate: '1985-04-12' })])).toEqual([]);
    const kim: CandidateSubject = { lastName: 'Ким', firstName: 'Артём', middleName: 'Олегович', birthDate: '2014-04-04', documents: [] };
    expect(rankCandidates(kim, [card('x', 'Кин Артём Олегович', { birthDate: '2014-04-04' })])).toEqual([]);
  });

  it('a typo in the surname with another birth date is not near', () => {
    expect(rankCandidates(anna, [card('x', 'Петорва Анна Сергеевна', { birthDate: '1985-04-13' })])).toEqual([]);
  });

  it('a namesake with another birth date and no keys ranks below, as weak', () => {
    const namesake = card('namesake', 'Петрова Анна Сергеевна', { birthDate: '1979-02-02' });
    const noBirthDate = card('no-birth-date', 'Петрова Анна Сергеевна');
    const ranked = rankCandidates(anna, [namesake, noBirthDate]);
    expect(ids(ranked)).toEqual(['no-birth-date', 'namesake']);
    expect(ranked.map((candidate) => candidate.tier)).toEqual(['near', 'weak']);
    expect(ranked[1]?.reasons).toEqual(['full-name-matches', 'birth-date-differs']);
    expect(ranked[1]?.fields.birthDate).toBe('different');
  });

  it('same surname and first name only (another middle name): weak', () => {
    const [ranked] = rankCandidates(anna, [card('x', 'Петрова Анна Викторовна')]);
    expect(ranked?.tier).toBe('weak');
    expect(ranked?.reasons).toEqual(['same-surname-and-first-name']);
    expect(ranked?.fields.middleName).toBe('different');
  });

  it('a middle name on one side only: near', () => {
    const [ranked] = rankCandidates(anna, [card('x', 'Петрова Анна', { birthDate: '1985-04-12' })]);
    expect(ranked?.tier).toBe('near');
    expect(ranked?.reasons).toEqual(['middle-name-missing', 'birth-date-matches']);
    expect(ranked?.fields.middleName).toBe('missing');
  });

  it('same birth date and class: weak, the class compared loosely', () => {
    const classmate = card('classmate', 'Сидоров Пётр Ильич', { birthDate: '2012-09-01', className: '7 б' });
    const otherClass = card('other-class', 'Сидоров Пётр Ильич', { birthDate: '2012-09-01', className: '7В' });
    const ranked = rankCandidates(mikhail, [classmate, otherClass]);
    expect(ids(ranked)).toEqual(['classmate']);
    expect(ranked[0]?.tier).toBe('weak');
    expect(ranked[0]?.reasons).toEqual(['same-birth-date-and-class']);
    expect(ranked[0]?.fields.className).toBe('near');
  });

  it('an unrelated card is left out', () => {
    expect(rankCandidates(anna, [{ ...cards.orlova, id: 'orlova' }, card('x', 'Петрова Ольга Сергеевна')])).toEqual([]);
  });

  it('strong: the passport or SNILS agrees under another name, or the full name and birth date agree', () => {
    const ranked = rankCandidates(mikhail, [
      card('name-and-birth-date', 'Петров Михаил Андреевич', { birthDate: '2012-09-01' }),
      card('certificate', 'Петров Миша', { document: { type: 'RF_BRTH_CERT', series: 'IV-MЮ', number: '512345' } }),
    ]);
    expect(ids(ranked)).toEqual(['certificate', 'name-and-birth-date']);
    expect(ranked.map((candidate) => candidate.tier)).toEqual(['strong', 'strong']);
    expect(ranked[0]?.reasons).toEqual(['document-matches']);
    expect(ranked[1]?.reasons).toEqual(['full-name-matches', 'birth-date-matches']);
  });

  it('a disagreeing SNILS, document or gender moves a card down one tier', () => {
    const ranked = rankCandidates(anna, [
      card('snils', 'Петрова Анна Сергеевна', { birthDate: '1985-04-12', snils: '112-233-445 96' }),
      { ...cards.petrova, id: 'gender', gender: 'male' },
      card('document', 'Петорва Анна Сергеевна', { birthDate: '1985-04-12', document: passport('4510 000000') }),
    ]);
    expect(ranked.map((candidate) => [candidate.card.id, candidate.tier])).toEqual([
      ['gender', 'near'], // would be exact
      ['snils', 'near'], // would be strong
      ['document', 'weak'], // would be near
    ]);
    expect(find(ranked, 'gender').reasons).toContain('gender-differs');
    expect(find(ranked, 'snils').reasons).toContain('snils-differs');
    expect(find(ranked, 'document').fields.document).toBe('different');
  });

  it('a document of a type the subject does not have is missing, not different', () => {
    const [ranked] = rankCandidates(subjectOf(citizens.petrovMikhail), [
      card('x', 'Петров Михаил Андреевич', {
        birthDate: '2012-09-01',
        document: { type: 'RF_BRTH_CERT', series: 'IV-МЮ', number: '512345' },
      }),
    ]);
    expect(ranked?.fields.document).toBe('missing');
    expect(ranked?.tier).toBe('strong');
  });

  it('ties are ordered by last name, first name, then id — never by input order', () => {
    const pool = [
      card('c-2', 'Петрова Анна Сергеевна'),
      card('c-10', 'Петрова Анна Сергеевна'),
      card('c-1', 'Петрова Анна Сергеевна'),
      card('b', 'Петрова Анна Викторовна'),
      card('a', 'Петрова Анна Павловна'),
    ];
    const expected = ['c-1', 'c-10', 'c-2', 'a', 'b'];
    expect(ids(rankCandidates(anna, pool))).toEqual(expected);
    expect(ids(rankCandidates(anna, [...pool].reverse()))).toEqual(expected);

    const classmates = [
      card('z', 'Яковлев Олег Ильич', { birthDate: '2012-09-01', className: '7Б' }),
      card('y', 'Абрамов Олег Ильич', { birthDate: '2012-09-01', className: '7Б' }),
      card('x', 'Абрамов Борис Ильич', { birthDate: '2012-09-01', className: '7Б' }),
    ];
    expect(ids(rankCandidates(mikhail, classmates))).toEqual(['x', 'y', 'z']);
  });

  it('limit keeps the best ones; minimumTier leaves out the lower tiers', () => {
    const pool = [
      card('weak', 'Петрова Анна Викторовна'),
      card('near', 'Петорва Анна Сергеевна', { birthDate: '1985-04-12' }),
      { ...cards.petrova, id: 'exact' },
      card('strong', 'Петрова Анна Сергеевна', { birthDate: '1985-04-12' }),
    ];
    expect(ids(rankCandidates(anna, pool, { limit: 2 }))).toEqual(['exact', 'strong']);
    expect(ids(rankCandidates(anna, pool, { limit: 10 }))).toEqual(['exact', 'strong', 'near', 'weak']);
    expect(rankCandidates(anna, pool, { limit: 0 })).toEqual([]);
    expect(ids(rankCandidates(anna, pool, { minimumTier: 'near' }))).toEqual(['exact', 'strong', 'near']);
    expect(ids(rankCandidates(anna, pool, { minimumTier: 'strong', limit: 1 }))).toEqual(['exact']);
    expect(() => rankCandidates(anna, pool, { limit: -1 })).toThrow(DomainError);
    expect(() => rankCandidates(anna, pool, { limit: 1.5 })).toThrow('invalid-configuration');
  });

  it("hands back the caller's own card objects, typed as given", () => {
    const rich = { ...cards.petrova, id: 'exact', accountId: 42 };
    const [ranked] = rankCandidates(anna, [rich]);
    expect(ranked?.card).toBe(rich);
    const accountId: number | undefined = ranked?.card.accountId;
    expect(accountId).toBe(42);
  });

  it('reasons are codes in a fixed order', () => {
    for (const candidate of rankCandidates(anna, [{ ...cards.petrova, id: 'a' }, card('b', 'Петрова Анна Викторовна')])) {
      const positions = candidate.reasons.map((reason) => candidateReasons.indexOf(reason));
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
      expect(positions.every((position) => position >= 0)).toBe(true);
    }
  });
});
