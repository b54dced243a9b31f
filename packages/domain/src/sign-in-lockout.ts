/**
 * Brute-force limits for the legacy login and password. Pure: the caller records failed
 * attempts in its store and passes their times in; this decides whether the next attempt may
 * even be checked. Ask before verifying the password, so a locked-out guesser learns nothing,
 * not even whether the password was right.
 *
 * Sliding window: a failure counts while it is younger than `windowMs` (it stops counting at
 * exactly failure + windowMs). Locked when the failures counted reach the maximum; the lock
 * lifts at the moment enough of them have left the window for the count to drop below the
 * maximum. Failures stamped slightly in the future (clock skew between servers) still count.
 *
 * The per-login limit is checked first and is the tighter one: a whole school behind one NAT
 * shares a client address, so the address limit must be generous and only stops one client
 * trying many logins.
 */
import { DomainError } from './domain-error';

export interface LockoutPolicy {
  maxFailuresPerLogin: number;
  maxFailuresPerAddress: number;
  windowMs: number;
}

export const defaultLockoutPolicy: LockoutPolicy = {
  maxFailuresPerLogin: 5,
  maxFailuresPerAddress: 20,
  windowMs: 15 * 60 * 1000,
};

export type LockoutVerdict = { locked: false } | { locked: true; scope: 'login' | 'address'; retryAt: Date };

export function evaluateLockout(input: {
  now: Date;
  policy: LockoutPolicy;
  loginFailures: Date[];
  addressFailures: Date[];
}): LockoutVerdict {
  const { now, policy } = input;
  const nowMs = timeOf(now, 'now');
  // A zero or fractional limit would lock everybody or nobody; refuse it like any bad configuration.
  checkPositiveInteger(policy.maxFailuresPerLogin, 'maxFailuresPerLogin');
  checkPositiveInteger(policy.maxFailuresPerAddress, 'maxFailuresPerAddress');
  checkPositiveInteger(policy.windowMs, 'windowMs');

  const byLogin = retryAt(input.loginFailures, policy.maxFailuresPerLogin, policy.windowMs, nowMs);
  if (byLogin !== null) return { locked: true, scope: 'login', retryAt: byLogin };
  const byAddress = retryAt(input.addressFailures, policy.maxFailuresPerAddress, policy.windowMs, nowMs);
  if (byAddress !== null) return { locked: true, scope: 'address', retryAt: byAddress };
  return { locked: false };
}

/** Whole minutes to tell the user, rounded up and at least 1: "try again in 0 minutes" invites a retry that fails. */
export function minutesUntil(retryAt: Date, now: Date): number {
  const ms = timeOf(retryAt, 'retryAt') - timeOf(now, 'now');
  return Math.max(1, Math.ceil(ms / 60_000));
}

/** When the lock lifts, or null when the failures in the window stay below the maximum. */
function retryAt(failures: readonly Date[], max: number, windowMs: number, nowMs: number): Date | null {
  const counted = failures
    .map((failure) => failure.getTime())
    // An unreadable timestamp cannot be placed in the window; counting it would lock forever.
    .filter((time) => Number.isFinite(time) && time > nowMs - windowMs)
    .sort((a, b) => a - b);
  if (counted.length < max) return null;
  // Once the (count - max + 1) oldest have left the window, max - 1 remain: one more try is allowed.
  const leaving = counted[counted.length - max];
  return leaving === undefined ? null : new Date(leaving + windowMs);
}

function timeOf(date: Date, field: string): number {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(time)) throw new DomainError('invalid-date', { field });
  return time;
}

function checkPositiveInteger(value: number, field: keyof LockoutPolicy): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new DomainError('invalid-configuration', { field });
}
