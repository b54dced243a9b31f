import { accessRequests, accounts, type Database } from '@vhod/db';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';

export interface QueueStaffMember {
  /** Which kind of staff member, for metric labels. */
  label: string;
  accountId: string;
  personId: string;
  organisationId: string;
}

/**
 * Whose queue is measured: an organisation's administrator — of the organisation with the most
 * requests, the busiest queue a school has — and the regional administrator, whose queue spans
 * every organisation.
 */
export async function findQueueStaff(db: Database): Promise<{ administrator: QueueStaffMember; regional: QueueStaffMember | null }> {
  const requestsOfOrganisation = sql<number>`(select ${count()} from ${accessRequests} where ${accessRequests.organisationId} = ${accounts.organisationId})`;
  const [administrator] = await db
    .select({ accountId: accounts.id, personId: accounts.personId, organisationId: accounts.organisationId })
    .from(accounts)
    .where(and(eq(accounts.role, 'administrator'), isNull(accounts.disabledAt)))
    .orderBy(desc(requestsOfOrganisation), accounts.id)
    .limit(1);
  if (!administrator) throw new Error('no organisation administrator in the database (seed the demo data or a region first)');
  const [regional] = await db
    .select({ accountId: accounts.id, personId: accounts.personId, organisationId: accounts.organisationId })
    .from(accounts)
    .where(and(eq(accounts.role, 'regional-admin'), isNull(accounts.disabledAt)))
    .orderBy(accounts.id)
    .limit(1);
  return {
    administrator: { label: 'organisation administrator', ...administrator },
    regional: regional ? { label: 'regional administrator', ...regional } : null,
  };
}
