import { describe, expect, it } from 'vitest';
import { defaultLockoutPolicy, evaluateLockout, minutesUntil, type LockoutPolicy } from './sign-in-lockout';

const MINUTE = 60_000;
const now = new Date('2025-03-01T10:00:00.000Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE);
const policy = defaultLockoutPolicy;

function evaluate(loginFailures: Date[], addressFailures: Date[] = [], p: LockoutPolicy = policy) {
  return evaluateLockout({ now, policy: p, loginFailures, addressFailures });
}

describe('defaultLockoutPolicy', () => {
  it('5 per login, 20 per client address, within 15 minutes', () => {
    expect(defaultLockoutPolicy).toEqual({ maxFailuresPerLogin: 5, maxFailuresPerAddress: 20, windowMs: 15 * MINUTE });
  });
});

describe('evaluateLockout: per login', () => {
  it('no failures, 4 failures: not locked', () => {
    expect(evaluate([])).toEqual({ locked: false });
    expect(evaluate([ago(4), ago(3), ago(2), ago(1)])).toEqual({ locked: false });
  });

  it('5 failures: locked until the oldest leaves the window', () => {
    expect(evaluate([ago(10), ago(8), ago(6), ago(4), ago(2)])).toEqual({
      locked: true,
      scope: 'login',
      retryAt: new Date(ago(10).getTime() + 15 * MINUTE),
    });
  });

  it('the order the failures come in does not matter', () => {
    expect(evaluate([ago(2), ago(10), ago(6), ago(4), ago(8)])).toEqual(evaluate([ago(10), ago(8), ago(6), ago(4), ago(2)]));
  });

  it('7 failures: locked until 3 have left, i.e. the 3rd oldest + window', () => {
    const failures = [ago(14), ago(12), ago(10), ago(8), ago(6), ago(4), ago(2)];
    expect(evaluate(failures)).toEqual({ locked: true, scope: 'login', retryAt: new Date(ago(10).getTime() + 15 * MINUTE) });
  });

  it('failures older than the window do not count', () => {
    expect(evaluate([ago(60), ago(30), ago(16), ago(4), ago(3), ago(2), ago(1)])).toEqual({ locked: false });
  });

  it('a failure exactly one window old has just left it', () => {
    expect(evaluate([ago(15), ago(4), ago(3), ago(2), ago(1)])).toEqual({ locked: false });
    const justInside = new Date(ago(15).getTime() + 1);
    expect(evaluate([justInside, ago(4), ago(3), ago(2), ago(1)])).toEqual({
      locked: true,
      scope: 'login',
      retryAt: new Date(now.getTime() + 1),
    });
  });

  it('the lock lifts at retryAt: evaluated then, it is open', () => {
    const failures = [ago(10), ago(8), ago(6), ago(4), ago(2)];
    const verdict = evaluate(failures);
    if (!verdict.locked) throw new Error('expected a lock');
    expect(evaluateLockout({ now: verdict.retryAt, policy, loginFailures: failures, addressFailures: [] })).toEqual({ locked: false });
    const justBefore = new Date(verdict.retryAt.getTime() - 1);
    expect(evaluateLockout({ now: justBefore, policy, loginFailures: failures, addressFailures: [] }).locked).toBe(true);
  });

  it('unreadable timestamps are ignored', () => {
    expect(evaluate([new Date('garbage'), ago(4), ago(3), ago(2), ago(1)])).toEqual({ locked: false });
  });
});

describe('evaluateLockout: per client address', () => {
  const spread = (count: number) => Array.from({ length: count }, (_, i) => new Date(now.getTime() - (14 - i * 0.5) * MINUTE));

  it('19 failures from one address: not locked; 20: locked until the oldest leaves the window', () => {
    expect(evaluate([], spread(19))).toEqual({ locked: false });
    const twenty = spread(20);
    expect(evaluate([], twenty)).toEqual({
      locked: true,
      scope: 'address',
      retryAt: new Date(now.getTime() + 1 * MINUTE),
    });
  });

  it('the per-login limit is reported first when both are reached', () => {
    const login = [ago(5), ago(4), ago(3), ago(2), ago(1)];
    expect(evaluate(login, spread(20))).toMatchObject({ locked: true, scope: 'login' });
  });

  it('old address failures do not count', () => {
    expect(evaluate([], [...spread(19), ago(20), ago(30)])).toEqual({ locked: false });
  });
});

describe('evaluateLockout: invalid input', () => {
  it('refuses a policy that would lock everybody or nobody', () => {
    for (const bad of [
      { ...policy, maxFailuresPerLogin: 0 },
      { ...policy, maxFailuresPerAddress: -1 },
      { ...policy, maxFailuresPerLogin: 2.5 },
      { ...policy, windowMs: 0 },
      { ...policy, windowMs: Number.NaN },
    ]) {
      expect(() => evaluate([], [], bad)).toThrow(expect.objectContaining({ code: 'invalid-configuration' }));
    }
  });

  it('refuses an invalid now', () => {
    expect(() => evaluateLockout({ now: new Date('x'), policy, loginFailures: [], addressFailures: [] })).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
  });
});

describe('minutesUntil', () => {
  it.each([
    [15 * MINUTE, 15],
    [14 * MINUTE + 1, 15],
    [14 * MINUTE, 14],
    [MINUTE + 1, 2],
    [MINUTE, 1],
    [1, 1],
    [0, 1],
    [-5 * MINUTE, 1],
  ])('%i ms ahead: %i minute(s)', (ms, minutes) => {
    expect(minutesUntil(new Date(now.getTime() + ms), now)).toBe(minutes);
  });

  it('refuses invalid dates', () => {
    expect(() => minutesUntil(new Date('x'), now)).toThrow(expect.objectContaining({ code: 'invalid-date' }));
  });
});
