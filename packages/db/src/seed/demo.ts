import { randomUUID } from 'node:crypto';
import { demoCards, type DemoCard } from '@vhod/demo-people';
import type { Database } from '../client';
import { hashLegacyPassword } from '../legacy-password';
import { personKeys } from '../person-keys';
import { accounts, type NewAccount } from '../schema/accounts';
import { classes, organisations, organisationTypes, type NewOrganisation, type NewSchoolClass } from '../schema/organisations';
import { parentChildLinks, persons, type NewParentChildLink, type NewPerson } from '../schema/persons';
import {
  DEMO_LEGACY_PASSWORD,
  DEMO_MUNICIPALITY,
  demoOrganisations,
  demoOrganisationTypes,
  demoPersonAccounts,
  type DemoOrganisationKey,
} from './demo-data';

export interface SeedResult {
  organisations: number;
  persons: number;
  accounts: number;
}

/** True when the database holds no organisations and no person cards (e.g. before seeding). */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [organisation] = await db.select({ id: organisations.id }).from(organisations).limit(1);
  if (organisation) return false;
  const [person] = await db.select({ id: persons.id }).from(persons).limit(1);
  return !person;
}

/**
 * Loads docs/demo-data.md into an empty (migrated) database, in one transaction: organisations,
 * classes, person cards, accounts, parent–child links, legacy logins (password `school123`).
 * No ESIA links: the first sign-in creates them.
 */
export async function seedDemoData(db: Database): Promise<SeedResult> {
  // scrypt is deliberately slow: hash once and share the hash among all demo logins.
  const legacyPasswordHash = await hashLegacyPassword(DEMO_LEGACY_PASSWORD);

  const organisationIds = new Map<DemoOrganisationKey, string>();
  const classIds = new Map<string, string>();
  const organisationRows: NewOrganisation[] = [];
  const classRows: NewSchoolClass[] = [];
  for (const organisation of demoOrganisations) {
    const id = randomUUID();
    organisationIds.set(organisation.key, id);
    organisationRows.push({
      id,
      typeCode: organisation.typeCode,
      name: organisation.name,
      shortName: organisation.shortName,
      municipality: DEMO_MUNICIPALITY,
    });
    organisation.classes.forEach((name, index) => {
      const classId = randomUUID();
      classIds.set(`${organisation.key}/${name}`, classId);
      classRows.push({ id: classId, organisationId: id, name, sortOrder: index + 1 });
    });
  }

  const personIds = new Map<string, string>();
  for (const person of demoPersonAccounts) personIds.set(person.card, randomUUID());
  const idOf = <K>(map: Map<K, string>, key: K): string => {
    const id = map.get(key);
    if (!id) throw new Error(`demo data: unknown reference ${String(key)}`);
    return id;
  };

  const personRows: NewPerson[] = [];
  const accountRows: NewAccount[] = [];
  const linkRows: NewParentChildLink[] = [];
  for (const { card, accounts: demoAccounts, children } of demoPersonAccounts) {
    const personId = idOf(personIds, card);
    const person = personRowOf(demoCards[card]);
    personRows.push({ id: personId, ...person, ...personKeys(person) });
    for (const account of demoAccounts) {
      accountRows.push({
        personId,
        organisationId: idOf(organisationIds, account.organisation),
        role: account.role,
        classId: account.className ? idOf(classIds, `${account.organisation}/${account.className}`) : null,
        legacyLogin: account.legacyLogin ?? null,
        legacyPasswordHash: account.legacyLogin ? legacyPasswordHash : null,
      });
    }
    for (const child of children ?? []) {
      linkRows.push({ parentPersonId: personId, childPersonId: idOf(personIds, child) });
    }
  }

  await db.transaction(async (tx) => {
    await tx
      .insert(organisationTypes)
      .values([...demoOrganisationTypes])
      .onConflictDoNothing();
    await tx.insert(organisations).values(organisationRows);
    await tx.insert(classes).values(classRows);
    await tx.insert(persons).values(personRows);
    await tx.insert(accounts).values(accountRows);
    await tx.insert(parentChildLinks).values(linkRows);
  });

  return { organisations: organisationRows.length, persons: personRows.length, accounts: accountRows.length };
}

function personRowOf({ person: _person, document, ...card }: DemoCard) {
  return {
    ...card,
    documentType: document?.type ?? null,
    documentSeries: document?.series ?? null,
    documentNumber: document?.number ?? null,
  };
}
