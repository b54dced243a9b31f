import { describe, expect, it } from 'vitest';
import { cards, childCards, citizens, kids } from '../test/demo-people';
import type { EsiaPerson } from './esia-person';
import { assessChildCard, assessLink, hardLinkMismatches, linkMismatches, type LinkCard, type LinkMismatch } from './link-guards';
import { accountRoles, type AccountRole } from './roles';

const today = '2025-03-01';
const anna = citizens.petrova;
const annaCard: LinkCard = { ...cards.petrova, gender: 'female' };
const mikhail = citizens.petrovMikhail;
const mikhailCard: LinkCard = { ...childCards.mikhail, gender: 'male' };
const sofiaCard: LinkCard = { ...childCards.sofia, gender: 'female' };
/** The other parent: same family surname (male form), different first name, no keys on the card. */
const andreyCard: LinkCard = {
  lastName: 'Петров',
  firstName: 'Андрей',
  middleName: 'Викторович',
  birthDate: '1983-06-20',
  gender: 'male',
  snils: null,
  document: null,
};

function assess(person: EsiaPerson, card: LinkCard, role: AccountRole = 'parent', day = today) {
  return assessLink({ person, card, role, today: day });
}

describe('linkMismatches / hardLinkMismatches', () => {
  it('hard ones are exactly the identity contradictions no typo explains', () => {
    expect(hardLinkMismatches).toEqual([
      'card-is-esia-child',
      'minor-esia-on-adult-card',
      'adult-esia-on-minor-card',
      'snils-differs',
      'gender-differs',
    ]);
    for (const mismatch of hardLinkMismatches) expect(linkMismatches).toContain(mismatch);
  });
});

describe('assessLink: genuine links', () => {
  it('Петрова Анна on her own parent card: nothing to object', () => {
    expect(assess(anna, annaCard)).toEqual({ mismatches: [], hard: [], soft: [], selfLinkAllowed: true, staffLinkAllowed: true });
  });

  it('Соловьёва-Ким on the card written «Соловьева-Ким Алена»: ё/е does not differ', () => {
    expect(assess(citizens.solovyovaKim, cards.solovyovaKim).mismatches).toEqual([]);
  });

  it('Михаил (12, his own ESIA) on his own student card: a minor may hold a student account', () => {
    const result = assess(mikhail, mikhailCard, 'student');
    expect(result.mismatches).toEqual([]);
    expect(result.selfLinkAllowed).toBe(true);
  });

  it('Васильев on his card without SNILS or passport: missing keys are no objection here', () => {
    expect(assess(citizens.vasiliev, { ...cards.vasiliev, gender: 'male' }).selfLinkAllowed).toBe(true);
  });

  it('a middle name absent on one side is not a difference, a different one is', () => {
    expect(assess(anna, { ...annaCard, middleName: null }).mismatches).toEqual([]);
    expect(assess(anna, { ...annaCard, middleName: '  ' }).mismatches).toEqual([]);
    expect(assess({ ...anna, middleName: null }, annaCard).mismatches).toEqual([]);
    expect(assess(anna, { ...annaCard, middleName: 'Петровна' }).mismatches).toEqual(['middle-name-differs']);
  });

  it('names compare normalised: case, ё/е and spaces do not differ', () => {
    expect(assess(anna, { ...annaCard, lastName: ' ПЕТРОВА ', firstName: 'анна', middleName: 'сергеевна' }).mismatches).toEqual([]);
  });

  it('a SNILS written differently is the same SNILS', () => {
    expect(assess(anna, { ...annaCard, snils: '11223344595' }).mismatches).toEqual([]);
  });

  it('unknown gender or birth date on one side does not differ', () => {
    expect(assess(anna, { ...annaCard, gender: null, birthDate: null }).mismatches).toEqual([]);
    expect(assess({ ...anna, gender: null, birthDate: null }, annaCard).mismatches).toEqual([]);
  });
});

