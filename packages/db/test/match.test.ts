import { accountRoles, fullNameKey, identityDocumentKey, normalizeSnils, type AccountRole } from '@vhod/domain';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/client';
import { personKeys } from '../src/person-keys';
import { findSignInRows } from '../src/queries/find-sign-in-rows';
import { linkEsiaSubject } from '../src/queries/link-esia-subject';
import { findMatchCandidates, matchCandidatesQuery, type MatchCandidateQuery } from '../src/queries/find-match-candidates';
import { accounts, consents, organisations, persons, type NewPerson } from '../src/schema/index';
import { seededTestDatabase } from '../src/testing/index';
import { queryRows } from './helpers';

const familyRoles: AccountRole[] = ['parent', 'student'];
const staffRoles: AccountRole[] = ['teacher', 'administrator', 'staff'];

/** The lookup the sign-in builds from an ESIA person (passport given as ESIA does: series + number). */
function esiaQuery(
  name: { lastName: string; firstName: string; middleName?: string },
  passport: { series: string; number: string } | null,
  snils: string | null,
  roles: AccountRole[] = familyRoles,
): MatchCandidateQuery {
  const documentKey = passport ? identityDocumentKey({ type: 'RF_PASSPORT', ...passport }) : null;
  return {
    nameKey: fullNameKey(name),
    documentKeys: documentKey ? [documentKey] : [],
    snils: snils ? normalizeSnils(snils) : null,
    roles,
  };
}

