import { writeAuditEntry, type Database } from '@vhod/db';
import type { Session } from '../sessions/session-store';

/** «Выход из системы» in the audit log: from the portal, or through a system's RP-initiated logout (`details.by`). */
export async function auditSignOut(exec: Database, session: Session, clientIp: string | null, details: Record<string, unknown> = {}) {
  await writeAuditEntry(exec, {
    action: 'sign-out',
    actorKind: 'esia-user',
    esiaSubject: session.esiaSubject,
    actorPersonId: session.personId,
    actorAccountId: session.accountId,
    clientIp,
    details,
  });
}
