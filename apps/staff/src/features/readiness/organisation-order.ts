import { linkedPercent, type ReadinessNumbers } from './readiness-numbers';

export const organisationOrders = ['name', 'linked-share', 'open-requests'] as const;
export type OrganisationOrder = (typeof organisationOrders)[number];

export function asOrganisationOrder(value: string | null): OrganisationOrder {
  return organisationOrders.find((order) => order === value) ?? 'name';
}

/** Lower case, «ё» as «е», without quotes and «№»: how people type a school's name into a search box. */
function normalised(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[«»"„“”№]/g, ' ');
}

/**
 * The organisations whose name holds every word of the search, in the chosen order. The API
 * sends them by name; the other orders put those that need attention first.
 */
export function findOrganisations<Row extends ReadinessNumbers & { organisationName: string }>(
  rows: readonly Row[],
  search: string,
  order: OrganisationOrder,
): Row[] {
  const words = normalised(search).split(/\s+/).filter(Boolean);
  const found = rows.filter((row) => {
    const name = normalised(row.organisationName);
    return words.every((word) => name.includes(word));
  });
  if (order === 'linked-share') return found.sort((a, b) => linkedPercent(a) - linkedPercent(b));
  if (order === 'open-requests') return found.sort((a, b) => b.openRequests - a.openRequests);
  return found;
}
