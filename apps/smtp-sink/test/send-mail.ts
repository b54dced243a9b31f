import nodemailer from 'nodemailer';

/** Sends one message to the sink the way the application does: plain SMTP, no TLS. */
export async function sendMail(
  port: number,
  message: { to: string | string[]; subject: string; text: string; html?: string; messageId?: string },
) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    return await transport.sendMail({ from: '"Вход через Госуслуги" <noreply@vhod.local>', ...message });
  } finally {
    transport.close();
  }
}
