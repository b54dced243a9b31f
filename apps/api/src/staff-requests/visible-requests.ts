import { accessRequests } from '@vhod/db';
import { and, eq, type SQL } from 'drizzle-orm';
import type { StaffActor } from '../staff/staff-actor';

/**
 * The requests a staff member may see: their organisation's (every organisation for the
 * regional administrator); a teacher only those about their own class.
 */
export function visibleRequestsCondition(actor: StaffActor): SQL | undefined {
  const organisation = actor.permissions.allOrganisations ? undefined : eq(accessRequests.organisationId, actor.organisationId);
  if (actor.permissions.workRequests) return organisation;
  if (actor.permissions.readClassRequests && actor.classId) return and(organisation, eq(accessRequests.classId, actor.classId));
  // Nothing visible: a condition no row satisfies.
  return eq(accessRequests.id, '00000000-0000-0000-0000-000000000000');
}
