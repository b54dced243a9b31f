// The production entry point: `pnpm start` (node apps/api/dist/main.js, built by `pnpm build`). Reads the
// configuration, opens PostgreSQL, refuses a database that is behind, then serves the API and both SPAs with the
// outbox worker and the readiness refresher beside it. SIGTERM or SIGINT drains and exits 0. docs/operations.md.
import { existsSync } from 'node:fs';
import { assertMigrationsCurrent, connectOrExplain, longRunning, openPostgres } from '@vhod/db';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadApiConfig, type ApiConfig } from './config';
import { ConfigError } from './config-error';
import { createLogger } from './logging/logger';
import { describeError } from './logging/unexpected-error';
import { startMetricsServer, type RunningMetricsServer } from './metrics/api-metrics';
import { startApiServer, type RunningApiServer } from './server/create-api-server';

/** Connecting, checking and listening take seconds; a start still hanging after this has gone wrong somewhere. */
const startDeadlineMs = 60_000;
/** The drain (20 s) plus the outbox worker's and the pool's own bounded stops. */
const stopDeadlineMs = 30_000;

/** The built SPAs, beside this file's package (apps/api/dist/main.js and apps/api/src/main.ts alike). */
const spaDirs = {
  family: fileURLToPath(new URL('../../family/dist', import.meta.url)),
  staff: fileURLToPath(new URL('../../staff/dist', import.meta.url)),
};

const logger = createLogger();

/** A start that cannot go on: one readable message on stderr, exit 1. */
function refuse(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let config: ApiConfig;
try {
  config = loadApiConfig(process.env, { requireDatabase: true });
} catch (error) {
  if (error instanceof ConfigError) refuse(error.message);
  throw error;
}
for (const [app, dir] of Object.entries(spaDirs)) {
  if (!existsSync(join(dir, 'index.html'))) refuse(`The ${app} SPA is not built (${dir}/index.html is missing): run \`pnpm build\` first.`);
}

const startWatchdog = setTimeout(() => refuse(`Start-up did not finish within ${startDeadlineMs / 1000} s.`), startDeadlineMs);
const database = await connectOrExplain(config.server.databaseUrl!).catch((error: unknown) =>
  refuse(error instanceof Error ? error.message : String(error)),
);
await assertMigrationsCurrent(database).catch(async (error: unknown) => {
  await database.close();
  refuse(error instanceof Error ? error.message : String(error));
});
// The readiness recount runs for tens of seconds at region scale: one connection of its own, without the request
// pool's statement deadline.
const background = openPostgres(config.server.databaseUrl!, 1, longRunning);
let api: RunningApiServer;
let metricsServer: RunningMetricsServer | null = null;
try {
  api = await startApiServer({
    config,
    db: database.db,
    backgroundDb: background.db,
    port: config.server.port,
    host: config.server.host,
    spaDirs,
    logger,
  });
  if (config.metrics.enabled) metricsServer = await startMetricsServer(api.services.metrics, config.metrics.host, config.metrics.port);
} catch (error) {
  // EADDRINUSE and the like: say which address, not a stack.
  await background.close();
  await database.close();
  const { code } = error as { code?: string };
  refuse(`Cannot listen: ${code ?? (error instanceof Error ? error.message : String(error))} (VHOD_HOST, VHOD_PORT, VHOD_METRICS_PORT)`);
}
clearTimeout(startWatchdog);
logger.info(
  {
    pid: process.pid,
    url: api.url,
    publicOrigin: config.publicOrigin,
    production: config.production,
    metrics: metricsServer?.url ?? 'off',
    trustedProxies: config.trustedProxies.entries,
    outbox: config.email ? 'sending' : 'waiting: SMTP_URL is not set',
  },
  'started',
);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping: finishing requests under way');
  const watchdog = setTimeout(() => {
    logger.error({ deadlineMs: stopDeadlineMs }, 'stop did not finish in time; exiting');
    process.exit(1);
  }, stopDeadlineMs);
  watchdog.unref();
  try {
    await api.close();
    await metricsServer?.close();
    await background.close();
    await database.close();
    logger.info('stopped');
    process.exitCode = 0;
  } catch (error) {
    logger.error(describeError(error), 'stop failed');
    process.exitCode = 1;
  }
  clearTimeout(watchdog);
  // Anything left (a keep-alive timer of a library) must not hold the process: the work is done.
  logger.flush();
  setImmediate(() => process.exit());
}
process.once('SIGTERM', () => void stop('SIGTERM'));
process.once('SIGINT', () => void stop('SIGINT'));
