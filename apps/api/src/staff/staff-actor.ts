import { isStaffRole, staffPermissions, type AccountRole } from '@vhod/domain';
import { accounts, preparedPerDatabase, type Database } from '@vhod/db';
import { eq, sql } from 'drizzle-orm';
import type { Reader } from '../access/reader';
import type { Session } from '../sessions/session-store';

/** A signed-in staff member of the console, with what their role allows. */
export interface StaffActor extends Reader {
  kind: 'staff';
  accountId: string;
  personId: string;
  organisationId: string;
  role: AccountRole;
}

// Every staff request loads its account.
const accountById = preparedPerDatabase((db) =>
  db
    .select()
    .from(accounts)
    .where(eq(accounts.id, sql.placeholder('id')))
    .prepare('staff_actor_account'),
);

export async function loadStaffActor(db: Database, session: Session | null): Promise<StaffActor | null> {
  if (session?.app !== 'staff' || session.stage !== 'active' || !session.accountId) return null;
  const [account] = await accountById(db).execute({ id: session.accountId });
  if (!account || account.disabledAt || !isStaffRole(account.role)) return null;
  const permissions = staffPermissions(account.role);
  return {
    kind: 'staff',
    accountId: account.id,
    personId: account.personId,
    organisationId: account.organisationId,
    organisationIds: permissions.allOrganisations ? null : [account.organisationId],
    role: account.role,
    classId: account.classId,
    permissions,
  };
}
