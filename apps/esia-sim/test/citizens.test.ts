import { describe, expect, it } from 'vitest';
import { ageOn, demoCitizens, findCitizenBySubject, isMinorOn, legalRepresentativesOf, type DemoCitizen } from '../src/index';
import { findCitizenByLogin } from '../src/citizen-login';
import { esiaClaimsFor } from '../src/claims';

describe('demo citizens', () => {
  it('are exactly the twelve of docs/demo-data.md', () => {
    expect(demoCitizens.map((citizen) => citizen.subject)).toEqual([
      '1000001',
      '1000002',
      '1000003',
      '1000004',
      '1000005',
      '1000006',
      '1000007',
      '1000008',
      '1000009',
      '1000010',
      '1000011',
      '2000001',
    ]);
    expect(demoCitizens.filter((citizen) => citizen.level !== 'confirmed').map((citizen) => citizen.subject)).toEqual(['1000005']);
    const kids = demoCitizens.flatMap((citizen) => citizen.kids.map((kid) => `${citizen.subject}:${kid.firstName}`));
    expect(kids).toEqual([
      '1000001:Михаил',
      '1000001:Софья',
      '1000002:Иван',
      '1000002:Алёна',
      '1000003:Дарья',
      '1000004:Вера',
      '1000007:Артём',
      '1000008:Ксения',
    ]);
    for (const citizen of demoCitizens) {
      expect(citizen.snils).toMatch(/^\d{3}-\d{3}-\d{3} \d{2}$/);
    }
    // Софья's child account has no phone or e-mail: she signs in with her SNILS.
    expect(demoCitizens.filter((citizen) => citizen.phone === undefined).map((citizen) => citizen.subject)).toEqual(['2000001']);
    for (const citizen of demoCitizens.filter((citizen) => citizen.phone !== undefined)) {
      expect(citizen.phone).toMatch(/^\+790000000\d\d$/);
    }
  });

  it('kid ids are unique and the children with own accounts keep their subjects as kids', () => {
    const ids = demoCitizens.flatMap((citizen) => citizen.kids.map((kid) => kid.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(demoCitizens[0]?.kids[0]).toMatchObject({ id: '1000009', firstName: 'Михаил' });
    expect(demoCitizens[0]?.kids[1]).toMatchObject({ id: '2000001', firstName: 'Софья' });
  });

  it('models the minors: Софья a child account made by her mother, Михаил an own account bound to hers', () => {
    const accounts = Object.fromEntries(demoCitizens.map((citizen) => [citizen.subject, citizen.account]));
    expect(accounts['2000001']).toEqual({ kind: 'child-under-14', createdByParentSubject: '1000001' });
    expect(accounts['1000009']).toEqual({ kind: 'minor-14-18', boundToParentSubject: '1000001' });
    const adults = demoCitizens.filter((citizen) => citizen.account.kind === 'adult').map((citizen) => citizen.subject);
    expect(adults).toEqual(['1000001', '1000002', '1000003', '1000004', '1000005', '1000006', '1000007', '1000008', '1000010', '1000011']);
    for (const child of demoCitizens.filter((citizen) => citizen.account.kind !== 'adult')) {
      const parent = findCitizenBySubject(legalRepresentativesOf(child)[0] ?? '');
      const asKid = parent?.kids.find((kid) => kid.id === child.subject);
      expect(asKid).toMatchObject({
        lastName: child.lastName,
        firstName: child.firstName,
        birthDate: child.birthDate,
        snils: child.snils,
      });
    }
  });

  it('counts a minor by the Moscow calendar day', () => {
    const sofia = findCitizenBySubject('2000001') as DemoCitizen;
    const mikhail = findCitizenBySubject('1000009') as DemoCitizen;
    expect(ageOn('2016-03-15', new Date('2026-11-23T12:00:00Z'))).toBe(10);
    expect(isMinorOn(sofia, new Date('2026-11-23T12:00:00Z'))).toBe(true);
    expect(isMinorOn(mikhail, new Date('2030-08-31T20:59:59Z'))).toBe(true);
    // Midnight of his 18th birthday in Moscow is 21:00 UTC the day before.
    expect(isMinorOn(mikhail, new Date('2030-08-31T21:00:00Z'))).toBe(false);
    expect(isMinorOn(findCitizenBySubject('1000001') as DemoCitizen, new Date('2026-11-23T12:00:00Z'))).toBe(false);
  });

  it('gives Софья her birth certificate as the identity document and no contacts', () => {
    const sofia = findCitizenBySubject('2000001') as DemoCitizen;
    expect(findCitizenByLogin('234-567-890 99')?.subject).toBe('2000001');
    expect(esiaClaimsFor(sofia, new Set(['openid', 'id_doc', 'email', 'mobile']))).toEqual({
      sub: '2000001',
      trusted: true,
      account_level: 'confirmed',
      id_doc: { type: 'RF_BRTH_CERT', series: 'V-МЮ', number: '634521' },
    });
  });

  it('finds a citizen by phone, e-mail or SNILS however it is typed', () => {
    expect(findCitizenByLogin('+7 900 000-00-07')?.subject).toBe('1000007');
    expect(findCitizenByLogin('89000000007')?.subject).toBe('1000007');
    expect(findCitizenByLogin('9000000007')?.subject).toBe('1000007');
    expect(findCitizenByLogin(' A.Solovyova-Kim@example.ru ')?.subject).toBe('1000007');
    expect(findCitizenByLogin('14725836988')?.subject).toBe('1000007');
    expect(findCitizenByLogin('petrova.as')).toBeUndefined();
    expect(findCitizenByLogin('')).toBeUndefined();
  });

  it('a simplified account has no SNILS and no identity document, and is not trusted', () => {
    const confirmed = demoCitizens[0] as DemoCitizen;
    const simplified: DemoCitizen = { ...confirmed, level: 'simplified' };
    const claims = esiaClaimsFor(simplified, new Set(['openid', 'fullname', 'snils', 'id_doc']));
    expect(claims).toEqual({
      sub: '1000001',
      trusted: false,
      account_level: 'simplified',
      family_name: 'Петрова',
      given_name: 'Анна',
      middle_name: 'Сергеевна',
    });
  });
});
