export * from './templates/index';
export { enqueueEmail, type OutboxMessage } from './outbox/enqueue-email';
export { claimBatch, type ClaimOptions, type ClaimedBatch } from './outbox/claim-batch';
export { defaultBackoff } from './outbox/backoff';
export { outboxMessageId } from './outbox/message-id';
export { createSmtpTransport, type MailSender, type SmtpServer } from './outbox/mail-transport';
export { consoleOutboxLog, type OutboxLog, type OutboxLogEntry } from './outbox/outbox-log';
export {
  createOutboxWorker,
  DEFAULT_MAX_ATTEMPTS,
  type OutboxWorker,
  type OutboxWorkerOptions,
  type PollTimer,
} from './outbox/create-outbox-worker';
export {
  listGivenUpEmails,
  outboxCounts,
  retryGivenUpEmail,
  type GivenUpEmail,
  type OutboxCounts,
} from './outbox/outbox-status';
