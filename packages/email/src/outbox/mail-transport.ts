import nodemailer, { type SendMailOptions } from 'nodemailer';

/** The one thing the worker needs from a transport; any nodemailer Transporter has it. */
export interface MailSender {
  sendMail(message: SendMailOptions): Promise<unknown>;
  close?(): void;
}

/** A plain SMTP server on the local machine or network (the development sink). */
export interface PlainSmtpServer {
  host: string;
  port: number;
}

/**
 * A transport for a local plain SMTP server. STARTTLS is ignored only here: the development sink
 * has no certificate. Real mail servers get a Transporter configured by the caller (with TLS).
 * Short timeouts bound how long one unreachable server holds a batch (stop() does not wait for them).
 */
export function createPlainTransport({ host, port }: PlainSmtpServer): MailSender {
  return nodemailer.createTransport({
    host,
    port,
    secure: false,
    ignoreTLS: true,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

export function isMailSender(transport: MailSender | PlainSmtpServer): transport is MailSender {
  return typeof (transport as Partial<MailSender>).sendMail === 'function';
}