describe('assessLink: soft mismatches', () => {
  it('married name (only the last name differs): self-link and staff link allowed', () => {
    const result = assess(anna, { ...annaCard, lastName: 'Иванова' });
    expect(result).toEqual({
      mismatches: ['last-name-differs'],
      hard: [],
      soft: ['last-name-differs'],
      selfLinkAllowed: true,
      staffLinkAllowed: true,
    });
  });

  it('birth-date typo on the card: not by self-service, staff may override', () => {
    const result = assess(anna, { ...annaCard, birthDate: '1985-04-21' });
    expect(result).toEqual({
      mismatches: ['birth-date-differs'],
      hard: [],
      soft: ['birth-date-differs'],
      selfLinkAllowed: false,
      staffLinkAllowed: true,
    });
  });

  it('a malformed birth date on the card counts as different, but gives no age', () => {
    expect(assess(anna, { ...annaCard, birthDate: '12.04.1985' }).mismatches).toEqual(['birth-date-differs']);
  });

  it('a different first name under the same surname (typically the other parent): self-link refused', () => {
    const result = assess(anna, { lastName: 'Петрова', firstName: 'Ирина', middleName: 'Сергеевна' });
    expect(result.mismatches).toEqual(['first-name-differs']);
    expect(result.selfLinkAllowed).toBe(false);
    expect(result.staffLinkAllowed).toBe(true);
  });

  it('married name plus another soft mismatch: self-link refused', () => {
    const result = assess(anna, { ...annaCard, lastName: 'Иванова', birthDate: '1985-04-21' });
    expect(result.mismatches).toEqual(['birth-date-differs', 'last-name-differs']);
    expect(result.selfLinkAllowed).toBe(false);
    expect(result.staffLinkAllowed).toBe(true);
  });
});

