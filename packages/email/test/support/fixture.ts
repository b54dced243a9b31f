import { emailOutbox, type DatabaseHandle, type OutboxEmail } from '@vhod/db';
import { createTestDatabase } from '@vhod/db/testing';
import { startSmtpSink, type RunningSmtpSink } from '@vhod/smtp-sink';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { accessRequestRejected, type OutboxMessage, type SmtpServer } from '../../src/index';

export const FROM = '"Вход через Госуслуги" <noreply@vhod.local>';

export interface Fixture {
  handle: DatabaseHandle;
  sink: RunningSmtpSink;
  /** The sink by URL, as the API's SMTP_URL names it in development (no TLS: the sink has no certificate). */
  readonly smtp: SmtpServer;
}

/** One database and one started sink per test file; both emptied before every test. */
export function useFixture(): Fixture {
  const fixture = {
    get smtp(): SmtpServer {
      return { url: `smtp://127.0.0.1:${fixture.sink.smtpPort}`, plainTextAllowed: true };
    },
  } as Fixture;
  beforeAll(async () => {
    fixture.handle = await createTestDatabase();
    fixture.sink = await startSmtpSink();
  });
  afterAll(async () => {
    await fixture.sink?.close();
    await fixture.handle?.close();
  });
  beforeEach(async () => {
    await fixture.handle.db.delete(emailOutbox);
    fixture.sink.clear();
  });
  return fixture;
}

export function rejectionEmail(n: number, comment = 'Нет такого ученика'): OutboxMessage {
  return {
    template: 'access-request-rejected',
    to: `parent${n}@example.test`,
    ...accessRequestRejected({ number: `2026-${String(n).padStart(6, '0')}`, comment, portalOrigin: 'https://vhod.example.ru' }),
  };
}

export function outboxRows(fixture: Fixture): Promise<OutboxEmail[]> {
  return fixture.handle.db.select().from(emailOutbox).orderBy(asc(emailOutbox.id));
}

/** When the tests' emails are written (`enqueueEmail(…, { now: enqueuedAt })`); workers' clocks run from it. */
export const enqueuedAt = new Date('2026-11-23T09:00:00Z');

/** `ms` after the tests' emails were written. */
export function later(ms: number): Date {
  return new Date(enqueuedAt.getTime() + ms);
}
