import type { Clock } from '../../src/clock/clock';

/** A clock the test moves by hand; `today` is the UTC date of `now`. */
export function testClock(start: string) {
  let now = new Date(start);
  const clock: Clock & { advance(ms: number): void; set(iso: string): void } = {
    now: () => new Date(now),
    today: () => now.toISOString().slice(0, 10),
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
    set: (iso) => {
      now = new Date(iso);
    },
  };
  return clock;
}
