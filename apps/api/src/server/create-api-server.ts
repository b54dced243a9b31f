import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { withRequestId, type Database } from '@vhod/db';
import { createOutboxWorker } from '@vhod/email';
import { createIdentityProvider } from '../auth/create-identity-provider';
import { createLoginFlows } from '../auth/login-flows';
import { esiaCallback } from '../auth/routes/esia-callback';
import { signOut } from '../auth/routes/sign-out';
import { startEsiaLink } from '../auth/routes/start-esia-link';
import { startEsiaLogin } from '../auth/routes/start-esia-login';
import { systemClock, type Clock } from '../clock/clock';
import { createAccessRequestService } from '../access-requests/access-request-service';
import { createAuditLogService } from '../audit/audit-log-service';
import { createDataDriftService } from '../data-drift/data-drift-service';
import { createUndeliveredEmailService } from '../email-delivery/undelivered-email-service';
import { createReadinessRefresher } from '../readiness/readiness-refresher';
import { createReadinessService, readinessRecentDays } from '../readiness/readiness-service';
import { createApiClientRateLimiter } from '../api-clients/api-client-rate-limit';
import { createApiClientService } from '../api-clients/api-client-service';
import { createOidcClientService } from '../oidc-clients/oidc-client-service';
import { createReplyTemplateService } from '../reply-templates/reply-template-service';
import { createPersonCardService } from '../person-cards/person-card-service';
import { createAccessRequestDecisions } from '../staff-requests/access-request-decisions';
import { createStaffRequestService } from '../staff-requests/staff-request-service';
import { createRequestChangeFeed } from '../request-changes/request-change-feed';
import type { ApiConfig } from '../config';
import { createLegacyCredentials } from '../linking/legacy-credentials';
import { createLinkService } from '../linking/link-service';
import { createLegacySignIn } from '../sign-in/legacy-sign-in';
import { createGraphQLHandler, translatorFor } from '../graphql/yoga';
import { createExpiredRowsSweeper } from '../sessions/expired-rows-sweeper';
import { createSessionStore } from '../sessions/session-store';
import { createSignInService } from '../sign-in/sign-in-service';
import { checkReadiness } from '../health/health-checks';
import { createLogger, type Logger } from '../logging/logger';
import { recordRequestWhenDone } from '../logging/request-log';
import { isOidcPath, oidcRoute } from '../oidc-provider/oidc-route';
import { createVhodProvider } from '../oidc-provider/vhod-provider';
import { reportUnexpectedError } from '../logging/unexpected-error';
import { createApiMetrics } from '../metrics/api-metrics';
import { databaseOutage } from './database-outage';
import { createHttpServer, maxUrlLength } from './http-server';
import type { ApiServices, RouteHandler } from './http-types';
import { beginRequest } from './request-context';
import { maxBodyBytes, postRefusal } from './request-guards';
import { securityHeaders, setHeaders, strictTransportSecurity } from './security-headers';
import { serveSpa } from './static-files';

export interface ApiServerOptions {
  config: ApiConfig;
  db: Database;
  /**
   * For background work that runs longer than a request's deadlines allow (the readiness recount
   * takes tens of seconds at region scale): a pool opened with `longRunning`. Default: db.
   */
  backgroundDb?: Database;
  /** Built SPAs to serve: the family portal at /, the staff console at /staff/. */
  spaDirs?: { family?: string; staff?: string };
  /** Tests move time; everything else uses the system clock in the deployment's time zone. */
  clock?: Clock;
  /** Where log lines go; stdout unless a test reads them. */
  logger?: Logger;
}

