import nodemailer, { type SendMailOptions } from 'nodemailer';

/** The one thing the worker needs from a transport; any nodemailer Transporter has it. */
export interface MailSender {
  sendMail(message: SendMailOptions): Promise<unknown>;
  close?(): void;
}

/**
 * An SMTP server in nodemailer's URL form: `smtps://user:pass@host:465` (TLS from the first byte) or
 * `smtp://user:pass@host:587` (STARTTLS). `plainTextAllowed` lets `smtp://` go on without TLS when the server offers
 * none: only the development sink, which has no certificate; everywhere else STARTTLS is required and a server that
 * does not offer it is a failed attempt.
 */
export interface SmtpServer {
  url: string;
  plainTextAllowed?: boolean;
}

/** Short timeouts bound how long one unreachable server holds a batch (stop() does not wait for them). */
export function createSmtpTransport({ url, plainTextAllowed = false }: SmtpServer): MailSender {
  return nodemailer.createTransport({
    url,
    ...(plainTextAllowed ? { ignoreTLS: true } : { requireTLS: true }),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

export function isMailSender(transport: MailSender | SmtpServer): transport is MailSender {
  return typeof (transport as Partial<MailSender>).sendMail === 'function';
}
