import { describe, expect, it } from 'vitest';
import { createOutboxWorker, enqueueEmail, type OutboxLogEntry } from '../src/index';
import { enqueuedAt, FROM, later, outboxRows, rejectionEmail, useFixture } from './support/fixture';
import { manualPollTimer } from './support/manual-poll-timer';
import { startSilentSmtpServer } from './support/silent-smtp-server';

const fixture = useFixture();

describe('stopping the worker', () => {
  it('with an SMTP server that never greets, stop() returns at once and gives every unsent email back, attempts unchanged', async () => {
    const { db } = fixture.handle;
    const ids: number[] = [];
    for (let n = 1; n <= 5; n++) ids.push(await enqueueEmail(db, rejectionEmail(n), { now: enqueuedAt }));
    const silent = await startSilentSmtpServer();
    const polls = manualPollTimer();
    const logs: OutboxLogEntry[] = [];
    const worker = createOutboxWorker({
      db,
      transport: { url: `smtp://127.0.0.1:${silent.port}`, plainTextAllowed: true },
      from: FROM,
      now: () => later(1_000),
      pollTimer: polls.timer,
      log: (entry) => logs.push(entry),
    });
    try {
      worker.start();
      polls.fire();
      await silent.connected(); // the first send is waiting for a greeting that never comes

      const started = performance.now();
      await worker.stop();
      // Bounded by the database writes only: no SMTP timeout (10 s × 5 emails before) is waited out.
      expect(performance.now() - started).toBeLessThan(1_000);

      expect(polls.pending()).toBe(0);
      await silent.allClosed(); // the abandoned SMTP connection was closed, not left to its timeouts
      expect(await outboxRows(fixture)).toEqual(
        ids.map((id) => expect.objectContaining({ id, sentAt: null, lockedUntil: null, claimedBy: null, attempts: 0, lastError: null })),
      );
      expect(logs).toEqual([{ level: 'warn', event: 'abandoned', outboxId: ids[0], template: 'access-request-rejected', attempt: 1 }]);
    } finally {
      await silent.close();
    }

    // Given back, not leased: another worker sends them all right away, each once.
    const next = createOutboxWorker({
      db,
      transport: fixture.smtp,
      from: FROM,
      now: () => later(2_000),
    });
    expect(await next.runOnce()).toEqual({ sent: 5, failed: 0 });
    expect(
      fixture.sink
        .messages()
        .map((message) => message.messageId)
        .sort(),
    ).toEqual(ids.map((id) => `<outbox-${id}@vhod.local>`).sort());
  });

  it('stop() before the first poll cancels it', async () => {
    const polls = manualPollTimer();
    const worker = createOutboxWorker({
      db: fixture.handle.db,
      transport: fixture.smtp,
      from: FROM,
      pollTimer: polls.timer,
    });
    worker.start();
    expect(polls.pending()).toBe(1);
    await worker.stop();
    expect(polls.pending()).toBe(0);
  });
});
