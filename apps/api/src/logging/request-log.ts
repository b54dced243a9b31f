import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiMetrics } from '../metrics/api-metrics';
import type { RequestContext } from '../server/request-context';
import type { Logger } from './logger';

/** Paths the API answers itself; their label is the path. */
const ownPaths = new Set(['/graphql', '/auth/esia/login', '/auth/esia/link', '/auth/esia/callback', '/auth/logout', '/healthz', '/readyz']);

/**
 * The path as a route, never with what could identify someone: the query string is never looked at, and the SPAs'
 * own pages (whose paths carry request and card ids) collapse into one label per SPA.
 */
export function routeLabel(path: string): string {
  if (ownPaths.has(path)) return path;
  // The OpenID Provider's paths carry interaction and session ids.
  if (path === '/oidc' || path.startsWith('/oidc/')) return '/oidc/*';
  if (path === '/staff' || path.startsWith('/staff/')) return path.startsWith('/staff/assets/') ? '/staff/assets/*' : '/staff/*';
  return path.startsWith('/assets/') ? '/assets/*' : '/*';
}

/**
 * Writes the request's one log line and its metrics once the answer is out (or the client went away): method, route,
 * status, duration, request id, actor kind, GraphQL operation. Never bodies, query strings, cookies or names.
 */
export function recordRequestWhenDone(
  req: IncomingMessage,
  res: ServerResponse,
  context: RequestContext,
  path: string,
  { logger, metrics }: { logger: Logger; metrics: ApiMetrics },
): void {
  const started = performance.now();
  res.once('close', () => {
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const route = routeLabel(path);
    const status = res.writableFinished ? res.statusCode : 499;
    logger.info(
      {
        requestId: context.requestId,
        method: req.method,
        route,
        ...(context.operationName ? { operation: context.operationName } : {}),
        status,
        durationMs,
        actor: context.actorKind,
        proto: context.protocol,
      },
      'request',
    );
    metrics.observeRequest(route, context.operationName, status, durationMs / 1000);
  });
}