export function createApiServices({
  config,
  db,
  clock = systemClock(config.timeZone),
  logger = createLogger(),
}: ApiServerOptions): ApiServices {
  const sessions = createSessionStore(db, config.sessions, clock);
  const signIn = createSignInService({ db, clock, sessions, esiaScopes: config.esia.scopes });
  const credentials = createLegacyCredentials(db, clock);
  const { policy } = config;
  const staffRequests = createStaffRequestService({ db, clock });
  const identityProvider = createIdentityProvider(config.esia, clock);
  const oidc = createVhodProvider({ config, db, clock, logger, sessions });
  const requestChanges = createRequestChangeFeed({ db, logger });
  return {
    oidc,
    config,
    clock,
    db,
    logger,
    identityProvider,
    loginFlows: createLoginFlows(
      db,
      clock,
      { lifetimeMs: config.sessions.loginFlowTimeoutMs, ...config.loginFlowLimits },
      identityProvider.newFlowSecrets,
    ),
    sessions,
    signIn,
    legacySignIn: createLegacySignIn({ db, clock, policy, credentials, sessions }),
    links: createLinkService({ db, clock, policy, credentials, sessions, signIn }),
    accessRequests: createAccessRequestService({ db, clock, portalOrigin: config.publicOrigin }),
    staffRequests,
    requestDecisions: createAccessRequestDecisions({ db, clock, requests: staffRequests, portalOrigin: config.publicOrigin }),
    personCards: createPersonCardService({ db, clock }),
    auditLog: createAuditLogService({ db }),
    dataDrift: createDataDriftService({ db, clock }),
    replyTemplates: createReplyTemplateService({ db, clock }),
    readiness: createReadinessService({ db, clock }),
    apiClients: createApiClientService({ db, clock }),
    oidcClients: createOidcClientService({ db, clock }),
    apiClientRateLimiter: createApiClientRateLimiter(db),
    undeliveredEmails: createUndeliveredEmailService({ db, clock }),
    metrics: createApiMetrics({ db, clock, logger, liveUpdateStreams: requestChanges.subscriberCount }),
    requestChanges,
  };
}

const routes: Record<string, RouteHandler> = {
  'GET /auth/esia/login': startEsiaLogin,
  'GET /auth/esia/link': startEsiaLink,
  'GET /auth/esia/callback': esiaCallback,
  'POST /auth/logout': signOut,
};

/** While the server drains (SIGTERM), every answer closes its connection so the keep-alive clients move on. */
export interface DrainState {
  draining: boolean;
}

export function createRequestListener(
  options: ApiServerOptions,
  services = createApiServices(options),
  drain: DrainState = { draining: false },
) {
  const graphql = createGraphQLHandler(services);
  const familyDir = options.spaDirs?.family && resolve(options.spaDirs.family);
  const staffDir = options.spaDirs?.staff && resolve(options.spaDirs.staff);
  const { publicOrigin, allowedOrigins, production } = options.config;
  const spaHeaders = securityHeaders(services.identityProvider.origin);

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const context = beginRequest(req, options.config.trustedProxies);
    res.setHeader('X-Request-Id', context.requestId);
    if (drain.draining) res.setHeader('Connection', 'close');
    if (production) res.setHeader('Strict-Transport-Security', strictTransportSecurity);
    const path = new URL(req.url ?? '/', publicOrigin).pathname;
    recordRequestWhenDone(req, res, context, path, services);
    return withRequestId(context.requestId, () => handle(req, res, path));
  };

  async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if ((req.url?.length ?? 0) > maxUrlLength) return refuse(req, res, path, 'uriTooLong');
    if (req.method === 'POST') {
      const refusal = postRefusal(req, path, allowedOrigins);
      if (refusal) return refuse(req, res, path, refusal);
    }
    try {
      if (path === '/graphql') return void (await graphql(req, res, { req, res, responseCookies: [] }));
      if (isOidcPath(path)) return await oidcRoute(req, res, services);
      const route = routes[`${req.method} ${path}`];
      if (route) return await route(req, res, services);
      if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (path === '/readyz') {
        const report = await checkReadiness({ db: services.db }, services.clock, options.config.outboxStuckAfterMs);
        return sendJson(res, report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not-ready', checks: report.checks });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.statusCode = 405;
        return void res.end();
      }
      setHeaders(res, spaHeaders);
      if (staffDir && (path === '/staff' || path.startsWith('/staff/')))
        return await serveSpa(res, staffDir, path.slice('/staff'.length) || '/');
      if (familyDir) return await serveSpa(res, familyDir, path);
      res.statusCode = 404;
      res.end('Not found');
    } catch (error) {
      const outage = databaseOutage(services.logger, error, { method: req.method ?? '', path });
      if (outage && !res.headersSent) {
        res.statusCode = 503;
        res.setHeader('Retry-After', String(outage.retryAfterSeconds));
        res.setHeader('X-Correlation-Id', outage.correlationId);
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        const { t } = translatorFor(req.headers['accept-language'] ?? null);
        return void res.end(t('serviceUnavailable.database', { seconds: outage.retryAfterSeconds }));
      }
      const correlationId = outage?.correlationId ?? reportUnexpectedError(services.logger, error, { method: req.method ?? '', path });
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('X-Correlation-Id', correlationId);
      }
      res.end();
    }
  }
}

