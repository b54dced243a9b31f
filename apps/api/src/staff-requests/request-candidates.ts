import {
  identityDocumentKey,
  normalizeNamePart,
  normalizeSnils,
  rankCandidates,
  type CandidateCard,
  type RankedCandidate,
} from '@vhod/domain';
import { accounts, classes, persons, type AccessRequest, type Database } from '@vhod/db';
import { and, eq, inArray, like, or, type SQL } from 'drizzle-orm';
import { cardDocument } from '../person-cards/card-document';

export interface RequestCandidateCard extends CandidateCard {
  accountId: string;
}

/**
 * Person cards of the request's organisation, in the request's role, that may be the
 * applicant: the database narrows by any shared key (SNILS, document, birth date, the start of
 * the surname), the domain ranks and explains.
 */
export async function requestCandidates(
  db: Database,
  request: AccessRequest,
  limit = 10,
): Promise<RankedCandidate<RequestCandidateCard>[]> {
  const applicant = request.applicant;
  const snils = normalizeSnils(applicant.snils);
  const documentKeys = applicant.documents.map((document) => identityDocumentKey(document)).filter((key): key is string => key !== null);
  const surnameStart = normalizeNamePart(applicant.lastName).slice(0, 3);
  const keys: SQL[] = [like(persons.nameKey, `${surnameStart.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)];
  if (snils) keys.push(eq(persons.snils, snils));
  if (documentKeys.length > 0) keys.push(inArray(persons.documentKey, documentKeys));
  if (applicant.birthDate) keys.push(eq(persons.birthDate, applicant.birthDate));

  const rows = await db
    .select({ person: persons, accountId: accounts.id, className: classes.name })
    .from(accounts)
    .innerJoin(persons, eq(persons.id, accounts.personId))
    .leftJoin(classes, eq(classes.id, accounts.classId))
    .where(and(eq(accounts.organisationId, request.organisationId), eq(accounts.role, request.role), or(...keys)))
    .limit(200);

  const requestedClass = request.classId
    ? ((await db.select({ name: classes.name }).from(classes).where(eq(classes.id, request.classId)))[0]?.name ?? null)
    : null;
  const cards: RequestCandidateCard[] = rows.map(({ person, accountId, className }) => ({
    id: person.id,
    accountId,
    lastName: person.lastName,
    firstName: person.firstName,
    middleName: person.middleName,
    birthDate: person.birthDate,
    gender: person.gender,
    snils: person.snils,
    document: cardDocument(person),
    className,
  }));
  return rankCandidates({ ...applicant, className: requestedClass }, cards, { limit });
}
