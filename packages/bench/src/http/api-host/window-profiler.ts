import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { summariseCpuProfile, type CpuProfile, type ProfileBreakdown } from '../../measure/cpu-profile';

/** Sampling every 0.5 ms: enough samples in a 15 s window, and an overhead of a few per cent that baseline and operation share. */
const samplingIntervalMicros = 500;

/**
 * A V8 CPU profile of this process over a measured window (inspector's Profiler, no restart):
 * where the API's time goes for exactly the operations measured, not its start-up or warm-up.
 * With VHOD_BENCH_CPU_PROFILE_DIR set, the raw profile is also written there (open it in Chrome
 * DevTools, Performance tab).
 */
export function windowProfiler() {
  const session = new Session();
  session.connect();
  let enabled = false;
  return {
    async start(): Promise<void> {
      if (!enabled) {
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: samplingIntervalMicros });
        enabled = true;
      }
      await session.post('Profiler.start');
    },
    async stop(label = 'window'): Promise<ProfileBreakdown> {
      const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
      const directory = process.env.VHOD_BENCH_CPU_PROFILE_DIR;
      if (directory) await writeFile(join(directory, `${label}-${process.pid}.cpuprofile`), JSON.stringify(profile));
      return summariseCpuProfile(profile);
    },
  };
}
