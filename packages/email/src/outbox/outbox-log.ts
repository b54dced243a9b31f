/**
 * What the worker reports. Deliberately no addresses, subjects or bodies (personal data): only
 * outbox ids, counts and redacted error messages.
 */
export type OutboxLogEntry =
  | { level: 'info'; event: 'sent'; outboxId: number; template: string; attempt: number }
  | { level: 'warn'; event: 'failed'; outboxId: number; template: string; attempt: number; retryAt: Date; error: string }
  | { level: 'error'; event: 'gave-up'; outboxId: number; template: string; attempt: number; error: string }
  | { level: 'warn'; event: 'abandoned'; outboxId: number; template: string; attempt: number }
  | { level: 'error'; event: 'heartbeat-failed'; error: string }
  | { level: 'error'; event: 'poll-failed'; error: string };

export type OutboxLog = (entry: OutboxLogEntry) => void;

/** Default: failures to stderr as one JSON line each; successes are not worth a line. */
export const consoleOutboxLog: OutboxLog = (entry) => {
  if (entry.level === 'info') return;
  console.error(JSON.stringify({ source: 'email-outbox', ...entry }));
};
