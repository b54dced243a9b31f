import { randomUUID } from 'node:crypto';
import type { Database, OutboxEmail } from '@vhod/db';
import { defaultBackoff } from './backoff';
import { claimBatch } from './claim-batch';
import { errorSummary } from './error-summary';
import { createSmtpTransport, isMailSender, type MailSender, type SmtpServer } from './mail-transport';
import { outboxMessageId } from './message-id';
import { consoleOutboxLog, type OutboxLog } from './outbox-log';
import { recordFailure, recordSent, releaseClaim, renewClaim } from './record-outcome';

export const DEFAULT_MAX_ATTEMPTS = 12;

export interface OutboxWorkerOptions {
  db: Database;
  /** The SMTP server by URL (`SmtpServer`), or a configured nodemailer Transporter. */
  transport: SmtpServer | MailSender;
  /** The From header, e.g. '"Вход через Госуслуги" <noreply@example.ru>'. */
  from: string;
  /** Pause between polls when the outbox is empty. Default 2000 ms. */
  pollIntervalMs?: number;
  /** Rows claimed per poll. Default 20. */
  batchSize?: number;
  /**
   * How long a claim holds without a heartbeat: the most a crashed worker delays its emails.
   * Default 15 s. A running batch renews it every heartbeatMs, however long its sends take.
   */
  leaseMs?: number;
  /** How often a running batch renews its claim. Default leaseMs / 3. */
  heartbeatMs?: number;
  /** Failed attempts after which a row is given up on. Default 12 (about 5 hours of retries). */
  maxAttempts?: number;
  /** Delay before the next attempt after n failed ones. Default: 30 s doubling up to 1 h. */
  backoff?: (failedAttempts: number) => number;
  /** The worker's clock (tests move it). Default: real time. */
  now?: () => Date;
  /** What schedules the polls (tests run them by hand). Default: setTimeout. */
  pollTimer?: PollTimer;
  /** What schedules the heartbeats (tests fire them by hand). Default: setTimeout. */
  heartbeatTimer?: PollTimer;
  log?: OutboxLog;
}

export interface PollTimer {
  /** Runs `poll` after `delayMs`; returns what cancel() takes. */
  schedule(poll: () => void, delayMs: number): unknown;
  cancel(scheduled: unknown): void;
}

const realTimer: PollTimer = {
  schedule: (poll, delayMs) => setTimeout(poll, delayMs),
  cancel: (scheduled) => clearTimeout(scheduled as NodeJS.Timeout),
};

export interface OutboxWorker {
  /** Polls in the background until stop(). */
  start(): void;
  /**
   * Stops polling, abandons the send under way (the SMTP connection is closed) and gives the
   * batch's unsent rows back at once; resolves when they are back, whatever the SMTP server does.
   */
  stop(): Promise<void>;
  /** Claims and sends one batch. */
  runOnce(): Promise<{ sent: number; failed: number }>;
}