const petrova = { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна' };
const kuznetsova = { lastName: 'Кузнецова', firstName: 'Ольга', middleName: 'Викторовна' };
const smirnov = { lastName: 'Смирнов', firstName: 'Алексей', middleName: 'Николаевич' };

describe('findMatchCandidates', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await seededTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('finds Петрова by name + passport "4510"+"123456" against the card\'s "4510123456"', async () => {
    const rows = await findMatchCandidates(handle.db, esiaQuery(petrova, { series: '4510', number: '123456' }, null));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      person: { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна', birthDate: '1985-04-12', documentNumber: '4510123456' },
      organisationName: 'МБОУ «Школа № 1»',
      role: 'parent',
      className: null,
      lastSignedInAt: null,
    });
    expect(typeof rows[0]?.accountId).toBe('string');
    expect(typeof rows[0]?.organisationId).toBe('string');
  });

  it('finds Петрова by name + SNILS alone', async () => {
    const rows = await findMatchCandidates(handle.db, esiaQuery(petrova, null, '112-233-445 95'));
    expect(rows.map((row) => row.person.lastName)).toEqual(['Петрова']);
  });

  it('finds nobody with the right name but another document and SNILS', async () => {
    expect(await findMatchCandidates(handle.db, esiaQuery(petrova, { series: '4510', number: '123457' }, '123-456-789 64'))).toEqual([]);
  });

  it('finds nobody with the right document but another name', async () => {
    const query = esiaQuery({ ...petrova, firstName: 'Анастасия' }, { series: '4510', number: '123456' }, '112-233-445 95');
    expect(await findMatchCandidates(handle.db, query)).toEqual([]);
  });

  it('finds Соловьёва-Ким Алёна (card «Соловьева-Ким Алена», passport «4514 987 654») by the document', async () => {
    const query = esiaQuery(
      { lastName: 'Соловьёва-Ким', firstName: 'Алёна', middleName: 'Игоревна' },
      { series: '4514', number: '987654' },
      null,
    );
    const rows = await findMatchCandidates(handle.db, query);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      person: { lastName: 'Соловьева-Ким', firstName: 'Алена', documentNumber: '4514 987 654' },
      organisationName: 'МАОУ «Гимназия № 2»',
      role: 'parent',
    });
  });

  it('finds both accounts of Кузнецова', async () => {
    const rows = await findMatchCandidates(handle.db, esiaQuery(kuznetsova, { series: '4012', number: '654321' }, '345-678-901 23'));
    expect(rows.map((row) => row.organisationName).sort()).toEqual(['МБДОУ «Детский сад № 5 „Солнышко“»', 'МБОУ «Школа № 1»']);
    expect(new Set(rows.map((row) => row.person.id)).size).toBe(1);
  });

  it('finds nobody for Николаев (no card)', async () => {
    const query = esiaQuery(
      { lastName: 'Николаев', firstName: 'Пётр', middleName: 'Ильич' },
      { series: '4511', number: '111222' },
      '890-123-456 99',
    );
    expect(await findMatchCandidates(handle.db, query)).toEqual([]);
  });

  it('finds nobody for Васильев (his card has neither passport nor SNILS)', async () => {
    const query = esiaQuery(
      { lastName: 'Васильев', firstName: 'Игорь', middleName: 'Петрович' },
      { series: '4508', number: '246810' },
      '369-147-258 14',
      [...accountRoles],
    );
    expect(await findMatchCandidates(handle.db, query)).toEqual([]);
  });

  it('filters by role: Смирнов is a parent at Гимназия № 2 and a teacher at Школа № 1', async () => {
    const passport = { series: '4509', number: '777888' };
    const asParent = await findMatchCandidates(handle.db, esiaQuery(smirnov, passport, null, ['parent']));
    expect(asParent.map((row) => [row.organisationName, row.role])).toEqual([['МАОУ «Гимназия № 2»', 'parent']]);
    const asStaff = await findMatchCandidates(handle.db, esiaQuery(smirnov, passport, null, staffRoles));
    expect(asStaff.map((row) => [row.organisationName, row.role])).toEqual([['МБОУ «Школа № 1»', 'teacher']]);
    expect(await findMatchCandidates(handle.db, esiaQuery(smirnov, passport, null, []))).toEqual([]);
  });

  it('finds a student by the birth certificate spelt differently', async () => {
    const query: MatchCandidateQuery = {
      nameKey: fullNameKey({ lastName: 'Ким', firstName: 'Артем', middleName: 'Олегович' }),
      documentKeys: [identityDocumentKey({ type: 'RF_BRTH_CERT', series: 'V-MЮ', number: ' 223344' }) ?? ''],
      snils: null,
      roles: ['student'],
    };
    const rows = await findMatchCandidates(handle.db, query);
    expect(rows.map((row) => [row.person.firstName, row.className])).toEqual([['Артём', '6Б']]);
  });

  it('leaves disabled accounts out', async () => {
    const query = esiaQuery(kuznetsova, { series: '4012', number: '654321' }, null);
    const [first] = await findMatchCandidates(handle.db, query);
    if (!first) throw new Error('expected a candidate');
    await handle.db
      .update(accounts)
      .set({ disabledAt: new Date('2026-11-23T09:00:00Z') })
      .where(eq(accounts.id, first.accountId));
    try {
      const rows = await findMatchCandidates(handle.db, query);
      expect(rows.map((row) => row.accountId)).not.toContain(first.accountId);
      expect(rows).toHaveLength(1);
    } finally {
      await handle.db.update(accounts).set({ disabledAt: null }).where(eq(accounts.id, first.accountId));
    }
  });
});

