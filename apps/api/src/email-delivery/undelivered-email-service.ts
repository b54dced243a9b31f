import { writeAuditEntry, type Database } from '@vhod/db';
import { DomainError } from '@vhod/domain';
import { DEFAULT_MAX_ATTEMPTS, listGivenUpEmails, retryGivenUpEmail, type GivenUpEmail } from '@vhod/email';
import { z } from 'zod';
import type { Clock } from '../clock/clock';
import { keysetCursor } from '../pagination/keyset-cursor';
import { keysetPage, pageLimit, type KeysetPage } from '../pagination/keyset-page';
import type { ClientMeta } from '../sessions/session-store';
import type { StaffActor } from '../staff/staff-actor';
import { staffAuditActor } from '../staff/staff-audit';

/** Newest first by outbox id (ids grow with time). */
const outboxIdCursor = keysetCursor({ id: z.number().int().positive() });

/**
 * «Недоставленные письма»: the emails the outbox worker gave up on, for the regional administrator, and putting one back
 * in the queue. Staff see what and why (template, date, the worker's redacted error), never the address or the text.
 */
export function createUndeliveredEmailService({ db, clock }: { db: Database; clock: Clock }) {
  function requireAdmin(actor: StaffActor) {
    if (!actor.permissions.manageEmailDelivery) throw new DomainError('forbidden');
  }

  return {
    async list(actor: StaffActor, options: { first?: number | null; after?: string | null }): Promise<KeysetPage<GivenUpEmail>> {
      requireAdmin(actor);
      const limit = pageLimit(options.first, { default: 50, max: 100 });
      const cursor = options.after ? outboxIdCursor.decode(options.after) : null;
      const rows = await listGivenUpEmails(db, DEFAULT_MAX_ATTEMPTS, { first: limit + 1, afterId: cursor?.id });
      const edges = rows.slice(0, limit).map((node) => ({ node, cursor: outboxIdCursor.encode(node) }));
      return keysetPage(edges, rows.length > limit);
    },

    /** Resets the email to a first attempt due now, audited; refused when it is not given up (sent, or retried already). */
    async retry(actor: StaffActor, id: number, meta: ClientMeta): Promise<{ id: number }> {
      requireAdmin(actor);
      return db.transaction(async (tx) => {
        const row = await retryGivenUpEmail(tx, id, DEFAULT_MAX_ATTEMPTS, clock.now());
        if (!row) throw new DomainError('email-not-given-up');
        await writeAuditEntry(tx, {
          action: 'email.retried',
          ...staffAuditActor(actor, meta),
          targetKind: 'email',
          targetId: String(row.id),
          details: { template: row.template },
          at: clock.now(),
        });
        return { id: row.id };
      });
    },
  };
}

export type UndeliveredEmailService = ReturnType<typeof createUndeliveredEmailService>;
