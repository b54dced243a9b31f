import { isStaffRole, staffPermissions, type AccountRole, type StaffPermissions } from '@vhod/domain';
import { accounts, type Database } from '@vhod/db';
import { eq } from 'drizzle-orm';
import type { Session } from '../sessions/session-store';

/** A signed-in staff member of the console, with what their role allows. */
export interface StaffActor {
  accountId: string;
  personId: string;
  organisationId: string;
  role: AccountRole;
  /** A teacher's own class (классное руководство), whose requests they may read. */
  classId: string | null;
  permissions: StaffPermissions;
}

export async function loadStaffActor(db: Database, session: Session | null): Promise<StaffActor | null> {
  if (!session || session.app !== 'staff' || session.stage !== 'active' || !session.accountId) return null;
  const [account] = await db.select().from(accounts).where(eq(accounts.id, session.accountId));
  if (!account || account.disabledAt || !isStaffRole(account.role)) return null;
  return {
    accountId: account.id,
    personId: account.personId,
    organisationId: account.organisationId,
    role: account.role,
    classId: account.classId,
    permissions: staffPermissions(account.role),
  };
}

/** Whether this staff member may see things of that organisation at all. */
export function canSeeOrganisation(actor: StaffActor, organisationId: string): boolean {
  return actor.permissions.allOrganisations || actor.organisationId === organisationId;
}
