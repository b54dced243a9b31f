import { describe, expect, it } from 'vitest';
import { claimBatch, createOutboxWorker, createSmtpTransport, enqueueEmail, type MailSender, type OutboxWorker } from '../src/index';
import { enqueuedAt, FROM, later, outboxRows, rejectionEmail, useFixture } from './support/fixture';
import { manualPollTimer } from './support/manual-poll-timer';

const fixture = useFixture();

async function drain(worker: OutboxWorker): Promise<number> {
  let total = 0;
  for (;;) {
    const { sent, failed } = await worker.runOnce();
    if (sent + failed === 0) return total;
    total += sent;
  }
}

describe('leases', () => {
  it('a worker that crashed after claiming blocks the row only until its lease ends', async () => {
    const { db } = fixture.handle;
    const id = await enqueueEmail(db, rejectionEmail(1), { now: enqueuedAt });
    const crashedAt = later(1_000);
    // The "crashed" worker: claimed with a one-minute lease, never sent, never released.
    const claimed = await claimBatch(db, { now: crashedAt, leaseMs: 60_000, batchSize: 10, maxAttempts: 12, claimant: 'crashed' });
    expect(claimed.rows.map((row) => row.id)).toEqual([id]);

    let clock = new Date(crashedAt.getTime() + 59_000);
    const worker = createOutboxWorker({ db, transport: fixture.smtp, from: FROM, now: () => clock });
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(fixture.sink.messages()).toEqual([]);

    clock = new Date(crashedAt.getTime() + 61_000);
    expect(await worker.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(fixture.sink.messages().map((m) => m.messageId)).toEqual([`<outbox-${id}@vhod.local>`]);
    const [row] = await outboxRows(fixture);
    expect(row?.sentAt).not.toBeNull();
    expect(row?.lockedUntil).toBeNull();
  });

  it('two claims at the same moment never share a row', async () => {
    const { db } = fixture.handle;
    for (let n = 1; n <= 6; n++) await enqueueEmail(db, rejectionEmail(n), { now: enqueuedAt });
    const now = later(1_000);
    const [a, b] = await Promise.all([
      claimBatch(db, { now, leaseMs: 60_000, batchSize: 4, maxAttempts: 12, claimant: 'a' }),
      claimBatch(db, { now, leaseMs: 60_000, batchSize: 4, maxAttempts: 12, claimant: 'b' }),
    ]);
    const ids = [...a.rows, ...b.rows].map((row) => row.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  it('two workers draining 20 emails concurrently deliver each exactly once', async () => {
    const { db } = fixture.handle;
    const ids: number[] = [];
    for (let n = 1; n <= 20; n++) ids.push(await enqueueEmail(db, rejectionEmail(n), { now: enqueuedAt }));
    const transport = fixture.smtp;
    const first = createOutboxWorker({ db, transport, from: FROM, batchSize: 3, now: () => later(1_000) });
    const second = createOutboxWorker({ db, transport, from: FROM, batchSize: 3, now: () => later(1_000) });

    const [sentByFirst, sentBySecond] = await Promise.all([drain(first), drain(second)]);

    expect(sentByFirst + sentBySecond).toBe(20);
    const received = fixture.sink
      .messages()
      .map((m) => m.messageId)
      .sort();
    expect(received).toEqual(ids.map((id) => `<outbox-${id}@vhod.local>`).sort());
    const rows = await outboxRows(fixture);
    expect(rows.every((row) => row.sentAt !== null && row.lockedUntil === null && row.attempts === 0)).toBe(true);
  });

  it('a crashed worker delays its claimed emails by one short lease, not minutes; the repeat has the same Message-ID', async () => {
    const { db } = fixture.handle;
    const ids: number[] = [];
    for (let n = 1; n <= 3; n++) ids.push(await enqueueEmail(db, rejectionEmail(n), { now: enqueuedAt }));
    const sink = fixture.smtp;

    // Worker A hands the first email over to the SMTP server, then "crashes" before recording it:
    // its send never returns and its heartbeat (fired by hand here) stops.
    const delivered = createSmtpTransport(sink);
    const crashing: MailSender = {
      sendMail: async (message) => {
        await delivered.sendMail(message);
        return new Promise(() => {});
      },
    };
    let clockA = later(1_000);
    const heartbeatsA = manualPollTimer();
    const a = createOutboxWorker({ db, transport: crashing, from: FROM, now: () => clockA, heartbeatTimer: heartbeatsA.timer });
    void a.runOnce();
    await fixture.sink.waitFor((message) => message.messageId === `<outbox-${ids[0]}@vhod.local>`, 5_000);

    let clockB = later(1_000);
    const b = createOutboxWorker({ db, transport: sink, from: FROM, now: () => clockB });

    // While A lives, its heartbeat keeps the claim past the first lease (15 s): B takes nothing.
    clockA = later(11_000);
    const renewed = heartbeatsA.nextSchedule();
    heartbeatsA.fire();
    await renewed;
    clockB = later(20_000);
    expect(await b.runOnce()).toEqual({ sent: 0, failed: 0 });

    // A is gone (no heartbeat since 11 s): one lease later B sends everything A had claimed.
    clockB = later(26_001);
    expect(await b.runOnce()).toEqual({ sent: 3, failed: 0 });
    const received = fixture.sink.messages().map((message) => message.messageId);
    expect(received.sort()).toEqual([ids[0], ...ids].map((id) => `<outbox-${id}@vhod.local>`).sort());
    expect((await outboxRows(fixture)).map((row) => [row.sentAt, row.claimedBy])).toEqual(ids.map(() => [later(26_001), null]));

    await a.stop();
    delivered.close?.();
    // A stopping late changes nothing: the rows are B's work, recorded as sent.
    expect((await outboxRows(fixture)).every((row) => row.sentAt?.getTime() === later(26_001).getTime())).toBe(true);
  });
});