/** /healthz and /readyz: JSON for the probe, never cached, never the SPA. */
function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

const refusals = {
  crossSite: { status: 403, code: 'CROSS_SITE_REQUEST' },
  notJson: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  uriTooLong: { status: 414, code: 'URI_TOO_LONG' },
  lengthRequired: { status: 411, code: 'LENGTH_REQUIRED' },
  tooLarge: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
} as const;

/**
 * Answers before any handler runs: as a GraphQL error on /graphql, which clients show like any
 * other, and as plain text elsewhere (a browser shows it as a page).
 */
function refuse(req: IncomingMessage, res: ServerResponse, path: string, reason: keyof typeof refusals): void {
  const message = translatorFor(req.headers['accept-language'] ?? null).t(`requestRefused.${reason}`, { limit: maxBodyBytes / 1024 });
  res.statusCode = refusals[reason].status;
  if (path === '/graphql') {
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ errors: [{ message, extensions: { code: refusals[reason].code } }] }));
  } else {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(message);
  }
}

export interface RunningApiServer {
  url: string;
  port: number;
  server: Server;
  /** What the server runs on: the metrics registry and the logger are read by the entry point. */
  services: ApiServices;
  /** Recounts the readiness dashboard's numbers now instead of at the next tick. */
  recountReadiness(): Promise<void>;
  /**
   * Stops accepting connections, lets the requests under way finish (each answer then closes its connection), cuts
   * whatever is still open after `drainMs` (20 s by default), then stops the outbox worker and the readiness refresher.
   */
  close(options?: { drainMs?: number }): Promise<void>;
}

/** How long a shutdown waits for requests under way: longer than any honest request takes, shorter than systemd's stop timeout. */
export const defaultDrainMs = 20_000;

/** The HTTP server and, when SMTP is configured, the email outbox worker beside it. */
export async function startApiServer(options: ApiServerOptions & { port: number; host?: string }): Promise<RunningApiServer> {
  const services = createApiServices(options);
  const drain: DrainState = { draining: false };
  const server = createHttpServer(createRequestListener(options, services, drain));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  const { email } = options.config;
  const { logger } = services;
  const worker = email
    ? createOutboxWorker({
        db: options.db,
        transport: email.smtp,
        from: email.from,
        log: ({ level, event, ...entry }) => logger[level]({ source: 'email-outbox', ...entry }, `outbox ${event}`),
      })
    : null;
  if (worker) worker.start();
  else logger.warn('SMTP_URL is not set: emails stay in the outbox until a worker with SMTP runs');
  const readiness = createReadinessRefresher({
    db: options.backgroundDb ?? options.db,
    clock: services.clock,
    logger,
    intervalMs: options.config.readinessRefreshMs,
    recentDays: readinessRecentDays,
  });
  readiness.start();
  const host = options.host ?? '127.0.0.1';
  let closing: Promise<void> | undefined;
  services.oidc.backChannelLogouts.start();
  const sweeper = createExpiredRowsSweeper({
    db: options.db,
    clock: services.clock,
    logger: services.logger,
    loginFlowLifetimeMs: options.config.sessions.loginFlowTimeoutMs,
  });
  sweeper.start();
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    server,
    services,
    recountReadiness: () => readiness.runNow(),
    close: ({ drainMs = defaultDrainMs } = {}) =>
      (closing ??= (async () => {
        drain.draining = true;
        // Open subscriptions end first: their streams complete and the screens resubscribe through another instance.
        await services.requestChanges.close();
        await drainServer(server, drainMs);
        await worker?.stop();
        await readiness.stop();
        await sweeper.stop();
        await services.oidc.backChannelLogouts.stop();
      })()),
  };
}

/**
 * server.close() stops accepting and waits for every connection to end; idle keep-alive connections are closed now and
 * whenever one falls idle after its answer, busy ones finish their request. At the deadline the rest are cut.
 */
async function drainServer(server: Server, drainMs: number): Promise<void> {
  const closed = new Promise<void>((done) => server.close(() => done()));
  server.closeIdleConnections();
  const sweeper = setInterval(() => server.closeIdleConnections(), 100);
  let deadline: NodeJS.Timeout | undefined;
  const cut = new Promise<void>((done) => {
    deadline = setTimeout(() => {
      server.closeAllConnections();
      done();
    }, drainMs);
  });
  await Promise.race([closed, cut]);
  clearInterval(sweeper);
  clearTimeout(deadline);
  await closed;
}
