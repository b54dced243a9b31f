import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<string>();

/**
 * Runs `work` as part of the HTTP request `requestId`: every audit entry written inside it carries the id
 * (details.requestId), so an entry leads to the request's log line and back.
 */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return scope.run(requestId, work);
}

/** The id of the request this code runs for; undefined in background work (the outbox worker, the refresher). */
export function currentRequestId(): string | undefined {
  return scope.getStore();
}
