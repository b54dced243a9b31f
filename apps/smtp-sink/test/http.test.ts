import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSmtpSink, type RunningSmtpSink } from '../src/index';
import { sendMail } from './send-mail';

let sink: RunningSmtpSink;

beforeEach(async () => {
  sink = await startSmtpSink();
});
afterEach(async () => {
  await sink.close();
});

describe('inbox page', () => {
  it('lists messages newest first in Russian', async () => {
    await sendMail(sink.smtpPort, { to: 'first@example.test', subject: 'Первое письмо', text: '1' });
    await sendMail(sink.smtpPort, { to: 'second@example.test', subject: 'Второе письмо', text: '2' });

    const response = await fetch(`${sink.httpUrl}/`);
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain('Почтовый ящик разработки');
    expect(page).toContain('second@example.test');
    expect(page.indexOf('Второе письмо')).toBeLessThan(page.indexOf('Первое письмо'));
    expect(page).toContain('href="/messages/2"');
  });

  it('escapes HTML in subjects and addresses', async () => {
    await sendMail(sink.smtpPort, { to: 'x@example.test', subject: '<script>alert("тема")</script> & <b>', text: '1' });

    const page = await (await fetch(`${sink.httpUrl}/`)).text();
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<b>');
    expect(page).toContain('&lt;script&gt;alert(&quot;тема&quot;)&lt;/script&gt; &amp; &lt;b&gt;');

    const messagePage = await (await fetch(`${sink.httpUrl}/messages/1`)).text();
    expect(messagePage).not.toContain('<script>');
    expect(messagePage).toContain('&lt;script&gt;alert(&quot;тема&quot;)&lt;/script&gt;');
  });
});

describe('message page', () => {
  it('shows the text escaped and the HTML only in a sandboxed frame under a strict policy', async () => {
    await sendMail(sink.smtpPort, {
      to: 'x@example.test',
      subject: 'Решение',
      text: 'Комментарий: <img src=x onerror=alert(1)>',
      html: '<p>Комментарий</p><script>alert(1)</script>',
    });

    const page = await (await fetch(`${sink.httpUrl}/messages/1`)).text();
    expect(page).toContain('Комментарий: &lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('<iframe sandbox="" referrerpolicy="no-referrer" title="HTML-версия письма" src="/messages/1/html"></iframe>');
    expect(page).not.toContain('<script>');

    const html = await fetch(`${sink.httpUrl}/messages/1/html`);
    const policy = html.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/^sandbox;/);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
    expect(await html.text()).toBe('<p>Комментарий</p><script>alert(1)</script>');
  });

  it('answers 404 in Russian for an unknown message', async () => {
    const response = await fetch(`${sink.httpUrl}/messages/42`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Не найдено');
  });
});

describe('/api/messages', () => {
  it('returns the messages as JSON, newest first', async () => {
    await sendMail(sink.smtpPort, { to: 'a@example.test', subject: 'Первое', text: 'раз', html: '<p>раз</p>' });
    await sendMail(sink.smtpPort, { to: 'b@example.test', subject: 'Второе', text: 'два' });

    const response = await fetch(`${sink.httpUrl}/api/messages`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await response.json()) as Array<Record<string, unknown>>;
    expect(body.map((m) => m.subject)).toEqual(['Второе', 'Первое']);
    expect(body[1]).toMatchObject({ id: 1, to: ['a@example.test'], text: 'раз', html: '<p>раз</p>' });
    expect(new Date(String(body[1]?.receivedAt)).getTime()).not.toBeNaN();

    const one = await fetch(`${sink.httpUrl}/api/messages/2`);
    expect(await one.json()).toMatchObject({ subject: 'Второе', html: '' });
  });

  it('refuses to change anything', async () => {
    const response = await fetch(`${sink.httpUrl}/api/messages`, { method: 'DELETE' });
    expect(response.status).toBe(405);
  });
});
