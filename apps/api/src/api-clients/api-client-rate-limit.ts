import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ApiClientActor } from './api-client-actor';

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Per-client request budget over a sliding minute. In memory: each API instance counts its own
 * calls, so N instances admit up to N× the limit (a shared store would fix that; one instance
 * serves a region today).
 */
export function createApiClientRateLimiter() {
  // One limiter per distinct budget; a client's key is its id, so renaming or rotating keeps its count.
  const limiters = new Map<number, RateLimiterMemory>();
  function limiterFor(pointsPerMinute: number) {
    let limiter = limiters.get(pointsPerMinute);
    if (!limiter) {
      limiter = new RateLimiterMemory({ points: pointsPerMinute, duration: 60 });
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
