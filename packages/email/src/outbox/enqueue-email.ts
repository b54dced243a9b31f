import { emailOutbox, type Database } from '@vhod/db';

export interface OutboxMessage {
  /** Which template rendered it, e.g. 'access-request-created' (for operators). */
  template: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Writes an email into the outbox; a worker sends it later. Pass the transaction that makes the
 * change the email reports: the email then exists exactly when the change commits (a rollback
 * sends nothing, a crash after the commit loses nothing). Returns the outbox id.
 * `now`: when the email is written and first due, on the caller's clock; default the database's now().
 */
export async function enqueueEmail(db: Database, message: OutboxMessage, { now }: { now?: Date } = {}): Promise<number> {
  const to = message.to.trim();
  // Not a full address check (the application validates input); just never queue obvious garbage.
  if (!/^[^\s@]+@[^\s@]+$/.test(to)) throw new TypeError('enqueueEmail: the recipient is not an email address');
  const [row] = await db
    .insert(emailOutbox)
    .values({
      template: message.template,
      toAddress: to,
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html,
      ...(now && { createdAt: now, nextAttemptAt: now }),
    })
    .returning({ id: emailOutbox.id });
  return row!.id;
}
