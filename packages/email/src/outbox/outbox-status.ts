import { emailOutbox, type Database, type OutboxEmail } from '@vhod/db';
import { and, desc, eq, gte, isNull, lt, min, sql } from 'drizzle-orm';

/** What an operator watches: emails waiting, waiting after a failure, and given up. */
export interface OutboxCounts {
  /** Not sent and not given up (due now or waiting for their next attempt). */
  pending: number;
  /** Of those, the ones that failed at least once. */
  failing: number;
  /** Failed maxAttempts times: never tried again unless retried by hand. */
  givenUp: number;
  /** When the oldest pending email was written; null when none waits. */
  oldestPendingAt: Date | null;
}

export async function outboxCounts(db: Database, maxAttempts: number): Promise<OutboxCounts> {
  const [row] = await db
    .select({
      pending: sql<number>`count(*) filter (where ${emailOutbox.attempts} < ${maxAttempts})`.mapWith(Number),
      failing: sql<number>`count(*) filter (where ${emailOutbox.attempts} > 0 and ${emailOutbox.attempts} < ${maxAttempts})`.mapWith(
        Number,
      ),
      givenUp: sql<number>`count(*) filter (where ${emailOutbox.attempts} >= ${maxAttempts})`.mapWith(Number),
      oldestPendingAt: min(sql<Date>`case when ${emailOutbox.attempts} < ${maxAttempts} then ${emailOutbox.createdAt} end`).mapWith(
        (value: string | Date | null) => (value === null ? null : new Date(value)),
      ),
    })
    .from(emailOutbox)
    .where(isNull(emailOutbox.sentAt));
  return {
    pending: row?.pending ?? 0,
    failing: row?.failing ?? 0,
    givenUp: row?.givenUp ?? 0,
    oldestPendingAt: row?.oldestPendingAt ?? null,
  };
}

/** A given-up email as staff see it: no address, subject or body (personal data), only what and why. */
export interface GivenUpEmail {
  id: number;
  template: string;
  /** When the change it reports was made (the email was written then). */
  createdAt: Date;
  attempts: number;
  /** The redacted error of the last attempt (addresses removed, see errorSummary). */
  lastError: string | null;
}

/**
 * Given-up emails, newest first, `first` at a time after the cursor (the id of the last one seen). The cursor is the id
 * alone: ids grow with creation, so newest first is highest id first.
 */
export async function listGivenUpEmails(
  db: Database,
  maxAttempts: number,
  page: { first: number; afterId?: number },
): Promise<GivenUpEmail[]> {
  return db
    .select({
      id: emailOutbox.id,
      template: emailOutbox.template,
      createdAt: emailOutbox.createdAt,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
    })
    .from(emailOutbox)
    .where(
      and(
        isNull(emailOutbox.sentAt),
        gte(emailOutbox.attempts, maxAttempts),
        page.afterId === undefined ? undefined : lt(emailOutbox.id, page.afterId),
      ),
    )
    .orderBy(desc(emailOutbox.id))
    .limit(page.first);
}

/**
 * Puts a given-up email back in the queue: attempts 0, due now, its last error kept until the next attempt. Returns the
 * row, or null when it is not (or no longer) given up: sent meanwhile, retried by someone else, or no such id.
 */
export async function retryGivenUpEmail(
  db: Database,
  id: number,
  maxAttempts: number,
  now: Date,
): Promise<Pick<OutboxEmail, 'id' | 'template'> | null> {
  const [row] = await db
    .update(emailOutbox)
    .set({ attempts: 0, nextAttemptAt: now, lockedUntil: null })
    .where(and(eq(emailOutbox.id, id), isNull(emailOutbox.sentAt), gte(emailOutbox.attempts, maxAttempts)))
    .returning({ id: emailOutbox.id, template: emailOutbox.template });
  return row ?? null;
}
