import { randomUUID } from 'node:crypto';
import { currentRequestId, databaseUnavailableCode } from '@vhod/db';
import type { Logger } from '../logging/logger';
import { describeError } from '../logging/unexpected-error';

/** What Retry-After says while the database is away: the pools give up within a few seconds, and it often returns as fast. */
export const databaseRetryAfterSeconds = 5;

export interface DatabaseOutage {
  correlationId: string;
  retryAfterSeconds: number;
}

/**
 * When `error` is the database being away (refused, cut, silent, timed out), logs it as such and
 * returns what the 503 answer needs; undefined for any other error. GraphQL (graphql/yoga.ts) and
 * the routes (server/create-api-server.ts) both ask here, so they agree on what an outage is.
 */
export function databaseOutage(logger: Logger, error: unknown, context: Record<string, string> = {}): DatabaseOutage | undefined {
  if (databaseUnavailableCode(error) === undefined) return undefined;
  // The request's id, as for any unexpected error (logging/unexpected-error.ts).
  const correlationId = currentRequestId() ?? randomUUID();
  logger.warn({ correlationId, ...context, ...describeError(error) }, 'database unavailable');
  return { correlationId, retryAfterSeconds: databaseRetryAfterSeconds };
}
