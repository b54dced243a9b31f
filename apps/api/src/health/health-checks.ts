import { assertMigrationsCurrent, type DatabaseHandle } from '@vhod/db';
import { DEFAULT_MAX_ATTEMPTS, outboxCounts } from '@vhod/email';
import { sql } from 'drizzle-orm';
import type { Clock } from '../clock/clock';

/** How long /readyz waits for the database: a probe must answer faster than the balancer's own timeout. */
const databaseAnswerMs = 2_000;

export interface ReadinessCheck {
  name: 'database' | 'migrations' | 'outbox';
  ok: boolean;
  /** Why it failed, or what it saw; never personal data. */
  detail: string;
}

export interface ReadinessReport {
  ready: boolean;
  checks: ReadinessCheck[];
}

/**
 * What /readyz reports: the database answers within a short time, no migration this code expects is missing, and the
 * outbox is moving (its oldest waiting email is younger than VHOD_OUTBOX_STUCK_MINUTES). Each check is listed with its
 * result; the instance is ready only when all pass.
 */
export async function checkReadiness(
  handle: Pick<DatabaseHandle, 'db'>,
  clock: Clock,
  outboxStuckAfterMs: number,
): Promise<ReadinessReport> {
  const database = await within(databaseAnswerMs, handle.db.execute(sql`select 1`));
  const checks: ReadinessCheck[] = [
    database.ok ? { name: 'database', ok: true, detail: 'answers' } : { name: 'database', ok: false, detail: database.detail },
  ];
  if (database.ok) {
    const migrations = await within(databaseAnswerMs, assertMigrationsCurrent(handle));
    checks.push({ name: 'migrations', ok: migrations.ok, detail: migrations.ok ? 'current' : migrations.detail });
    const outbox = await within(databaseAnswerMs, outboxCounts(handle.db, DEFAULT_MAX_ATTEMPTS));
    if (!outbox.ok) checks.push({ name: 'outbox', ok: false, detail: outbox.detail });
    else {
      const oldest = outbox.value.oldestPendingAt;
      const ageMs = oldest ? clock.now().getTime() - oldest.getTime() : 0;
      const stuck = ageMs > outboxStuckAfterMs;
      checks.push({
        name: 'outbox',
        ok: !stuck,
        detail: stuck
          ? `the oldest of ${outbox.value.pending} waiting emails was written ${Math.round(ageMs / 60_000)} min ago (limit ${outboxStuckAfterMs / 60_000} min)`
          : `${outbox.value.pending} waiting`,
      });
    }
  }
  return { ready: checks.every((check) => check.ok), checks };
}

async function within<T>(ms: number, work: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; detail: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return { ok: true, value: await Promise.race([work, timeout]) };
  } catch (error) {
    // Messages of these errors name no personal data (a failed `select 1`, the migration list, an aggregate).
    return { ok: false, detail: error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : 'failed' };
  } finally {
    clearTimeout(timer);
  }
}
