import type { AuditAction } from '@vhod/domain';
import type { Database } from '../client';
import { currentRequestId } from '../request-scope';
import { auditLog, type AuditActorKind, type AuditLogEntry } from '../schema/audit-log';

export interface AuditEntryInput {
  /** One of the domain's `auditActions`. */
  action: AuditAction;
  actorKind: AuditActorKind;
  actorAccountId?: string | null | undefined;
  actorPersonId?: string | null | undefined;
  actorApiClientId?: string | null | undefined;
  esiaSubject?: string | null | undefined;
  organisationId?: string | null | undefined;
  targetKind?: string | null | undefined;
  targetId?: string | null | undefined;
  clientIp?: string | null | undefined;
  details?: Record<string, unknown> | undefined;
  /**
   * Person cards the entry is about besides a `person` target (e.g. the card a request was
   * resolved with): every organisation they have an account in sees the entry too.
   */
  concernedPersonIds?: readonly string[] | undefined;
  /** Defaults to now() in the database. */
  at?: Date | undefined;
}

/**
 * Appends one entry to audit_log and returns it; the database files it under its organisations (audit_log_organisations).
 * Inside a request (withRequestId) the request's id goes into details.requestId.
 */
export async function writeAuditEntry(db: Database, entry: AuditEntryInput): Promise<AuditLogEntry> {
  const requestId = currentRequestId();
  const [row] = await db
    .insert(auditLog)
    .values({
      action: entry.action,
      actorKind: entry.actorKind,
      actorAccountId: entry.actorAccountId ?? null,
      actorPersonId: entry.actorPersonId ?? null,
      actorApiClientId: entry.actorApiClientId ?? null,
      esiaSubject: entry.esiaSubject ?? null,
      organisationId: entry.organisationId ?? null,
      targetKind: entry.targetKind ?? null,
      targetId: entry.targetId ?? null,
      clientIp: entry.clientIp ?? null,
      details: requestId === undefined ? (entry.details ?? {}) : { ...entry.details, requestId },
      concernedPersonIds: entry.concernedPersonIds?.length ? [...entry.concernedPersonIds] : null,
      ...(entry.at ? { at: entry.at } : {}),
    })
    .returning();
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row;
}
