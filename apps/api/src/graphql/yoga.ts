import type { IncomingMessage, ServerResponse } from 'node:http';
import { createTranslator, pickLanguage } from '@vhod/i18n';
import { GraphQLError } from 'graphql';
import { createGraphQLError, createYoga, type YogaLogger } from 'graphql-yoga';
import type { ApiClientActor } from '../api-clients/api-client-actor';
import { bearerTokenOf } from '../api-clients/bearer-token';
import type { Logger } from '../logging/logger';
import { describeError, reportUnexpectedError } from '../logging/unexpected-error';
import { databaseOutage } from '../server/database-outage';
import { readCookie, sessionCookieName } from '../sessions/cookies';
import { clientMeta, type ApiServices } from '../server/http-types';
import { requestContextOf } from '../server/request-context';
import { loadStaffActor, type StaffActor } from '../staff/staff-actor';
import { apiClientUsagePlugin } from './api-client-usage-plugin';
import { compiledExecution } from './compiled-execution';
import { createLoaders } from './loaders';
import type { GraphQLContext } from './context';
import { schema } from './schema';
import { inputLimitsPlugin } from './input-limits';
import { securityPlugins } from './security-limits';

export interface NodeServerContext {
  req: IncomingMessage;
  res: ServerResponse;
  responseCookies: string[];
}

const translators = new Map<string, ReturnType<typeof createTranslator>>();
export function translatorFor(acceptLanguage: string | null) {
  const language = pickLanguage(acceptLanguage);
  let translator = translators.get(language);
  if (!translator) {
    translator = createTranslator(language);
    translators.set(language, translator);
  }
  return translator;
}

export function createGraphQLHandler(services: ApiServices) {
  return createYoga<NodeServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: !services.config.production,
    // Unexpected errors reach clients as "Unexpected error." with the correlation id of their log
    // line (503 with Retry-After when the database is away); DomainErrors are typed results instead.
    maskedErrors: { maskError: (error) => maskUnexpectedError(services.logger, error) },
    logging: yogaLogger(services.logger),
    // Yoga's default reflects any Origin with credentials; only our own pages may read answers.
    // Anything else gets no CORS headers at all, so the browser keeps the answer from its script.
    cors: (request) => {
      const origin = request.headers.get('origin');
      if (origin === null || !services.config.allowedOrigins.includes(origin)) return false;
      return { origin, credentials: true, methods: ['GET', 'POST'], allowedHeaders: ['Content-Type', 'Accept'] };
    },
    context: async ({ request, req, responseCookies, params }): Promise<GraphQLContext> => {
      const t = translatorFor(request.headers.get('accept-language')).t;
      const meta = clientMeta(req);
      const requestContext = requestContextOf(req);
      requestContext.operationName = operationNameOf(params);
      const authorization = request.headers.get('authorization');
      if (authorization !== null) {
        requestContext.actorKind = 'api-client';
        // A third-party client: its secret alone decides, cookies are ignored.
        const apiClient = await authenticateApiClient(services, authorization, t);
        return {
          services,
          session: null,
          sessionToken: undefined,
          meta,
          t,
          setCookie: () => {},
          staff: async () => null,
          loaders: createLoaders(services.db),
          apiClient,
          reader: async () => apiClient,
        };
      }
      const sessionToken = readCookie(request.headers.get('cookie'), sessionCookieName);
      const session = await services.sessions.load(sessionToken);
      if (session) requestContext.actorKind = session.app === 'staff' ? 'staff' : 'family';
      let staff: Promise<StaffActor | null> | undefined;
      const loadStaff = () => (staff ??= loadStaffActor(services.db, session));
      return {
        services,
        session,
        sessionToken,
        meta,
        t,
        setCookie: (cookie) => responseCookies.push(cookie),
        staff: loadStaff,
        loaders: createLoaders(services.db),
        apiClient: null,
        reader: loadStaff,
      };
    },
    // Batched requests are off (Yoga's default): one operation per HTTP request, each within the limits.
    plugins: [
      ...compiledExecution(),
      inputLimitsPlugin((request) => translatorFor(request.headers.get('accept-language')).t),
      ...securityPlugins(services.config, { introspectionFor: (request) => request.headers.has('authorization') }),
      apiClientUsagePlugin(services),
      {
        onResponse({ response, serverContext }) {
          // Whether the CORS headers are there depends on Origin: a shared cache must not mix them up.
          response.headers.append('Vary', 'Origin');
          // A subscription's events must pass nginx at once, not wait in its proxy buffer.
          if (response.headers.get('content-type')?.startsWith('text/event-stream')) response.headers.set('X-Accel-Buffering', 'no');
          for (const cookie of (serverContext as Partial<NodeServerContext>).responseCookies ?? []) {
            response.headers.append('Set-Cookie', cookie);
          }
        },
      },
    ],
  });
}

