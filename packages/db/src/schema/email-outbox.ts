import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Transactional outbox: an email is written in the same transaction as the change it reports
 * and sent later by a worker, so a crash loses nothing and a rollback sends nothing.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** Which template produced it (for operators; the rendered text is below). */
    template: text('template').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** A worker's claim: others leave the row alone until then, and pick it up if that worker died. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /**
     * Which batch holds the claim (a random id per batch): its heartbeat extends locked_until only
     * for rows still its own, and its outcome is written only while the row is still its own.
     */
    claimedBy: text('claimed_by'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    lastError: text('last_error'),
  },
  (t) => [index('email_outbox_pending_idx').on(t.nextAttemptAt).where(sql`sent_at is null`)],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;
export type NewOutboxEmail = typeof emailOutbox.$inferInsert;
