import { count, eq, isNotNull } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/client';
import { verifyLegacyPassword } from '../src/legacy-password';
import { personKeys } from '../src/person-keys';
import { accounts, classes, esiaLinks, organisations, organisationTypes, parentChildLinks, persons } from '../src/schema/index';
import { isDatabaseEmpty, seedDemoData } from '../src/seed/demo';
import * as entry from '../src/index';
import { createTestDatabase } from '../src/testing/index';

describe('seedDemoData', () => {
  let handle: DatabaseHandle;
  let emptyBefore: boolean;
  let result: Awaited<ReturnType<typeof seedDemoData>>;

  beforeAll(async () => {
    handle = await createTestDatabase();
    emptyBefore = await isDatabaseEmpty(handle.db);
    result = await seedDemoData(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
  });

  const countOf = async (table: PgTable) => {
    const [row] = await handle.db.select({ n: count() }).from(table);
    return row?.n;
  };

  it('reports the counts docs/demo-data.md implies', () => {
    // 5 organisations; 7 adult cards (Николаев has none) + 7 children's cards (Вера has none;
    // Михаил is both a citizen and a child); 9 adult accounts + 7 student accounts.
    expect(result).toEqual({ organisations: 6, persons: 16, accounts: 18 });
  });

  it('loads those rows, the classes and the parent–child links, and no ESIA links', async () => {
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(handle.db)).toBe(false);
    expect(await countOf(organisationTypes)).toBe(5);
    expect(await countOf(organisations)).toBe(6);
    expect(await countOf(classes)).toBe(11);
    expect(await countOf(persons)).toBe(16);
    expect(await countOf(accounts)).toBe(18);
    expect(await countOf(parentChildLinks)).toBe(7);
    expect(await countOf(esiaLinks)).toBe(0);
  });

  it('gives the legacy logins the password school123', async () => {
    const rows = await handle.db
      .select({ login: accounts.legacyLogin, hash: accounts.legacyPasswordHash })
      .from(accounts)
      .where(isNotNull(accounts.legacyLogin));
    expect(rows.map((row) => row.login).sort()).toEqual([
      'belova.iv',
      'fedorova.mo',
      'kuznetsova.ov',
      'orlova.ep',
      'petrov.ma',
      'petrova.as',
      'petrova.sa',
      'smirnov.an',
      'solovyova.ai',
      'vasiliev.ip',
    ]);
    const hash = rows[0]?.hash;
    expect(hash).toMatch(/^scrypt\$/);
    expect(await verifyLegacyPassword('school123', hash ?? '')).toBe(true);
    expect(await verifyLegacyPassword('demo', hash ?? '')).toBe(false);
  });

  it('stores the derived keys personKeys computes, with SNILS normalized', async () => {
    const cards = await handle.db.select().from(persons);
    for (const card of cards) {
      expect({ nameKey: card.nameKey, documentKey: card.documentKey, snils: card.snils }).toEqual(personKeys(card));
      if (card.snils !== null) expect(card.snils).toMatch(/^\d{11}$/);
    }
    const [petrova] = cards.filter((card) => card.lastName === 'Петрова' && card.firstName === 'Анна');
    expect(petrova).toMatchObject({ documentNumber: '4510123456', documentKey: 'RF_PASSPORT:4510123456', snils: '11223344595' });
    const [vasiliev] = cards.filter((card) => card.lastName === 'Васильев');
    expect(vasiliev).toMatchObject({ snils: null, documentKey: null });
  });

  it('puts each student in the class of the document', async () => {
    const rows = await handle.db
      .select({ lastName: persons.lastName, firstName: persons.firstName, className: classes.name, org: organisations.shortName })
      .from(accounts)
      .innerJoin(persons, eq(persons.id, accounts.personId))
      .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
      .innerJoin(classes, eq(classes.id, accounts.classId))
      .where(eq(accounts.role, 'student'));
    expect(rows.map((row) => `${row.lastName} ${row.firstName}: ${row.org}, ${row.className}`).sort()).toEqual([
      'Васильева Ксения: Школа № 1, 8А',
      'Ким Артём: Гимназия № 2, 6Б',
      'Кузнецов Иван: Школа № 1, 4Б',
      'Кузнецова Алёна: Детский сад № 5, Ромашка',
      'Петров Михаил: Школа № 1, 8А',
      'Петрова Софья: Школа № 1, 4Б',
      'Смирнова Дарья: Гимназия № 2, 9А',
    ]);
  });

  it('wires the drizzle relations (db.query) through the package entry point', async () => {
    const anna = await handle.db.query.persons.findFirst({
      where: (person, { and, eq }) => and(eq(person.lastName, 'Петрова'), eq(person.firstName, 'Анна')),
      with: {
        accounts: { with: { organisation: { with: { type: true } } } },
        childLinks: { with: { child: { with: { accounts: { with: { class: true } } } } } },
      },
    });
    expect(anna?.accounts.map((account) => [account.role, account.organisation.shortName, account.organisation.type.code])).toEqual([
      ['parent', 'Школа № 1', 'school'],
    ]);
    expect(anna?.childLinks.map((link) => `${link.child.firstName} ${link.child.accounts[0]?.class?.name}`).sort()).toEqual([
      'Михаил 8А',
      'Софья 4Б',
    ]);
    expect(Object.keys(entry.schema)).toContain('personsRelations');
  });
});