describe('assessLink: hard mismatches', () => {
  it('SNILS differs: refused, even for staff', () => {
    const result = assess(anna, { ...annaCard, snils: '112-233-445 96' });
    expect(result).toEqual({
      mismatches: ['snils-differs'],
      hard: ['snils-differs'],
      soft: [],
      selfLinkAllowed: false,
      staffLinkAllowed: false,
    });
  });

  it('a malformed SNILS on the card still disagrees', () => {
    expect(assess(anna, { ...annaCard, snils: '112-233-445' }).hard).toEqual(['snils-differs']);
  });

  it('gender differs: refused, even for staff', () => {
    const result = assess(anna, { ...annaCard, gender: 'male' });
    expect(result.hard).toEqual(['gender-differs']);
    expect(result.staffLinkAllowed).toBe(false);
  });

  it("warned case 1 — a parent's ESIA on the child's card: Анна on Софья's card", () => {
    const result = assess(anna, sofiaCard, 'student');
    expect(result.mismatches).toEqual([
      'card-is-esia-child',
      'adult-esia-on-minor-card',
      'snils-differs',
      'birth-date-differs',
      'first-name-differs',
      'middle-name-differs',
    ]);
    expect(result.hard).toEqual(['card-is-esia-child', 'adult-esia-on-minor-card', 'snils-differs']);
    expect(result.soft).toEqual(['birth-date-differs', 'first-name-differs', 'middle-name-differs']);
    expect(result.selfLinkAllowed).toBe(false);
    expect(result.staffLinkAllowed).toBe(false);
  });

  it("warned case 1 — Анна on Михаил's card (passport, no certificate): found by matchChildCard via SNILS", () => {
    const result = assess(anna, mikhailCard, 'student');
    expect(result.mismatches).toEqual([
      'card-is-esia-child',
      'adult-esia-on-minor-card',
      'snils-differs',
      'gender-differs',
      'birth-date-differs',
      'first-name-differs',
      'middle-name-differs',
      'last-name-differs',
    ]);
    expect(result.staffLinkAllowed).toBe(false);
  });

  it('card-is-esia-child on a card with nothing but name and birth date', () => {
    const bare: LinkCard = { lastName: 'Петрова', firstName: 'Софья', birthDate: '2016-03-15' };
    expect(assess(anna, bare, 'student').hard).toContain('card-is-esia-child');
  });

  it("card-is-esia-child by the child's SNILS alone (name misspelt, no birth date on the card)", () => {
    const card: LinkCard = { lastName: 'Петрова', firstName: 'Софя', snils: kids.sofia.snils ?? null };
    expect(assess(anna, card, 'student').hard).toContain('card-is-esia-child');
  });

  it("card-is-esia-child by the child's birth certificate alone", () => {
    const card: LinkCard = {
      lastName: 'Петрова',
      firstName: 'Софя',
      birthDate: '2016-03-16',
      document: { type: 'RF_BRTH_CERT', number: 'V МЮ 634521' },
    };
    expect(assess(anna, card, 'student').hard).toContain('card-is-esia-child');
  });

  it('card-is-esia-child still holds once the child is grown up, adult-esia-on-minor-card no longer does', () => {
    const result = assess(anna, sofiaCard, 'student', '2035-03-15');
    expect(result.hard).toContain('card-is-esia-child');
    expect(result.hard).not.toContain('adult-esia-on-minor-card');
  });

  it('the child missing from the ESIA profile: adult-esia-on-minor-card still refuses', () => {
    const result = assess({ ...anna, children: [] }, sofiaCard, 'student');
    expect(result.hard).toEqual(['adult-esia-on-minor-card', 'snils-differs']);
    const bare = assess({ ...anna, children: [] }, { lastName: 'Петрова', firstName: 'Софья', birthDate: '2016-03-15' }, 'student');
    expect(bare.hard).toEqual(['adult-esia-on-minor-card']);
    expect(bare.staffLinkAllowed).toBe(false);
  });

  it("another family's child with the same name is not the ESIA person's child", () => {
    const otherSofia: LinkCard = { lastName: 'Петрова', firstName: 'Софья', birthDate: '2016-07-07', snils: null, document: null };
    expect(assess(anna, otherSofia, 'student').hard).not.toContain('card-is-esia-child');
  });

  it("warned case 2 — a child's ESIA on a parent's card: Михаил on his mother's card", () => {
    const result = assess(mikhail, annaCard, 'parent');
    expect(result.mismatches).toEqual([
      'minor-esia-on-adult-card',
      'snils-differs',
      'gender-differs',
      'birth-date-differs',
      'first-name-differs',
      'middle-name-differs',
      'last-name-differs',
    ]);
    expect(result.hard).toEqual(['minor-esia-on-adult-card', 'snils-differs', 'gender-differs']);
    expect(result.staffLinkAllowed).toBe(false);
  });

  it("a minor's ESIA: refused on every role but student, even on a card with no data to compare", () => {
    const sameAsMikhail: LinkCard = { lastName: 'Петров', firstName: 'Михаил', middleName: 'Андреевич' };
    for (const role of accountRoles) {
      const result = assess(mikhail, sameAsMikhail, role);
      expect(result.hard, role).toEqual(role === 'student' ? [] : ['minor-esia-on-adult-card']);
    }
  });

  it("warned case 3 — one parent's ESIA on the other parent's card: Анна on Петров Андрей", () => {
    const result = assess(anna, andreyCard, 'parent');
    expect(result.mismatches).toEqual([
      'gender-differs',
      'birth-date-differs',
      'first-name-differs',
      'middle-name-differs',
      'last-name-differs',
    ]);
    expect(result.hard).toEqual(['gender-differs']);
    expect(result.selfLinkAllowed).toBe(false);
    expect(result.staffLinkAllowed).toBe(false);
  });

  it('warned case 3 without gender and birth date on the card: the first name still stops self-service', () => {
    const result = assess(anna, { ...andreyCard, gender: null, birthDate: null }, 'parent');
    expect(result.hard).toEqual([]);
    expect(result.soft).toEqual(['first-name-differs', 'middle-name-differs', 'last-name-differs']);
    expect(result.selfLinkAllowed).toBe(false);
  });
});

