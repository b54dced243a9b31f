const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;

/**
 * How long to wait after the given number of failed attempts (1, 2, …): 30 s, 1 min, 2 min,
 * 4 min … doubling up to at most 1 hour, so a mail server that is down for a while is not hammered.
 */
export function defaultBackoff(failedAttempts: number): number {
  const exponent = Math.max(0, Math.min(failedAttempts - 1, 30));
  return Math.min(FIRST_RETRY_MS * 2 ** exponent, MAX_RETRY_MS);
}
