import escapeHtml from 'escape-html';
import type { SinkMessage } from '../sink-message';
import { formatTime } from './format-time';
import { renderPage } from './page-layout';

export const INBOX_TITLE = 'Почтовый ящик разработки';

/** The list of received messages, newest first. */
export function renderInboxPage(newestFirst: ReadonlyArray<SinkMessage>, timeZone: string): string {
  const rows = newestFirst
    .map(
      (message) => `<tr>
<td>${escapeHtml(formatTime(message.receivedAt, timeZone))}</td>
<td>${escapeHtml(message.to.join(', '))}</td>
<td><a href="/messages/${message.id}">${escapeHtml(message.subject || '(без темы)')}</a></td>
</tr>`,
    )
    .join('\n');
  const list =
    newestFirst.length === 0
      ? '<p class="empty">Писем пока нет.</p>'
      : `<table>
<thead><tr><th>Время</th><th>Кому</th><th>Тема</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  return renderPage({
    title: INBOX_TITLE,
    refreshSeconds: 5,
    body: `<h1>${INBOX_TITLE}</h1>
<p>Письма, отправленные системой во время разработки. Никуда дальше они не уходят. Список в формате JSON: <a href="/api/messages">/api/messages</a>.</p>
${list}`,
  });
}
