import { performance } from 'node:perf_hooks';

export interface ClosedLoopOptions<T> {
  /** Operations in flight at any time: each worker starts its next one when the last ends. */
  concurrency: number;
  /** Run but not measured: JIT, connection pools and caches settle first. */
  warmupMs: number;
  durationMs: number;
  /**
   * The window stays open past `durationMs` until this many operations have ended in it (up to ten
   * times `durationMs`): a window in which nothing ended measures nothing, which happens when each
   * operation takes longer than a short smoke-scale window on a loaded machine. Default 1.
   */
  minCompletedInWindow?: number;
  /** One operation of worker `worker` (0 … concurrency − 1); a rejection counts as a failure. */
  operation(worker: number): Promise<T>;
  /** Called when the measured window opens and closes (e.g. to read CPU counters). */
  onWindowStart?(): Promise<void> | void;
  onWindowEnd?(): Promise<void> | void;
}

export interface MeasuredOperation<T> {
  latencyMs: number;
  value: T;
}

export interface ClosedLoopResult<T> {
  /** Operations that ended inside the measured window, wherever they started. */
  measured: Array<MeasuredOperation<T>>;
  /** measured.length: the throughput count. */
  completedInWindow: number;
  /** Every successful operation's value, warm-up included (e.g. to verify all sign-ins). */
  allValues: T[];
  failures: number;
  firstFailure: string | null;
  windowMs: number;
}

/**
 * Closed-loop load: `concurrency` workers, each running operations back to back, for a warm-up
 * and then a measured window. Throughput and latencies come from the operations that end inside
 * the window (in steady state those straddling its edges do not bias either; requiring a whole
 * operation inside would leave a short window with none when operations are slow).
 */
export async function runClosedLoop<T>(options: ClosedLoopOptions<T>): Promise<ClosedLoopResult<T>> {
  const measured: Array<MeasuredOperation<T>> = [];
  const allValues: T[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  let windowStart = Number.POSITIVE_INFINITY;
  let windowEnd = Number.POSITIVE_INFINITY;
  let stopping = false;

  const worker = async (index: number) => {
    while (!stopping) {
      const started = performance.now();
      try {
        const value = await options.operation(index);
        const ended = performance.now();
        allValues.push(value);
        if (ended >= windowStart && ended <= windowEnd) measured.push({ latencyMs: ended - started, value });
      } catch (error) {
        failures += 1;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };

  const workers = Array.from({ length: options.concurrency }, (_, index) => worker(index));
  await sleep(options.warmupMs);
  await options.onWindowStart?.();
  windowStart = performance.now();
  await sleep(options.durationMs);
  const latestEnd = windowStart + options.durationMs * 10;
  while (measured.length < (options.minCompletedInWindow ?? 1) && performance.now() < latestEnd && failures === 0) await sleep(25);
  windowEnd = performance.now();
  stopping = true;
  await options.onWindowEnd?.();
  await Promise.all(workers);
  return { measured, completedInWindow: measured.length, allValues, failures, firstFailure, windowMs: windowEnd - windowStart };
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
