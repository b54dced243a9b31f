import { accessRequests } from '@vhod/db';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Reader } from '../access/reader';

/**
 * The requests a reader may see: those of its organisations (every organisation for the
 * regional administrator); a teacher only those about their own class.
 */
export function visibleRequestsCondition(reader: Reader): SQL | undefined {
  const organisation = reader.organisationIds === null ? undefined : inArray(accessRequests.organisationId, [...reader.organisationIds]);
  if (reader.organisationIds?.length === 0) return sql`false`;
  if (reader.permissions.readOrganisationRequests) return organisation;
  if (reader.permissions.readClassRequests && reader.classId) return and(organisation, eq(accessRequests.classId, reader.classId));
  return sql`false`;
}
