import { apiClientRateLimits, textQueryClient, type Database } from '@vhod/db';
import { getTableName } from 'drizzle-orm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { ApiClientActor } from './api-client-actor';

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Per-client request budget per minute (a fixed window starting at the client's first request), counted in PostgreSQL
 * so every API instance draws on the same budget: N instances admit the limit once, not N times. The table is
 * created by a migration (api_client_rate_limits); one row per client, reused window after window, so nothing needs
 * sweeping.
 */
export function createApiClientRateLimiter(db: Database) {
  const storeClient = textQueryClient(db);
  // One limiter per distinct budget. A client's key is its id alone, so renaming, rotating or changing its budget
  // keeps the count of the current minute.
  const limiters = new Map<number, RateLimiterPostgres>();
  function limiterFor(pointsPerMinute: number) {
    let limiter = limiters.get(pointsPerMinute);
    if (!limiter) {
      limiter = new RateLimiterPostgres({
        storeClient,
        storeType: 'client',
        tableName: getTableName(apiClientRateLimits),
        tableCreated: true,
        clearExpiredByTimeout: false,
        points: pointsPerMinute,
        duration: 60,
      });
      limiters.set(pointsPerMinute, limiter);
    }
    return limiter;
  }

  return {
    async take(client: ApiClientActor): Promise<RateLimitDecision> {
      try {
        await limiterFor(client.rateLimitPerMinute).consume(client.clientId);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes)
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        throw rejection;
      }
    },
  };
}

export type ApiClientRateLimiter = ReturnType<typeof createApiClientRateLimiter>;
