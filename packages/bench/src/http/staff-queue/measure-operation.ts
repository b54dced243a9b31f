import type { ProfileBreakdown } from '../../measure/cpu-profile';
import type { MeasuredServer } from '../api-host/bare-yoga-host';
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
  /** Where the API's CPU went in the measured window (null in one-process hosting). */
  profile: ProfileBreakdown | null;
}

/** One GraphQL operation, sent back to back by `concurrency` clients with the same session (`label` names its profile). */
export async function measureOperation(
  host: MeasuredServer,
  sessionToken: string | undefined,
  operation: GraphQLOperation,
  settings: LoadSettings,
  label: string,
): Promise<OperationLoadResult> {
  let cpuAtStart = 0;
  let cpuAtEnd = 0;
  let profile: ProfileBreakdown | null = null;
  const result = await runClosedLoop({
    ...settings,
    operation: () => postGraphQL(host.apiUrl, operation, sessionToken).then(() => undefined),
    onWindowStart: async () => {
      await host.startProfile();
      cpuAtStart = (await host.cpuTimeMs()).api;
    },
    onWindowEnd: async () => {
      cpuAtEnd = (await host.cpuTimeMs()).api;
      profile = await host.stopProfile(label);
    },
  });
  return {
    requestsPerSecond: (result.completedInWindow / result.windowMs) * 1000,
    latency: summariseLatencies(result.measured.map((sample) => sample.latencyMs)),
    failures: result.failures,
    firstFailure: result.firstFailure,
    apiCpuMsPerRequest: (cpuAtEnd - cpuAtStart) / Math.max(result.completedInWindow, 1),
    profile,
  };
}
