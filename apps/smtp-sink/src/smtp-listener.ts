import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { MessageStore } from './message-store';
import { parseMessage } from './parse-message';

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

/**
 * A plain-text SMTP server that accepts every message without authentication (a local sink:
 * STARTTLS is off, so nodemailer must use `ignoreTLS: true`).
 */
export async function listenSmtp(store: MessageStore, port: number, host: string): Promise<SmtpListener> {
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    size: MAX_MESSAGE_BYTES,
    // Tests stop and restart the sink; do not keep a client hanging for the default 30 s.
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      receive(store, stream, session).then(
        () => callback(),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
  // Errors on single connections (a client hanging up) are reported here; they do not stop the sink.
  server.on('error', () => {});

  await new Promise<void>((resolve, reject) => {
    const listening = server.listen(port, host, () => {
      listening.off('error', reject);
      resolve();
    });
    listening.once('error', reject);
  });
  const address = server.server.address() as AddressInfo;

  let closed: Promise<void> | undefined;
  return {
    port: address.port,
    close: () => (closed ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}

async function receive(store: MessageStore, stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  if (stream.sizeExceeded) {
    throw Object.assign(new Error('Message too large for the development sink'), { responseCode: 552 });
  }
  store.add(await parseMessage(Buffer.concat(chunks), session.envelope));
}
