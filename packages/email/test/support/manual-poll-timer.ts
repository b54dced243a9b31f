import type { PollTimer } from '../../src/index';

/** A worker's poll timer the test runs by hand: no poll happens until the test fires it. */
export function manualPollTimer() {
  const pending = new Map<number, () => void>();
  const waiting: Array<(delayMs: number) => void> = [];
  let handles = 0;
  const timer: PollTimer = {
    schedule(poll, delayMs) {
      const handle = ++handles;
      pending.set(handle, poll);
      waiting.shift()?.(delayMs);
      return handle;
    },
    cancel(handle) {
      pending.delete(handle as number);
    },
  };
  return {
    timer,
    /** Polls the worker has scheduled and not yet had cancelled or fired. */
    pending: () => pending.size,
    /** Runs the scheduled poll now; its batch goes on in the background. */
    fire(): void {
      const [entry] = pending;
      if (!entry) throw new Error('no poll is scheduled');
      pending.delete(entry[0]);
      entry[1]();
    },
    /** Resolves with the delay the worker asks for at its next schedule (after the batch under way). */
    nextSchedule(): Promise<number> {
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}
