import type { Database } from '@vhod/db';

/** Reading the audit log in the staff console (to be built). */
export function createAuditLogService(_deps: { db: Database }) {
  return {};
}

export type AuditLogService = ReturnType<typeof createAuditLogService>;
