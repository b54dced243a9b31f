import { oidcClientSignIns, type Database, type OidcClientSignIn } from '@vhod/db';
import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import type { Logger } from '../logging/logger';
import { describeError } from '../logging/unexpected-error';

/** Posts one logout token; throws when the client does not answer 200/204 (it is then retried). */
export type DeliverLogout = (signIn: OidcClientSignIn) => Promise<'delivered' | 'client-gone'>;

export interface BackChannelLogoutOptions {
  db: Database;
  clock: Clock;
  logger: Logger;
  deliver: DeliverLogout;
  /** Pause between polls. The sign-out route also starts one at once. */
  pollIntervalMs?: number;
  /** How long a claim holds: well above oidc-provider's 2.5 s per request times a batch. */
  leaseMs?: number;
  batchSize?: number;
  /** Failed attempts after which a logout is given up (about two hours of retries). */
  maxAttempts?: number;
}

/** 15 s doubling, at most 30 min. */
const backoffMs = (failedAttempts: number) => Math.min(15_000 * 2 ** (failedAttempts - 1), 30 * 60_000);

/**
 * Delivers the back-channel logouts owed since Vhod sessions ended (client-sign-ins.ts marks
 * them in the transaction that ends a session). Any number of API instances may run it: a batch
 * is claimed with a lease under `skip locked`, so no logout is posted by two at once, and the
 * rows of an instance that died become claimable when the lease ends. At least once: a client
 * may see the same `sid` twice and must treat the second as done.
 */
export function createBackChannelLogouts(options: BackChannelLogoutOptions) {
  const { db, clock, logger, deliver } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 2_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const batchSize = options.batchSize ?? 20;
  const maxAttempts = options.maxAttempts ?? 10;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let pass: Promise<unknown> = Promise.resolve();

  async function claim(): Promise<OidcClientSignIn[]> {
    const now = clock.now();
    const due = db
      .select({ grantId: oidcClientSignIns.grantId })
      .from(oidcClientSignIns)
      .where(
        and(
          isNotNull(oidcClientSignIns.endedAt),
          isNull(oidcClientSignIns.logoutDeliveredAt),
          lt(oidcClientSignIns.logoutAttempts, maxAttempts),
          lte(oidcClientSignIns.logoutNextAttemptAt, now),
          or(isNull(oidcClientSignIns.logoutLeaseUntil), lte(oidcClientSignIns.logoutLeaseUntil, now)),
        ),
      )
      .orderBy(asc(oidcClientSignIns.logoutNextAttemptAt))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    return db
      .update(oidcClientSignIns)
      .set({ logoutLeaseUntil: new Date(now.getTime() + leaseMs) })
      .where(inArray(oidcClientSignIns.grantId, due))
      .returning();
  }

  async function settle(signIn: OidcClientSignIn): Promise<void> {
    const attempt = signIn.logoutAttempts + 1;
    try {
      const outcome = await deliver(signIn);
      await db
        .update(oidcClientSignIns)
        .set({ logoutDeliveredAt: clock.now(), logoutLeaseUntil: null, logoutLastError: outcome === 'client-gone' ? outcome : null })
        .where(eq(oidcClientSignIns.grantId, signIn.grantId));
      logger.info({ event: 'back-channel-logout', clientId: signIn.clientId, attempt, outcome });
    } catch (error) {
      const lastError = failureOf(error);
      await db
        .update(oidcClientSignIns)
        .set({
          logoutAttempts: sql`${oidcClientSignIns.logoutAttempts} + 1`,
          logoutNextAttemptAt: new Date(clock.now().getTime() + backoffMs(attempt)),
          logoutLeaseUntil: null,
          logoutLastError: lastError,
        })
        .where(eq(oidcClientSignIns.grantId, signIn.grantId));
      logger.warn({ event: 'back-channel-logout', clientId: signIn.clientId, attempt, outcome: 'failed', error: lastError });
    }
  }

  /** One batch; the deliveries of a batch run side by side (each client is a different server). */
  async function runOnce(): Promise<number> {
    const claimed = await claim();
    await Promise.all(claimed.map(settle));
    return claimed.length;
  }

  function schedule(delayMs: number) {
    if (!running) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      pass = pass.then(runOnce).then(
        (count) => schedule(count >= batchSize ? 0 : pollIntervalMs),
        (error: unknown) => {
          logger.error({ event: 'back-channel-logout-poll-failed', ...describeError(error) });
          schedule(pollIntervalMs);
        },
      );
    }, delayMs);
    timer.unref();
  }

  return {
    start() {
      running = true;
      schedule(0);
    },
    /** A session just ended: deliver now instead of at the next poll. */
    kick() {
      schedule(0);
    },
    runOnce: () => (pass = pass.then(runOnce)),
    async stop() {
      running = false;
      clearTimeout(timer);
      await pass.catch(() => {});
    },
  };
}

export type BackChannelLogouts = ReturnType<typeof createBackChannelLogouts>;

/** An HTTP status, else the error's classes and code: never a message or a response body. */
function failureOf(error: unknown): string {
  const status = (error as { response?: { status?: unknown } } | null)?.response?.status;
  if (typeof status === 'number') return `HTTP ${status}`;
  const failure = describeError(error);
  return failure.code ? `${failure.errorClass} ${failure.code}` : failure.errorClass;
}
