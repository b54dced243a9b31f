import { describe, expect, it } from 'vitest';
import { asOrganisationOrder, findOrganisations } from './organisation-order';
import type { ReadinessNumbers } from './readiness-numbers';

const numbers = (linked: number, openRequests = 0): ReadinessNumbers => ({
  students: 10,
  studentsLinked: linked,
  studentsRecentEsia: 0,
  parents: 10,
  parentsLinked: linked,
  parentsRecentEsia: 0,
  openRequests,
  oldestOpenRequestAt: null,
});

// In the API's order: by name.
const rows = [
  { organisationName: 'МАОУ «Гимназия № 2»', ...numbers(5, 1) },
  { organisationName: 'МБДОУ «Детский сад № 5 „Солнышко“»', ...numbers(0, 3) },
  { organisationName: 'МБОУ «Школа № 1»', ...numbers(9) },
  { organisationName: 'МБОУ «Школа № 12»', ...numbers(0) },
];
const names = (found: typeof rows) => found.map((row) => row.organisationName);

describe('finding organisations in the overview', () => {
  it('matches every typed word, in any case, without the quotes and «№» of official names', () => {
    expect(names(findOrganisations(rows, 'школа 1', 'name'))).toEqual(['МБОУ «Школа № 1»', 'МБОУ «Школа № 12»']);
    expect(names(findOrganisations(rows, '  СОЛНЫШКО ', 'name'))).toEqual(['МБДОУ «Детский сад № 5 „Солнышко“»']);
    expect(names(findOrganisations(rows, 'школа гимназия', 'name'))).toEqual([]);
    expect(findOrganisations(rows, '', 'name')).toHaveLength(4);
  });

  it('treats «ё» and «е» alike', () => {
    const withYo = [{ organisationName: 'МБОУ «Школа посёлка Ёлкино»', ...numbers(0) }];
    expect(findOrganisations(withYo, 'поселка елкино', 'name')).toHaveLength(1);
  });

  it('puts those that need attention first, keeping the name order among equals', () => {
    expect(names(findOrganisations(rows, '', 'linked-share'))).toEqual([
      'МБДОУ «Детский сад № 5 „Солнышко“»',
      'МБОУ «Школа № 12»',
      'МАОУ «Гимназия № 2»',
      'МБОУ «Школа № 1»',
    ]);
    expect(names(findOrganisations(rows, '', 'open-requests')).slice(0, 2)).toEqual([
      'МБДОУ «Детский сад № 5 „Солнышко“»',
      'МАОУ «Гимназия № 2»',
    ]);
  });

  it('reads an unknown order from the address as by name', () => {
    expect(asOrganisationOrder('linked-share')).toBe('linked-share');
    expect(asOrganisationOrder('<script>')).toBe('name');
    expect(asOrganisationOrder(null)).toBe('name');
  });
});