/**
 * Sends the email outbox. Any number of workers (one per API instance) may run on the same
 * database: each batch is claimed atomically with a short lease under a random claimant id (see
 * claimBatch) and renewed by a heartbeat while the batch runs, so no row is sent by two workers at
 * the same time, and the rows of a worker that crashed (no more heartbeats) are claimable again
 * within one lease: seconds, not minutes.
 *
 * Delivery is at least once: a crash between the SMTP hand-over and recording sent_at sends the
 * row again after the lease, with the same Message-ID (`<outbox-<id>@vhod.local>`).
 *
 * stop() abandons the send under way. That row goes back with its attempts unchanged: the server
 * did not refuse it, this process chose to stop, and counting it would let restarts spend an
 * email's retries (a server that really hangs is counted by the transport's own timeouts).
 *
 * Failures: attempts + 1, last_error (redacted message), next_attempt_at = now + backoff(attempts).
 * Given up (terminal): sent_at IS NULL AND attempts >= maxAttempts. Such rows keep their last
 * error and are never claimed again; to retry one, set attempts = 0 and next_attempt_at = now().
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, from } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 2_000;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 15_000;
  const heartbeatMs = options.heartbeatMs ?? Math.floor(leaseMs / 3);
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const backoff = options.backoff ?? defaultBackoff;
  const now = options.now ?? (() => new Date());
  const pollTimer = options.pollTimer ?? realTimer;
  const heartbeatTimer = options.heartbeatTimer ?? realTimer;
  const log = options.log ?? consoleOutboxLog;
  const ownsTransport = !isMailSender(options.transport);
  const transport = isMailSender(options.transport) ? options.transport : createSmtpTransport(options.transport);

  const inFlight = new Set<Promise<unknown>>();
  const batches = new Set<AbortController>();
  let scheduled: unknown;
  let running = false;

  /** Sends one row; 'abandoned' when stop() cut the send short (nothing is recorded then). */
  async function deliver(row: OutboxEmail, claimant: string, stopping: AbortSignal): Promise<'sent' | 'failed' | 'abandoned'> {
    const attempt = row.attempts + 1;
    try {
      await untilAborted(
        transport.sendMail({
          from,
          to: row.toAddress,
          subject: row.subject,
          text: row.textBody,
          html: row.htmlBody,
          messageId: outboxMessageId(row.id),
          signal: stopping,
        }),
        stopping,
      );
    } catch (error) {
      if (stopping.aborted) {
        log({ level: 'warn', event: 'abandoned', outboxId: row.id, template: row.template, attempt });
        return 'abandoned';
      }
      const message = errorSummary(error);
      const retryAt = new Date(now().getTime() + backoff(attempt));
      await recordFailure(db, row.id, claimant, { attempts: attempt, lastError: message, nextAttemptAt: retryAt });
      if (attempt >= maxAttempts) {
        log({ level: 'error', event: 'gave-up', outboxId: row.id, template: row.template, attempt, error: message });
      } else {
        log({ level: 'warn', event: 'failed', outboxId: row.id, template: row.template, attempt, retryAt, error: message });
      }
      return 'failed';
    }
    await recordSent(db, row.id, now());
    log({ level: 'info', event: 'sent', outboxId: row.id, template: row.template, attempt });
    return 'sent';
  }

  /** Renews the batch's claim every heartbeatMs until stopped; `lease.until` follows each renewal that succeeded. */
  function startHeartbeat(claimant: string, held: () => number[], lease: { until: Date }) {
    let stopped = false;
    let handle: unknown;
    const beat = () => {
      handle = undefined;
      const until = new Date(now().getTime() + leaseMs);
      void renewClaim(db, claimant, held(), until)
        .then(
          () => {
            lease.until = until;
          },
          (error: unknown) => log({ level: 'error', event: 'heartbeat-failed', error: errorSummary(error) }),
        )
        .finally(() => {
          if (!stopped) handle = heartbeatTimer.schedule(beat, heartbeatMs);
        });
    };
    handle = heartbeatTimer.schedule(beat, heartbeatMs);
    return () => {
      stopped = true;
      if (handle !== undefined) heartbeatTimer.cancel(handle);
    };
  }

  async function runBatch(): Promise<{ sent: number; failed: number }> {
    const stopping = new AbortController();
    batches.add(stopping);
    try {
      const claimant = randomUUID();
      const { rows, leaseUntil } = await claimBatch(db, { now: now(), leaseMs, batchSize, maxAttempts, claimant });
      if (rows.length === 0) return { sent: 0, failed: 0 };
      const lease = { until: leaseUntil };
      let unfinished = rows.map((row) => row.id);
      const stopHeartbeat = startHeartbeat(claimant, () => unfinished, lease);
      let sent = 0;
      let failed = 0;
      try {
        for (const row of rows) {
          // Stopping, or the heartbeat could not renew the claim (another worker may take the rows now).
          if (stopping.signal.aborted || now() >= lease.until) break;
          const outcome = await deliver(row, claimant, stopping.signal);
          if (outcome === 'abandoned') break;
          if (outcome === 'sent') sent++;
          else failed++;
          unfinished = unfinished.filter((id) => id !== row.id);
        }
      } finally {
        stopHeartbeat();
        // What this batch did not finish goes back at once, not at the end of the lease.
        await releaseClaim(db, claimant, unfinished);
      }
      return { sent, failed };
    } finally {
      batches.delete(stopping);
    }
  }

  function track<T>(work: Promise<T>): Promise<T> {
    inFlight.add(work);
    const forget = () => inFlight.delete(work);
    work.then(forget, forget);
    return work;
  }

  function schedule(delayMs: number): void {
    if (!running) return;
    scheduled = pollTimer.schedule(() => {
      scheduled = undefined;
      track(runBatch()).then(
        // A full batch suggests more is waiting: go again at once.
        (result) => schedule(result.sent + result.failed >= batchSize ? 0 : pollIntervalMs),
        (error: unknown) => {
          log({ level: 'error', event: 'poll-failed', error: errorSummary(error) });
          schedule(pollIntervalMs);
        },
      );
    }, delayMs);
  }

  return {
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      if (scheduled !== undefined) pollTimer.cancel(scheduled);
      scheduled = undefined;
      for (const batch of batches) batch.abort();
      await Promise.allSettled([...inFlight]);
      if (ownsTransport) transport.close?.();
    },
    runOnce: () => track(runBatch()),
  };
}

/**
 * The send, or a rejection as soon as the worker stops: nodemailer's transports close their
 * connection on the signal themselves, and a MailSender that ignores it is not waited for either.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([work, aborted]).finally(() => signal.removeEventListener('abort', onAbort!));
}
