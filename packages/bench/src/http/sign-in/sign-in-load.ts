import type { ProfileBreakdown } from '../../measure/cpu-profile';
import type { ApiHost } from '../api-host/api-host';
import { runClosedLoop } from '../closed-loop';
import type { LoadSettings } from '../load-settings';
import { signedInLanding, type BenchCitizen } from './bench-citizens';
import { signInThroughEsia, type SignInTimings } from './sign-in-through-esia';
import { familyAddress } from './start-from-address';

export interface SignInLoadResult {
  signInsPerSecond: number;
  /** Whole-flow wall times and their split, of the sign-ins that ended inside the window. */
  measured: Array<{ latencyMs: number; timings: SignInTimings }>;
  /** Every session a sign-in produced, warm-up included, to check each one is signed in. */
  sessionTokens: string[];
  failures: number;
  firstFailure: string | null;
  /** CPU time used during the measured window, per completed sign-in. */
  apiCpuMsPerSignIn: number;
  esiaCpuMsPerSignIn: number | null;
  /** Where the API's CPU went in the measured window (null in one-process hosting). */
  profile: ProfileBreakdown | null;
}

/**
 * Sign-ins back to back, `concurrency` at a time; worker i always signs in as citizen
 * i mod n. A sign-in the callback does not send to the app's page counts as a failure.
 */
export async function runSignInLoad(
  host: ApiHost,
  citizens: readonly BenchCitizen[],
  settings: LoadSettings,
  label = 'sign-in',
): Promise<SignInLoadResult> {
  let cpuAtStart = { api: 0, esia: null as number | null };
  let cpuAtEnd = { api: 0, esia: null as number | null };
  let profile: ProfileBreakdown | null = null;
  const result = await runClosedLoop({
    ...settings,
    operation: async (worker) => {
      const citizen = citizens[worker % citizens.length]!;
      const outcome = await signInThroughEsia(host.apiUrl, citizen, familyAddress(worker));
      if (outcome.landedAt !== signedInLanding(citizen) || !outcome.sessionToken) {
        throw new Error(`citizen ${citizen.subject} was sent to ${outcome.landedAt}`);
      }
      return { sessionToken: outcome.sessionToken, timings: outcome.timings };
    },
    onWindowStart: async () => {
      await host.startProfile();
      cpuAtStart = await host.cpuTimeMs();
    },
    onWindowEnd: async () => {
      cpuAtEnd = await host.cpuTimeMs();
      profile = await host.stopProfile(label);
    },
  });
  const completed = Math.max(result.completedInWindow, 1);
  return {
    signInsPerSecond: (result.completedInWindow / result.windowMs) * 1000,
    measured: result.measured.map(({ latencyMs, value }) => ({ latencyMs, timings: value.timings })),
    sessionTokens: result.allValues.map((value) => value.sessionToken),
    failures: result.failures,
    firstFailure: result.firstFailure,
    apiCpuMsPerSignIn: (cpuAtEnd.api - cpuAtStart.api) / completed,
    esiaCpuMsPerSignIn: cpuAtEnd.esia === null || cpuAtStart.esia === null ? null : (cpuAtEnd.esia - cpuAtStart.esia) / completed,
    profile,
  };
}
