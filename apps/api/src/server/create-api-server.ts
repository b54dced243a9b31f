import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Database } from '@vhod/db';
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
import { createReadinessRefresher } from '../readiness/readiness-refresher';
import { createReadinessService, readinessRecentDays } from '../readiness/readiness-service';
import { createApiClientRateLimiter } from '../api-clients/api-client-rate-limit';
import { createApiClientService } from '../api-clients/api-client-service';
import { createReplyTemplateService } from '../reply-templates/reply-template-service';
import { createPersonCardService } from '../person-cards/person-card-service';
import { createAccessRequestDecisions } from '../staff-requests/access-request-decisions';
import { createStaffRequestService } from '../staff-requests/staff-request-service';
import type { ApiConfig } from '../config';
import { createLegacyCredentials } from '../linking/legacy-credentials';
import { createLinkService } from '../linking/link-service';
import { createLegacySignIn } from '../sign-in/legacy-sign-in';
import { createGraphQLHandler, translatorFor } from '../graphql/yoga';
import { createExpiredRowsSweeper } from '../sessions/expired-rows-sweeper';
import { createSessionStore } from '../sessions/session-store';
import { createSignInService } from '../sign-in/sign-in-service';
import { createLogger, type Logger } from '../logging/logger';
import { reportUnexpectedError } from '../logging/unexpected-error';
import { databaseOutage } from './database-outage';
import { createHttpServer, maxUrlLength } from './http-server';
import type { ApiServices, RouteHandler } from './http-types';
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
  return {
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
    accessRequests: createAccessRequestService({ db, clock }),
    staffRequests,
    requestDecisions: createAccessRequestDecisions({ db, clock, requests: staffRequests }),
    personCards: createPersonCardService({ db, clock }),
    auditLog: createAuditLogService({ db }),
    dataDrift: createDataDriftService({ db, clock }),
    replyTemplates: createReplyTemplateService({ db, clock }),
    readiness: createReadinessService({ db, clock }),
    apiClients: createApiClientService({ db, clock }),
    apiClientRateLimiter: createApiClientRateLimiter(),
  };
}

const routes: Record<string, RouteHandler> = {
  'GET /auth/esia/login': startEsiaLogin,
  'GET /auth/esia/link': startEsiaLink,
  'GET /auth/esia/callback': esiaCallback,
  'POST /auth/logout': signOut,
};

export function createRequestListener(options: ApiServerOptions, services = createApiServices(options)) {
  const graphql = createGraphQLHandler(services);
  const familyDir = options.spaDirs?.family && resolve(options.spaDirs.family);
  const staffDir = options.spaDirs?.staff && resolve(options.spaDirs.staff);
  const { publicOrigin, allowedOrigins, production } = options.config;
  const spaHeaders = securityHeaders(services.identityProvider.origin);

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (production) res.setHeader('Strict-Transport-Security', strictTransportSecurity);
    const path = new URL(req.url ?? '/', publicOrigin).pathname;
    if ((req.url?.length ?? 0) > maxUrlLength) return refuse(req, res, path, 'uriTooLong');
    if (req.method === 'POST') {
      const refusal = postRefusal(req, path, allowedOrigins);
      if (refusal) return refuse(req, res, path, refusal);
    }
    try {
      if (path === '/graphql') return void (await graphql(req, res, { req, res, responseCookies: [] }));
      const route = routes[`${req.method} ${path}`];
      if (route) return await route(req, res, services);
      if (path === '/healthz') {
        res.setHeader('Content-Type', 'application/json');
        return void res.end('{"status":"ok"}');
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
  };
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
  /** Recounts the readiness dashboard's numbers now instead of at the next tick. */
  recountReadiness(): Promise<void>;
  close(): Promise<void>;
}

/** The HTTP server and, when SMTP is configured, the email outbox worker beside it. */
export async function startApiServer(options: ApiServerOptions & { port: number; host?: string }): Promise<RunningApiServer> {
  const services = createApiServices(options);
  const server = createHttpServer(createRequestListener(options, services));
  await new Promise<void>((done) => server.listen(options.port, options.host ?? '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const { email } = options.config;
  const worker = email ? createOutboxWorker({ db: options.db, transport: { host: email.host, port: email.port }, from: email.from }) : null;
  if (worker) worker.start();
  else services.logger.warn('SMTP_HOST is not set: emails stay in the outbox until a worker with SMTP runs');
  const readiness = createReadinessRefresher({
    db: options.backgroundDb ?? options.db,
    clock: services.clock,
    logger: services.logger,
    intervalMs: options.config.readinessRefreshMs,
    recentDays: readinessRecentDays,
  });
  readiness.start();
  const sweeper = createExpiredRowsSweeper({
    db: options.db,
    clock: services.clock,
    logger: services.logger,
    loginFlowLifetimeMs: options.config.sessions.loginFlowTimeoutMs,
  });
  sweeper.start();
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    server,
    recountReadiness: () => readiness.runNow(),
    async close() {
      await new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      });
      await worker?.stop();
      await readiness.stop();
      await sweeper.stop();
    },
  };
}
