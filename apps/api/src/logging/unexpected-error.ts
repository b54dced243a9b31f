import { randomUUID } from 'node:crypto';
import { currentRequestId } from '@vhod/db';
import type { Logger } from './logger';

/**
 * What may be told about an unexpected error: the classes along its cause chain and their codes
 * (PostgreSQL's SQLSTATE, Node's `ECONNREFUSED`). Never a message: a database error's message
 * carries the failed statement with its parameters, and those are personal data.
 */
export function describeError(error: unknown): { errorClass: string; code?: string } {
  const classes: string[] = [];
  let code: string | undefined;
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    if (typeof current !== 'object') {
      classes.push(typeof current);
      break;
    }
    classes.push(current.constructor?.name ?? 'Object');
    const ownCode = (current as { code?: unknown }).code;
    if (code === undefined && typeof ownCode === 'string' && /^[A-Z0-9_]{2,40}$/.test(ownCode)) code = ownCode;
    current = (current as { cause?: unknown }).cause;
  }
  return code === undefined ? { errorClass: classes.join(' < ') } : { errorClass: classes.join(' < '), code };
}

/**
 * Logs an unexpected error by class and code under a correlation id, which the caller hands to the client: inside a
 * request the request's id (X-Request-Id, its log line, its audit entries), in background work a new one.
 */
export function reportUnexpectedError(logger: Logger, error: unknown, context: Record<string, string> = {}): string {
  const correlationId = currentRequestId() ?? randomUUID();
  logger.error({ correlationId, ...context, ...describeError(error) }, 'unexpected error');
  return correlationId;
}
