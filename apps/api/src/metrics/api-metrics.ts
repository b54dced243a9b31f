import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '@vhod/db';
import { DEFAULT_MAX_ATTEMPTS, outboxCounts } from '@vhod/email';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Clock } from '../clock/clock';
import type { Logger } from '../logging/logger';
import { describeError } from '../logging/unexpected-error';
import { readinessSnapshotInfo } from '../readiness/readiness-snapshot';

/** How an ESIA sign-in ended, as the callback saw it. */
export type SignInOutcome = 'found' | 'choose-account' | 'not-found' | 'unconfirmed' | 'refused' | 'error';

/** GraphQL operation names are chosen by clients; past this many distinct ones the rest count as `other`. */
const maxOperationNames = 200;

export interface ApiMetrics {
  registry: Registry;
  /** One answered HTTP request: its route label (logging/request-log.ts), GraphQL operation, status and duration. */
  observeRequest(route: string, operation: string | undefined, status: number, seconds: number): void;
  countSignIn(outcome: SignInOutcome): void;
}

/**
 * The API's Prometheus metrics. Requests and sign-ins are counted as they happen; the outbox and the readiness snapshot
 * are read from the database on each scrape (one aggregate each), so every instance reports the same shared numbers.
 * postgres.js exposes no pool statistics, so there is no pool-usage gauge.
 */
export function createApiMetrics({
  db,
  clock,
  logger,
  liveUpdateStreams = () => 0,
}: {
  db: Database;
  clock: Clock;
  logger: Logger;
  /** How many staff screens this instance sends live updates to now. */
  liveUpdateStreams?: () => number;
}): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['route', 'operation', 'status'] as const;
  const requests = new Counter({ name: 'vhod_http_requests_total', help: 'HTTP requests answered', labelNames, registers: [registry] });
  const duration = new Histogram({
    name: 'vhod_http_request_duration_seconds',
    help: 'Time to answer an HTTP request',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const signIns = new Counter({
    name: 'vhod_sign_ins_total',
    help: 'ESIA sign-ins by outcome',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const scrapeFailed = (what: string) => (error: unknown) => logger.warn({ metric: what, ...describeError(error) }, 'metric not read');
  new Gauge({
    name: 'vhod_outbox_emails',
    help: 'Emails in the outbox not sent: pending (waiting or retrying), failing (pending after a failed attempt), given_up',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const counts = await outboxCounts(db, DEFAULT_MAX_ATTEMPTS).catch(scrapeFailed('outbox'));
      if (!counts) return;
      this.set({ state: 'pending' }, counts.pending);
      this.set({ state: 'failing' }, counts.failing);
      this.set({ state: 'given_up' }, counts.givenUp);
    },
  });
  new Gauge({
    name: 'vhod_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest email waiting to be sent (0 when none waits)',
    registers: [registry],
    async collect() {
      const counts = await outboxCounts(db, DEFAULT_MAX_ATTEMPTS).catch(scrapeFailed('outbox'));
      if (counts) this.set(counts.oldestPendingAt ? (clock.now().getTime() - counts.oldestPendingAt.getTime()) / 1000 : 0);
    },
  });
  new Gauge({
    name: 'vhod_live_update_streams',
    help: 'Staff screens this instance sends live updates to (open staffAccessRequestChanges subscriptions)',
    registers: [registry],
    collect() {
      this.set(liveUpdateStreams());
    },
  });
  new Gauge({
    name: 'vhod_readiness_snapshot_age_seconds',
    help: 'Age of the readiness dashboard snapshot (absent until the first recount)',
    registers: [registry],
    async collect() {
      const info = await readinessSnapshotInfo(db).catch(scrapeFailed('readiness-snapshot'));
      if (info) this.set((clock.now().getTime() - info.refreshedAt.getTime()) / 1000);
    },
  });

  const operationNames = new Set<string>();
  const operationLabel = (operation: string | undefined): string => {
    if (operation === undefined) return '';
    if (operationNames.has(operation)) return operation;
    if (operationNames.size >= maxOperationNames) return 'other';
    operationNames.add(operation);
    return operation;
  };

  return {
    registry,
    observeRequest(route, operation, status, seconds) {
      const labels = { route, operation: operationLabel(operation), status: String(status) };
      requests.inc(labels);
      duration.observe(labels, seconds);
    },
    countSignIn: (outcome) => signIns.inc({ outcome }),
  };
}

export interface RunningMetricsServer {
  url: string;
  close(): Promise<void>;
}

/** Serves GET /metrics on its own address (127.0.0.1 by default): the public port never shows them. */
export async function startMetricsServer(metrics: ApiMetrics, host: string, port: number): Promise<RunningMetricsServer> {
  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'GET' || (req.url ?? '/').split('?')[0] !== '/metrics') {
      res.statusCode = 404;
      return void res.end();
    }
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.end(await metrics.registry.metrics());
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}/metrics`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
