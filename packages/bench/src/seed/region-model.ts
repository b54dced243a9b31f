import {
  accessRequestCounters,
  accessRequestEvents,
  accessRequests,
  accounts,
  classes,
  consents,
  demoOrganisationTypes,
  esiaLinks,
  organisations,
  organisationTypes,
  parentChildLinks,
  persons,
} from '@vhod/db';
import type { PgTable } from 'drizzle-orm/pg-core';
import { buildAccessRequests } from './access-requests';
import { buildEsiaActivity } from './esia-activity';
import { EsiaSubjectIssuer } from './identity-numbers';
import { buildOrganisations } from './organisations';
import { buildPeople, type SeedPerson } from './people';
import { Prng } from './prng';
import type { RegionSize } from './region-scale';

/** The rows of one table, in the shape drizzle inserts (property names, JS values). */
export interface TableRows<T extends PgTable = PgTable> {
  table: T;
  rows: ReadonlyArray<T['$inferInsert']>;
}

function tableRows<T extends PgTable>(table: T, rows: ReadonlyArray<T['$inferInsert']>): TableRows {
  return { table, rows } as unknown as TableRows;
}

/**
 * The whole generated region, table by table in foreign-key order. `anchor` is "now" for the
 * data (sign-ins in the last month, requests of the last year and a half); `passwordHash` is the
 * one legacy password hash every school-issued login shares (scrypt per row would take hours).
 */
export function buildRegion(size: RegionSize, anchor: Date, passwordHash: string): TableRows[] {
  const prng = new Prng(size.seed);
  const region = buildOrganisations(prng, size, anchor);
  const people = buildPeople(prng, size, region, anchor, passwordHash);

  const subjects = new EsiaSubjectIssuer();
  const subjectByPerson = new Map<SeedPerson, string>();
  const subjectOf = (person: SeedPerson) => {
    let subject = subjectByPerson.get(person);
    if (!subject) {
      subject = subjects.issue();
      subjectByPerson.set(person, subject);
    }
    return subject;
  };
  const requests = buildAccessRequests(prng, size.accessRequests, people.persons, subjectOf, anchor);
  const activity = buildEsiaActivity(
    prng,
    people.persons,
    subjectOf,
    () => subjects.issue(),
    requests.resolvedLinks,
    requests.unlinkedApplicants,
    anchor,
  );

  return [
    tableRows(organisationTypes, demoOrganisationTypes),
    tableRows(
      organisations,
      region.all.map((organisation) => organisation.row),
    ),
    tableRows(
      classes,
      region.all.flatMap((organisation) => organisation.classes.map((schoolClass) => schoolClass.row)),
    ),
    tableRows(
      persons,
      people.persons.map((person) => person.row),
    ),
    tableRows(
      accounts,
      people.accounts.map((account) => account.row),
    ),
    tableRows(parentChildLinks, people.parentChildLinks),
    tableRows(esiaLinks, activity.esiaLinks),
    tableRows(consents, activity.consents),
    tableRows(accessRequests, requests.requests),
    tableRows(accessRequestEvents, requests.events),
    tableRows(accessRequestCounters, requests.counters),
  ];
}
