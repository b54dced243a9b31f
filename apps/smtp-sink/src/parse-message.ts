import { simpleParser } from 'mailparser';
import type { SMTPServerEnvelope } from 'smtp-server';
import { headerText } from './header-text';
import type { SinkMessage } from './sink-message';

/** Turns a raw RFC 5322 message and its SMTP envelope into a SinkMessage (id and time added by the store). */
export async function parseMessage(raw: Buffer, envelope: SMTPServerEnvelope): Promise<Omit<SinkMessage, 'id' | 'receivedAt'>> {
  // The sink only shows messages; skipping the HTML-to-text conversion keeps `text` what was sent.
  const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
  const headers: Record<string, string> = {};
  for (const [name, value] of mail.headers) headers[name] = headerText(value);
  const envelopeFrom = envelope.mailFrom === false ? '' : envelope.mailFrom.address;
  return {
    from: mail.from?.text || envelopeFrom,
    to: envelope.rcptTo.map((recipient) => recipient.address),
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : '',
    messageId: mail.messageId ?? '',
    headers,
  };
}
