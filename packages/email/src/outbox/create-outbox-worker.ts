import type { Database, OutboxEmail } from '@vhod/db';
import { defaultBackoff } from './backoff';
import { claimBatch } from './claim-batch';
import { errorSummary } from './error-summary';
import { createSmtpTransport, isMailSender, type MailSender, type SmtpServer } from './mail-transport';
import { outboxMessageId } from './message-id';
import { consoleOutboxLog, type OutboxLog } from './outbox-log';
import { recordFailure, recordSent, releaseClaim } from './record-outcome';

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
  /** How long a claim holds. Must exceed the time a batch takes. Default 5 min. */
  leaseMs?: number;
  /** Failed attempts after which a row is given up on. Default 12 (about 5 hours of retries). */
  maxAttempts?: number;
  /** Delay before the next attempt after n failed ones. Default: 30 s doubling up to 1 h. */
  backoff?: (failedAttempts: number) => number;
  /** The worker's clock (tests move it). Default: real time. */
  now?: () => Date;
  /** What schedules the polls (tests run them by hand). Default: setTimeout. */
  pollTimer?: PollTimer;
  log?: OutboxLog;
}

export interface PollTimer {
  /** Runs `poll` after `delayMs`; returns what cancel() takes. */
  schedule(poll: () => void, delayMs: number): unknown;
  cancel(scheduled: unknown): void;
}

const realPollTimer: PollTimer = {
  schedule: (poll, delayMs) => setTimeout(poll, delayMs),
  cancel: (scheduled) => clearTimeout(scheduled as NodeJS.Timeout),
};

export interface OutboxWorker {
  /** Polls in the background until stop(). */
  start(): void;
  /** Stops polling and waits for the batch being sent. */
  stop(): Promise<void>;
  /** Claims and sends one batch. */
  runOnce(): Promise<{ sent: number; failed: number }>;
}

/**
 * Sends the email outbox. Any number of workers (one per API instance) may run on the same
 * database: each batch is claimed atomically with a lease (see claimBatch), so no row is sent by
 * two workers at the same time, and rows of a worker that crashed become claimable when the
 * lease ends.
 *
 * Delivery is at least once: a crash between the SMTP hand-over and recording sent_at sends the
 * row again after the lease, with the same Message-ID (`<outbox-<id>@vhod.local>`).
 *
 * Failures: attempts + 1, last_error (redacted message), next_attempt_at = now + backoff(attempts).
 * Given up (terminal): sent_at IS NULL AND attempts >= maxAttempts. Such rows keep their last
 * error and are never claimed again; to retry one, set attempts = 0 and next_attempt_at = now().
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, from } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 2_000;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const backoff = options.backoff ?? defaultBackoff;
  const now = options.now ?? (() => new Date());
  const pollTimer = options.pollTimer ?? realPollTimer;
  const log = options.log ?? consoleOutboxLog;
  const ownsTransport = !isMailSender(options.transport);
  const transport = isMailSender(options.transport) ? options.transport : createSmtpTransport(options.transport);

  const inFlight = new Set<Promise<unknown>>();
  let scheduled: unknown;
  let running = false;

  async function deliver(row: OutboxEmail, leaseUntil: Date): Promise<boolean> {
    const attempt = row.attempts + 1;
    try {
      await transport.sendMail({
        from,
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
        messageId: outboxMessageId(row.id),
      });
    } catch (error) {
      const message = errorSummary(error);
      const retryAt = new Date(now().getTime() + backoff(attempt));
      await recordFailure(db, row.id, leaseUntil, { attempts: attempt, lastError: message, nextAttemptAt: retryAt });
      if (attempt >= maxAttempts) {
        log({ level: 'error', event: 'gave-up', outboxId: row.id, template: row.template, attempt, error: message });
      } else {
        log({ level: 'warn', event: 'failed', outboxId: row.id, template: row.template, attempt, retryAt, error: message });
      }
      return false;
    }
    await recordSent(db, row.id, now());
    log({ level: 'info', event: 'sent', outboxId: row.id, template: row.template, attempt });
    return true;
  }

  async function runBatch(): Promise<{ sent: number; failed: number }> {
    const { rows, leaseUntil } = await claimBatch(db, { now: now(), leaseMs, batchSize, maxAttempts });
    let sent = 0;
    let failed = 0;
    for (const [index, row] of rows.entries()) {
      if (now() >= leaseUntil) {
        // Out of lease time: another worker may take these rows now; give them back explicitly.
        await releaseClaim(
          db,
          rows.slice(index).map((r) => r.id),
          leaseUntil,
        );
        break;
      }
      if (await deliver(row, leaseUntil)) sent++;
      else failed++;
    }
    return { sent, failed };
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
      await Promise.allSettled([...inFlight]);
      if (ownsTransport) transport.close?.();
    },
    runOnce: () => track(runBatch()),
  };
}
