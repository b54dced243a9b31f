import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSmtpSink, type RunningSmtpSink } from '../src/index';
import { sendMail } from './send-mail';

let sink: RunningSmtpSink;

beforeEach(async () => {
  sink = await startSmtpSink();
});
afterEach(async () => {
  await sink.close();
});

describe('receiving', () => {
  it('decodes a Russian subject and keeps both bodies, the envelope and the Message-ID', async () => {
    await sendMail(sink.smtpPort, {
      to: ['parent@example.test', 'second@example.test'],
      subject: 'Обращение 2026-000123 зарегистрировано',
      text: 'Вашему обращению присвоен номер 2026-000123.',
      html: '<p>Вашему обращению присвоен номер <b>2026-000123</b>.</p>',
      messageId: '<outbox-7@vhod.local>',
    });

    const [message] = sink.messages();
    expect(sink.messages()).toHaveLength(1);
    expect(message).toMatchObject({
      id: 1,
      from: '"Вход через Госуслуги" <noreply@vhod.local>',
      to: ['parent@example.test', 'second@example.test'],
      subject: 'Обращение 2026-000123 зарегистрировано',
      text: 'Вашему обращению присвоен номер 2026-000123.',
      html: '<p>Вашему обращению присвоен номер <b>2026-000123</b>.</p>',
      messageId: '<outbox-7@vhod.local>',
    });
    expect(message?.receivedAt).toBeInstanceOf(Date);
    expect(message?.headers.subject).toBe('Обращение 2026-000123 зарегистрировано');
    expect(message?.headers['content-type']).toMatch(/^multipart\/alternative/);
  });

  it('keeps only the newest messages beyond its limit, and clear() empties it', async () => {
    const small = await startSmtpSink({ maxMessages: 2 });
    try {
      for (const n of [1, 2, 3]) await sendMail(small.smtpPort, { to: 'a@example.test', subject: `Письмо ${n}`, text: 'т' });
      expect(small.messages().map((m) => m.subject)).toEqual(['Письмо 2', 'Письмо 3']);
      small.clear();
      expect(small.messages()).toEqual([]);
    } finally {
      await small.close();
    }
  });
});

describe('waitFor', () => {
  it('resolves with a message that arrives later', async () => {
    const waiting = sink.waitFor((m) => m.to.includes('late@example.test'), 5_000);
    await sendMail(sink.smtpPort, { to: 'other@example.test', subject: 'Не то', text: '1' });
    await sendMail(sink.smtpPort, { to: 'late@example.test', subject: 'То самое', text: '2' });
    await expect(waiting).resolves.toMatchObject({ subject: 'То самое' });
  });

  it('resolves at once with a message already received', async () => {
    await sendMail(sink.smtpPort, { to: 'early@example.test', subject: 'Уже здесь', text: '1' });
    await expect(sink.waitFor((m) => m.subject === 'Уже здесь', 10)).resolves.toMatchObject({ id: 1 });
  });

  it('rejects when nothing matches in time, and not before', async () => {
    await sendMail(sink.smtpPort, { to: 'a@example.test', subject: 'Другое', text: '1' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let settled = false;
      const waiting = sink.waitFor((m) => m.subject === 'Никогда', 150);
      waiting.then(
        () => (settled = true),
        () => (settled = true),
      );
      await vi.advanceTimersByTimeAsync(149);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await expect(waiting).rejects.toThrow(/no matching message within 150 ms/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects pending waits when the sink closes', async () => {
    const waiting = sink.waitFor(() => false, 10_000);
    await sink.close();
    await expect(waiting).rejects.toThrow(/closed/);
  });
});
