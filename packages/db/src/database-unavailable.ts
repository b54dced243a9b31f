/** Node's and postgres.js's codes for a connection that failed, was cut or timed out (postgres.js: CONNECT_TIMEOUT, CONNECTION_CLOSED …). */
const connectionCodes = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'CONNECT_TIMEOUT']);

/**
 * SQLSTATEs meaning "not now, try again": class 08 (connection exception), 57P01–57P05 (admin
 * shutdown, crash shutdown, cannot connect now, database dropped, idle session timeout) and 57014
 * (statement timeout or cancel).
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith('08') || /^57P0[1-5]$/.test(code) || code === '57014';
}

/**
 * The code that makes `error` a database outage rather than a bug, or undefined: looks along the
 * cause chain (drizzle wraps driver errors in DrizzleQueryError). Callers answer such errors with
 * 503 and Retry-After, since the same request will work once the database is back.
 */
export function databaseUnavailableCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (connectionCodes.has(code) || code.startsWith('CONNECTION_') || isUnavailableSqlState(code))) {
      return code;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
