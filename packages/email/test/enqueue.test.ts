import { describe, expect, it } from 'vitest';
import { createOutboxWorker, enqueueEmail } from '../src/index';
import { enqueuedAt, FROM, later, outboxRows, rejectionEmail, useFixture } from './support/fixture';

const fixture = useFixture();

describe('enqueueEmail', () => {
  it('sends nothing when the transaction rolls back', async () => {
    const { db } = fixture.handle;
    await expect(
      db.transaction(async (tx) => {
        await enqueueEmail(tx, rejectionEmail(1), { now: enqueuedAt });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    const worker = createOutboxWorker({
      db,
      transport: fixture.smtp,
      from: FROM,
      now: () => later(1_000),
    });
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(await outboxRows(fixture)).toEqual([]);
    expect(fixture.sink.messages()).toEqual([]);
  });

  it('stores the email with the transaction that commits, ready to send', async () => {
    const { db } = fixture.handle;
    const id = await db.transaction((tx) => enqueueEmail(tx, rejectionEmail(2), { now: enqueuedAt }));

    const [row] = await outboxRows(fixture);
    expect(row).toMatchObject({
      id,
      template: 'access-request-rejected',
      toAddress: 'parent2@example.test',
      subject: 'Обращение 2026-000002 отклонено',
      attempts: 0,
      lockedUntil: null,
      sentAt: null,
      lastError: null,
    });
    expect(row?.createdAt).toEqual(enqueuedAt);
    expect(row?.nextAttemptAt).toEqual(enqueuedAt);
  });

  it('refuses something that is not an address', async () => {
    await expect(enqueueEmail(fixture.handle.db, { ...rejectionEmail(3), to: 'не адрес' })).rejects.toThrow(/not an email address/);
    expect(await outboxRows(fixture)).toEqual([]);
  });
});
