import { runClosedLoop } from './closed-loop';
import { summariseLatencies, type LatencySummary } from '../measure/latency-stats';
import type { LoadSettings } from './load-settings';

/** GET /healthz on the API at the same concurrency: what any request to this server costs at least. */
export async function measureTrivialRequest(
  apiUrl: string,
  settings: LoadSettings,
): Promise<{ requestsPerSecond: number; latency: LatencySummary }> {
  const result = await runClosedLoop({
    ...settings,
    operation: async () => {
      const response = await fetch(`${apiUrl}/healthz`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`/healthz answered ${response.status}`);
    },
  });
  if (result.failures > 0) throw new Error(`the trivial request failed ${result.failures} times: ${result.firstFailure}`);
  return {
    requestsPerSecond: (result.completedInWindow / result.windowMs) * 1000,
    latency: summariseLatencies(result.measured.map((sample) => sample.latencyMs)),
  };
}
