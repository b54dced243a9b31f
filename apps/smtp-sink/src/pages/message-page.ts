import escapeHtml from 'escape-html';
import type { SinkMessage } from '../sink-message';
import { formatTime } from './format-time';
import { renderPage } from './page-layout';

/** One message: its envelope, plain text, and HTML in a sandboxed frame (served by its own route). */
export function renderMessagePage(message: SinkMessage, timeZone: string): string {
  const fields: Array<[string, string]> = [
    ['Получено', formatTime(message.receivedAt, timeZone)],
    ['От', message.from],
    ['Кому', message.to.join(', ')],
    ['Тема', message.subject],
    ['Message-ID', message.messageId],
  ];
  const details = fields.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`).join('\n');
  const html = message.html
    ? `<iframe sandbox="" referrerpolicy="no-referrer" title="HTML-версия письма" src="/messages/${message.id}/html"></iframe>`
    : '<p class="empty">HTML-версии нет.</p>';
  return renderPage({
    title: message.subject || 'Письмо',
    body: `<p><a href="/">← Все письма</a></p>
<h1>${escapeHtml(message.subject || '(без темы)')}</h1>
<dl>
${details}
</dl>
<h2>Текст</h2>
<pre>${escapeHtml(message.text)}</pre>
<h2>HTML</h2>
${html}`,
  });
}
