import { startSmtpSink } from '@vhod/smtp-sink';
import { describe, expect, it } from 'vitest';
import { accessRequestResolved, createOutboxWorker, enqueueEmail, type OutboxLogEntry } from '../src/index';
import { enqueuedAt, FROM, later, outboxRows, rejectionEmail, useFixture } from './support/fixture';
import { manualPollTimer } from './support/manual-poll-timer';

const fixture = useFixture();

describe('delivery', () => {
  it('delivers subject, text, HTML and a deterministic Message-ID, and marks the row sent', async () => {
    const { db } = fixture.handle;
    const email = accessRequestResolved({
      number: '2026-000123',
      comment: 'Доступ выдан <script>x</script>',
      portalOrigin: 'https://vhod.example.ru',
    });
    const id = await enqueueEmail(db, { template: 'access-request-resolved', to: 'anna@example.test', ...email }, { now: enqueuedAt });
    const worker = createOutboxWorker({
      db,
      transport: fixture.smtp,
      from: FROM,
      now: () => later(1_000),
    });

    expect(await worker.runOnce()).toEqual({ sent: 1, failed: 0 });

    const message = await fixture.sink.waitFor((m) => m.to.includes('anna@example.test'), 2_000);
    expect(message).toMatchObject({
      from: FROM,
      to: ['anna@example.test'],
      subject: 'Обращение 2026-000123 разрешено',
      text: email.text,
      html: email.html,
      messageId: `<outbox-${id}@vhod.local>`,
    });
    const [row] = await outboxRows(fixture);
    expect(row?.sentAt).toBeInstanceOf(Date);
    expect(row).toMatchObject({ attempts: 0, lockedUntil: null, lastError: null });

    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(fixture.sink.messages()).toHaveLength(1);
  });

  it('records a failure with backoff while the server is down, then delivers exactly once', async () => {
    const { db } = fixture.handle;
    const down = await startSmtpSink();
    const port = down.smtpPort;
    await down.close();

    const id = await enqueueEmail(db, rejectionEmail(7), { now: enqueuedAt });
    const logs: OutboxLogEntry[] = [];
    let clock = later(1_000);
    const worker = createOutboxWorker({
      db,
      transport: { url: `smtp://127.0.0.1:${port}`, plainTextAllowed: true },
      from: FROM,
      now: () => clock,
      log: (entry) => logs.push(entry),
    });
    const failedAt = clock;

    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 });
    let [row] = await outboxRows(fixture);
    expect(row).toMatchObject({ id, attempts: 1, lockedUntil: null, sentAt: null });
    expect(row?.lastError).toMatch(/ECONNREFUSED/);
    expect(row?.nextAttemptAt.getTime()).toBe(failedAt.getTime() + 30_000);

    // Not due yet: nothing is tried.
    clock = new Date(failedAt.getTime() + 29_000);
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });

    // Second failure: the wait doubles.
    clock = new Date(failedAt.getTime() + 30_000);
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 });
    [row] = await outboxRows(fixture);
    expect(row?.attempts).toBe(2);
    expect(row?.nextAttemptAt.getTime()).toBe(clock.getTime() + 60_000);

    const back = await startSmtpSink({ smtpPort: port });
    try {
      clock = new Date(clock.getTime() + 60_000);
      expect(await worker.runOnce()).toEqual({ sent: 1, failed: 0 });
      clock = new Date(clock.getTime() + 24 * 3_600_000);
      expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
      expect(back.messages()).toHaveLength(1);
      expect(back.messages()[0]?.messageId).toBe(`<outbox-${id}@vhod.local>`);
      [row] = await outboxRows(fixture);
      expect(row?.sentAt?.getTime()).toBe(clock.getTime() - 24 * 3_600_000);
      expect(row?.attempts).toBe(2); // failed attempts; the last error stays for operators
    } finally {
      await back.close();
    }

    expect(logs.map((entry) => entry.event)).toEqual(['failed', 'failed', 'sent']);
    expect(JSON.stringify(logs)).not.toContain('@example.test');
    expect(JSON.stringify(logs)).not.toContain('Обращение');
  });

  it('gives up after maxAttempts and leaves the row unsent with its last error', async () => {
    const { db } = fixture.handle;
    const down = await startSmtpSink();
    const port = down.smtpPort;
    await down.close();

    await enqueueEmail(db, rejectionEmail(8), { now: enqueuedAt });
    const logs: OutboxLogEntry[] = [];
    let clock = later(1_000);
    const worker = createOutboxWorker({
      db,
      transport: { url: `smtp://127.0.0.1:${port}`, plainTextAllowed: true },
      from: FROM,
      maxAttempts: 2,
      now: () => clock,
      log: (entry) => logs.push(entry),
    });

    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 });
    clock = new Date(clock.getTime() + 3_600_000);
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 });
    clock = new Date(clock.getTime() + 365 * 24 * 3_600_000);
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });

    const [row] = await outboxRows(fixture);
    expect(row).toMatchObject({ attempts: 2, sentAt: null, lockedUntil: null });
    expect(row?.lastError).toMatch(/ECONNREFUSED/);
    expect(logs.map((entry) => entry.event)).toEqual(['failed', 'gave-up']);
  });

  it('sends nothing in clear text to a server without STARTTLS unless plain text is allowed (the development sink only)', async () => {
    const { db } = fixture.handle;
    await enqueueEmail(db, rejectionEmail(8), { now: enqueuedAt });
    const worker = createOutboxWorker({
      db,
      transport: { url: `smtp://127.0.0.1:${fixture.sink.smtpPort}` },
      from: FROM,
      now: () => later(1_000),
    });

    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 });
    const [row] = await outboxRows(fixture);
    expect(row?.lastError).toMatch(/STARTTLS/);
    expect(fixture.sink.messages()).toHaveLength(0);
  });

  it('keeps recipient addresses out of last_error and the log', async () => {
    const { db } = fixture.handle;
    await enqueueEmail(db, rejectionEmail(9), { now: enqueuedAt });
    const logs: OutboxLogEntry[] = [];
    const rejecting = {
      sendMail: async () => {
        throw new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <parent9@example.test>: user unknown");
      },
    };
    const worker = createOutboxWorker({ db, transport: rejecting, from: FROM, now: () => later(1_000), log: (entry) => logs.push(entry) });

    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 });
    const [row] = await outboxRows(fixture);
    expect(row?.lastError).toBe("Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: user unknown");
    expect(JSON.stringify(logs)).not.toContain('parent9');
  });

  it('polls in the background: again at once after a full batch, after the poll interval otherwise', async () => {
    const { db } = fixture.handle;
    for (const n of [10, 11, 12]) await enqueueEmail(db, rejectionEmail(n), { now: enqueuedAt });
    const polls = manualPollTimer();
    const worker = createOutboxWorker({
      db,
      transport: fixture.smtp,
      from: FROM,
      batchSize: 2,
      pollIntervalMs: 2_000,
      now: () => later(1_000),
      pollTimer: polls.timer,
    });
    worker.start();
    try {
      let next = polls.nextSchedule();
      polls.fire();
      expect(await next).toBe(0);
      expect(recipients()).toEqual(['parent10@example.test', 'parent11@example.test']);

      next = polls.nextSchedule();
      polls.fire();
      expect(await next).toBe(2_000);
      expect(recipients()).toEqual(['parent10@example.test', 'parent11@example.test', 'parent12@example.test']);
    } finally {
      await worker.stop();
    }
  });
});

function recipients(): string[] {
  return fixture.sink.messages().map((message) => message.to[0] ?? '');
}