describe('assessLink: 17 and 18 on the day', () => {
  const bornMarch2007 = '2007-03-01';
  const young: EsiaPerson = { ...anna, birthDate: bornMarch2007, children: [] };
  const youngCard: LinkCard = { ...annaCard, birthDate: bornMarch2007 };

  it('minor-esia-on-adult-card: 17 the day before the 18th birthday, not on the birthday', () => {
    expect(assess(young, youngCard, 'parent', '2025-02-28').mismatches).toEqual(['minor-esia-on-adult-card']);
    expect(assess(young, youngCard, 'parent', '2025-03-01').mismatches).toEqual([]);
  });

  it("adult-esia-on-minor-card: the card's person 17 the day before, 18 on the birthday", () => {
    const adult: EsiaPerson = { ...anna, children: [] };
    expect(assess(adult, youngCard, 'student', '2025-02-28').mismatches).toEqual(['adult-esia-on-minor-card', 'birth-date-differs']);
    expect(assess(adult, youngCard, 'student', '2025-03-01').mismatches).toEqual(['birth-date-differs']);
  });

  it('adult-esia-on-minor-card needs the ESIA person to be 18 on the day', () => {
    const card: LinkCard = { ...youngCard, birthDate: '2007-03-02' };
    expect(assess(young, card, 'student', '2025-02-28').mismatches).toEqual(['birth-date-differs']);
    expect(assess(young, card, 'student', '2025-03-01').mismatches).toEqual(['adult-esia-on-minor-card', 'birth-date-differs']);
  });

  it('no age rule fires when a birth date is unknown or unusable', () => {
    expect(assess({ ...young, birthDate: null }, youngCard, 'parent', '2025-02-28').hard).toEqual([]);
    expect(assess({ ...anna, children: [] }, { ...youngCard, birthDate: null }, 'student', '2025-02-28').hard).toEqual([]);
    expect(assess({ ...anna, children: [] }, { ...youngCard, birthDate: '2030-01-01' }, 'student', '2025-02-28').hard).toEqual([]);
  });
});

describe('assessLink: result shape', () => {
  it('hard and soft partition the mismatches, all in the order of linkMismatches', () => {
    const cases: Array<[EsiaPerson, LinkCard, AccountRole]> = [
      [anna, sofiaCard, 'student'],
      [anna, mikhailCard, 'student'],
      [mikhail, annaCard, 'parent'],
      [anna, andreyCard, 'parent'],
    ];
    const rank = (mismatch: LinkMismatch) => linkMismatches.indexOf(mismatch);
    for (const [person, card, role] of cases) {
      const { mismatches, hard, soft } = assess(person, card, role);
      expect([...mismatches].sort((a, b) => rank(a) - rank(b))).toEqual(mismatches);
      expect(hard).toEqual(mismatches.filter((m) => hardLinkMismatches.includes(m)));
      expect(soft).toEqual(mismatches.filter((m) => !hardLinkMismatches.includes(m)));
    }
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => assess(anna, annaCard, 'parent', '01.03.2025')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
  });
});

describe("assessChildCard: the existing card a parent's request is resolved with", () => {
  it('accepts the card of the very child in the profile', () => {
    expect(assessChildCard({ child: kids.mikhail, card: mikhailCard, today }).selfLinkAllowed).toBe(true);
  });

  it('refuses the card of another child: the SNILS and the gender differ', () => {
    const assessment = assessChildCard({ child: kids.mikhail, card: sofiaCard, today });
    expect(assessment.hard).toEqual(['snils-differs', 'gender-differs']);
    expect(assessment.selfLinkAllowed).toBe(false);
  });

  it('refuses a card whose birth date disagrees, since nobody records why it would be right', () => {
    const assessment = assessChildCard({ child: kids.mikhail, card: { ...mikhailCard, birthDate: '2012-09-02' }, today });
    expect(assessment.soft).toEqual(['birth-date-differs']);
    expect(assessment.selfLinkAllowed).toBe(false);
  });
});
