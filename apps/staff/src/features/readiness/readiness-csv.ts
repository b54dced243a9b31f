import { toCsv, type CsvCell } from '@vhod/domain';
import { formatDateTime } from '@vhod/ui';
import type { TFunction } from 'i18next';
import type { ReadinessNumbers } from './readiness-numbers';

export interface OrganisationRow extends ReadinessNumbers {
  organisationName: string;
}

export interface ClassRow extends OrganisationRow {
  className: string | null;
}

export interface UnlinkedPersonRow {
  fullName: string;
  role: string;
  childName: string | null;
}

// The exports keep every count in its own column (the screen folds some together) for spreadsheets to sum.
function numberHeader(t: TFunction): string[] {
  return [
    t('readiness.csvStudents'),
    t('readiness.csvStudentsLinked'),
    t('readiness.csvStudentsRecent'),
    t('readiness.csvParents'),
    t('readiness.csvParentsLinked'),
    t('readiness.csvParentsRecent'),
    t('readiness.csvOpenRequests'),
    t('readiness.csvOldestOpenRequest'),
  ];
}

/** The oldest request's day is on the deployment's calendar (`timeZone`), as on the screen. */
function numberCells(row: ReadinessNumbers, timeZone: string): CsvCell[] {
  return [
    row.students,
    row.studentsLinked,
    row.studentsRecentEsia,
    row.parents,
    row.parentsLinked,
    row.parentsRecentEsia,
    row.openRequests,
    row.oldestOpenRequestAt ? formatDateTime(row.oldestOpenRequestAt, timeZone, 'day') : '',
  ];
}

export function organisationsCsv(t: TFunction, rows: readonly OrganisationRow[], timeZone: string): string {
  return toCsv(
    [t('readiness.csvOrganisation'), ...numberHeader(t)],
    rows.map((row) => [row.organisationName, ...numberCells(row, timeZone)]),
  );
}

export function classesCsv(t: TFunction, rows: readonly ClassRow[], timeZone: string): string {
  return toCsv(
    [t('readiness.csvOrganisation'), t('readiness.csvClass'), ...numberHeader(t)],
    rows.map((row) => [row.organisationName, row.className ?? t('readiness.withoutClass'), ...numberCells(row, timeZone)]),
  );
}

export function unlinkedPeopleCsv(t: TFunction, people: readonly UnlinkedPersonRow[]): string {
  return toCsv(
    [t('readiness.csvFullName'), t('readiness.csvRole'), t('readiness.csvChild')],
    people.map((person) => [person.fullName, t(`roles.${person.role}`), person.childName ?? '']),
  );
}
