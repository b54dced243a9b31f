import { startSmtpSink } from './start-smtp-sink';

/**
 * CLI: tsx src/main.ts
 *
 * Environment: SMTP_SINK_PORT (2525), SMTP_SINK_HTTP_PORT (3025), SMTP_SINK_HOST (127.0.0.1),
 * VHOD_TIME_ZONE (Europe/Moscow, for the times on the page).
 */

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`smtp-sink: ${name} must be a port number, got "${raw}"`);
  return port;
}

async function main(): Promise<void> {
  const host = process.env.SMTP_SINK_HOST || '127.0.0.1';
  const sink = await startSmtpSink({
    smtpPort: portFromEnv('SMTP_SINK_PORT', 2525),
    httpPort: portFromEnv('SMTP_SINK_HTTP_PORT', 3025),
    host,
    timeZone: process.env.VHOD_TIME_ZONE || 'Europe/Moscow',
  });
  console.log(`smtp-sink: SMTP on ${host}:${sink.smtpPort} (no TLS, no authentication)`);
  console.log(`  inbox: ${sink.httpUrl}/`);

  const shutdown = (): void => {
    sink.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
});
