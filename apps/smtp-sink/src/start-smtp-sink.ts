import { listenHttp } from './http/listen-http';
import { MessageStore } from './message-store';
import type { SinkMessage } from './sink-message';
import { listenSmtp } from './smtp-listener';

export interface SmtpSinkOptions {
  /** 0 = any free port. Default 0. */
  smtpPort?: number;
  /** 0 = any free port. Default 0. */
  httpPort?: number;
  /** Default '127.0.0.1' (the project uses 127.0.0.1 everywhere, never localhost). */
  host?: string;
  /** How many messages to keep; older ones are dropped. Default 1000. */
  maxMessages?: number;
  /** Time zone of the times on the page. Default 'Europe/Moscow'. */
  timeZone?: string;
}

export interface RunningSmtpSink {
  smtpPort: number;
  /** e.g. http://127.0.0.1:3025 (no trailing slash) */
  httpUrl: string;
  /** Oldest first. */
  messages(): ReadonlyArray<SinkMessage>;
  /** The first message (already received or arriving later) the predicate accepts; rejects after timeoutMs (default 5000). */
  waitFor(predicate: (message: SinkMessage) => boolean, timeoutMs?: number): Promise<SinkMessage>;
  clear(): void;
  /** Stops both servers; pending waitFor calls reject. */
  close(): Promise<void>;
}

/** Starts the development mail sink: SMTP in, an inbox page and JSON out, everything in memory. */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<RunningSmtpSink> {
  const host = options.host ?? '127.0.0.1';
  const timeZone = options.timeZone ?? 'Europe/Moscow';
  const store = new MessageStore(options.maxMessages ?? 1000);

  const smtp = await listenSmtp(store, options.smtpPort ?? 0, host);
  const web = await listenHttp(store, options.httpPort ?? 0, host, timeZone).catch(async (error: unknown) => {
    await smtp.close();
    throw error;
  });

  let closed: Promise<void> | undefined;
  return {
    smtpPort: smtp.port,
    httpUrl: `http://${host.includes(':') ? `[${host}]` : host}:${web.port}`,
    messages: () => store.all(),
    waitFor: (predicate, timeoutMs = 5_000) => store.waitFor(predicate, timeoutMs),
    clear: () => store.clear(),
    close: () =>
      (closed ??= (async () => {
        store.rejectWaiters('smtp-sink: closed');
        await Promise.all([smtp.close(), web.close()]);
      })()),
  };
}
