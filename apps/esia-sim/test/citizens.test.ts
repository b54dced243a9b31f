import { describe, expect, it } from 'vitest';
import { demoCitizens, type DemoCitizen } from '../src/index';
import { findCitizenByLogin } from '../src/citizen-login';
import { esiaClaimsFor } from '../src/claims';

describe('demo citizens', () => {
  it('are exactly the nine of docs/demo-data.md', () => {
    expect(demoCitizens.map((citizen) => citizen.subject)).toEqual([
      '1000001', '1000002', '1000003', '1000004', '1000005', '1000006', '1000007', '1000008', '1000009',
    ]);
    expect(demoCitizens.filter((citizen) => citizen.level !== 'confirmed').map((citizen) => citizen.subject)).toEqual([
      '1000005',
    ]);
    const kids = demoCitizens.flatMap((citizen) => citizen.kids.map((kid) => `${citizen.subject}:${kid.firstName}`));
    expect(kids).toEqual([
      '1000001:Михаил', '1000001:Софья', '1000002:Иван', '1000002:Алёна',
      '1000003:Дарья', '1000004:Вера', '1000007:Артём', '1000008:Ксения',
    ]);
    for (const citizen of demoCitizens) {
      expect(citizen.snils).toMatch(/^\d{3}-\d{3}-\d{3} \d{2}$/);
      expect(citizen.phone).toMatch(/^\+7900000000\d$/);
    }
  });

  it('kid ids are unique and Михаил keeps his own subject as a child', () => {
    const ids = demoCitizens.flatMap((citizen) => citizen.kids.map((kid) => kid.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(demoCitizens[0]?.kids[0]).toMatchObject({ id: '1000009', firstName: 'Михаил' });
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