/**
 * The operation's name for the request's log line and metrics: as sent, else as written in the document. A name is a
 * GraphQL name (letters, digits, underscores), so it can carry no personal data.
 */
function operationNameOf(params: { operationName?: string | null; query?: string | null }): string | undefined {
  const name = params.operationName ?? /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(params.query ?? '')?.[1];
  return name && /^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name) ? name : undefined;
}

/**
 * The client behind `Authorization: Bearer …`, within its rate limit; otherwise a GraphQL error
 * with the HTTP status a client library understands (401 with WWW-Authenticate, 429 with Retry-After).
 */
async function authenticateApiClient(services: ApiServices, authorization: string, t: GraphQLContext['t']): Promise<ApiClientActor> {
  const token = bearerTokenOf(authorization);
  const client = token ? await services.apiClients.authenticate(token) : null;
  if (!client) {
    throw new GraphQLError(t('apiAccess.unauthorized'), {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } } },
    });
  }
  const decision = await services.apiClientRateLimiter.take(client);
  if (!decision.allowed) {
    throw new GraphQLError(t('apiAccess.rateLimited', { limit: client.rateLimitPerMinute, retryAfter: decision.retryAfterSeconds }), {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfterSeconds: decision.retryAfterSeconds,
        http: { status: 429, headers: { 'Retry-After': String(decision.retryAfterSeconds) } },
      },
    });
  }
  return client;
}

/** Errors already logged with their correlation id; Yoga logs every masked error again, which it must not. */
const reported = new WeakSet<object>();

/** A GraphQL error raised on purpose (validation, a refusal with its status), possibly wrapped by a resolver's path. */
function isIntendedGraphQLError(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError)) return false;
  return error.originalError == null || isIntendedGraphQLError(error.originalError);
}

function maskUnexpectedError(logger: Logger, error: unknown): Error {
  if (isIntendedGraphQLError(error)) return error;
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (typeof error === 'object' && error !== null) reported.add(error);
  const location =
    error instanceof GraphQLError ? { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path } : {};
  const outage = databaseOutage(logger, original);
  if (outage) {
    // Yoga's mask hook sees no request, so the text is in the default language (the only one so far).
    const { retryAfterSeconds, correlationId } = outage;
    return createGraphQLError(translatorFor(null).t('serviceUnavailable.database', { seconds: retryAfterSeconds }), {
      ...location,
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        retryAfterSeconds,
        correlationId,
        http: { status: 503, headers: { 'Retry-After': String(retryAfterSeconds) } },
      },
    });
  }
  const correlationId = reportUnexpectedError(logger, original);
  return createGraphQLError('Unexpected error.', { ...location, extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId } });
}

/** Yoga's own log lines through ours; an error argument is told by its class and code, never its message. */
function yogaLogger(logger: Logger): YogaLogger {
  const safe = (args: unknown[]) =>
    args
      .filter((arg) => !(typeof arg === 'object' && arg !== null && reported.has(arg)))
      .map((arg) => (arg instanceof Error ? describeError(arg) : arg));
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const kept = safe(args);
      if (kept.length > 0) logger[level]({ yoga: kept }, 'graphql');
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
