import type { ApiHost } from '../api-host/api-host';
import { runClosedLoop } from '../closed-loop';
import { postGraphQL, type GraphQLOperation } from '../graphql-client';
import { summariseLatencies, type LatencySummary } from '../../measure/latency-stats';
import type { LoadSettings } from '../load-settings';

export interface OperationLoadResult {
  requestsPerSecond: number;
  latency: LatencySummary;
  failures: number;
  firstFailure: string | null;
  /** The API process's CPU time per request (in one-process hosting: the whole process's). */
  apiCpuMsPerRequest: number;
}

/** One GraphQL operation, sent back to back by `concurrency` clients with the same session. */
export async function measureOperation(
  host: ApiHost,
  sessionToken: string,
  operation: GraphQLOperation,
  settings: LoadSettings,
): Promise<OperationLoadResult> {
  let cpuAtStart = 0;
  let cpuAtEnd = 0;
  const result = await runClosedLoop({
    ...settings,
    operation: () => postGraphQL(host.apiUrl, operation, sessionToken).then(() => undefined),
    onWindowStart: async () => {
      cpuAtStart = (await host.cpuTimeMs()).api;
    },
    onWindowEnd: async () => {
      cpuAtEnd = (await host.cpuTimeMs()).api;
    },
  });
  return {
    requestsPerSecond: (result.completedInWindow / result.windowMs) * 1000,
    latency: summariseLatencies(result.measured.map((sample) => sample.latencyMs)),
    failures: result.failures,
    firstFailure: result.firstFailure,
    apiCpuMsPerRequest: (cpuAtEnd - cpuAtStart) / Math.max(result.completedInWindow, 1),
  };
}