describe('findSignInRows', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await seededTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('returns a linked card with its accounts of the given roles and the subject’s consent, and matches nothing then', async () => {
    const [card] = await handle.db
      .select()
      .from(persons)
      .where(eq(persons.nameKey, fullNameKey(smirnov)));
    if (!card) throw new Error('no card for Смирнов');
    const bySmirnovsPassport = esiaQuery(smirnov, { series: card.documentSeries!, number: card.documentNumber! }, null);
    // Not linked yet: the card is found by its name and passport.
    const first = await findSignInRows(handle.db, 'linked-smirnov', ['parent', 'teacher'], bySmirnovsPassport);
    expect(first.linked).toBeNull();
    expect(first.matched.map((row) => row.role).sort()).toEqual(['parent', 'teacher']);
    await linkEsiaSubject(handle.db, { esiaSubject: 'linked-smirnov', personId: card.id, method: 'automatic' });

    const all = await findSignInRows(handle.db, 'linked-smirnov', [...accountRoles], bySmirnovsPassport);
    expect(all.matched).toEqual([]);
    expect(all.linked?.personId).toBe(card.id);
    expect(all.linked?.consented).toBe(false);
    expect(all.linked?.accounts.map((row) => row.role).sort()).toEqual(['parent', 'teacher']);
    expect(all.linked?.accounts).toEqual(first.matched);
    const teacher = await findSignInRows(handle.db, 'linked-smirnov', ['teacher'], null);
    expect(teacher.linked?.accounts.map((row) => row.organisationName)).toEqual(['МБОУ «Школа № 1»']);
    // Linked, but no account of the role: the link is still found (the sign-in then says so).
    expect(await findSignInRows(handle.db, 'linked-smirnov', ['student'], null)).toEqual({
      linked: { personId: card.id, consented: false, accounts: [] },
      matched: [],
    });

    await handle.db.insert(consents).values({ esiaSubject: 'linked-smirnov', purpose: 'data-transfer', scopes: ['fullname'] });
    await handle.db.insert(consents).values({ esiaSubject: 'someone-else', purpose: 'data-transfer', scopes: ['fullname'] });
    expect((await findSignInRows(handle.db, 'linked-smirnov', ['teacher'], null)).linked?.consented).toBe(true);
    await handle.db.update(consents).set({ withdrawnAt: new Date() }).where(eq(consents.esiaSubject, 'linked-smirnov'));
    expect((await findSignInRows(handle.db, 'linked-smirnov', ['teacher'], null)).linked?.consented).toBe(false);
  });

  it('matches as findMatchCandidates does when the subject has no link, and nothing when told not to match', async () => {
    const query = esiaQuery(petrova, { series: '4510', number: '123456' }, '112-233-445 95');
    const { nameKey, documentKeys, snils } = query;
    const rows = await findSignInRows(handle.db, 'unlinked-petrova', query.roles, { nameKey, documentKeys, snils });
    const candidates = (await findMatchCandidates(handle.db, query)).map(({ className: _className, ...account }) => account);
    expect(rows).toEqual({ linked: null, matched: candidates });
    expect(rows.matched.length).toBeGreaterThan(0);
    expect(await findSignInRows(handle.db, 'unlinked-petrova', query.roles, null)).toEqual({ linked: null, matched: [] });
  });
});

describe('findMatchCandidates query plan', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await seededTestDatabase();
    // Enough other cards and accounts that scanning either table is clearly the worse plan.
    const [organisation] = await handle.db.select({ id: organisations.id }).from(organisations).limit(1);
    if (!organisation) throw new Error('no organisation');
    const filler: NewPerson[] = [];
    for (let i = 0; i < 2000; i++) {
      const card = {
        id: randomUUID(),
        lastName: `Фамилия${i}`,
        firstName: `Имя${i % 50}`,
        middleName: 'Отчество',
        snils: String(10_000_000_000 + i * 7919),
        documentType: 'RF_PASSPORT',
        documentSeries: String(4000 + (i % 99)),
        documentNumber: String(100_000 + i),
      };
      filler.push({ ...card, ...personKeys(card) });
    }
    for (let i = 0; i < filler.length; i += 1000) {
      const chunk = filler.slice(i, i + 1000);
      await handle.db.insert(persons).values(chunk);
      await handle.db
        .insert(accounts)
        .values(chunk.map((card) => ({ personId: card.id ?? '', organisationId: organisation.id, role: 'parent' as const })));
    }
    await handle.db.execute(sql`analyze`);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('looks persons up through a (name_key, …) index and accounts through (person_id, role)', async () => {
    const statement = matchCandidatesQuery(handle.db, esiaQuery(petrova, { series: '4510', number: '123456' }, '112-233-445 95'));
    if (!statement) throw new Error('expected a statement');
    const rows = await queryRows<Record<string, string>>(handle.db, sql`explain ${statement}`);
    const plan = rows.map((row) => Object.values(row)[0]).join('\n');
    expect(plan).toMatch(/(Index|Index Only|Bitmap Index) Scan (using|on) persons_name_key_(document_key|snils)_idx/);
    expect(plan).toMatch(/Index Cond: \(name_key = /);
    expect(plan).toMatch(/(Index|Bitmap Index) Scan (using|on) accounts_person_id_role_idx/);
    expect(plan).not.toMatch(/Seq Scan on (persons|accounts)/);
    const found = await statement;
    expect(found.map((row) => row.person.lastName)).toEqual(['Петрова']);
  });
});
