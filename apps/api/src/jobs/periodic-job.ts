import type { Logger } from '../logging/logger';
import { reportUnexpectedError } from '../logging/unexpected-error';

export interface PeriodicJob {
  /** Runs the job now and then every interval; a failed pass is logged and the next tick tries again. */
  start(): void;
  /** Runs the job now, after any pass under way (tests and operators do not wait for the timer). */
  runNow(): Promise<void>;
  /** Stops the timer and waits for a pass under way. */
  stop(): Promise<void>;
}

/**
 * Background work on a timer beside the API server. Passes never overlap in one process; across
 * instances the job itself decides (onceAcrossInstances from @vhod/db). `run` gets whether the
 * pass was asked for by runNow() rather than the timer.
 */
export function periodicJob({
  name,
  intervalMs,
  logger,
  run,
}: {
  name: string;
  intervalMs: number;
  logger: Logger;
  run(asked: boolean): Promise<unknown>;
}): PeriodicJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  function pass(asked: boolean): Promise<unknown> {
    running = running
      .then(() => run(asked))
      .catch((error: unknown) => {
        reportUnexpectedError(logger, error, { task: name });
      });
    return running;
  }

  return {
    start() {
      // The first pass starts now; pass() logs its own failures, so nothing waits for it here.
      void pass(false);
      timer = setInterval(() => void pass(false), intervalMs);
      timer.unref();
    },
    async runNow() {
      await pass(true);
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
