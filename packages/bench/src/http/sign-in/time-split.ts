import type { SignInTimings } from './sign-in-through-esia';

/**
 * Where the sign-ins' wall time went (sums over all measured sign-ins, in ms):
 * - api: the API's two requests as the browser saw them, minus the API's waits for ESIA;
 * - identityProvider: the browser at ESIA plus the API's waits for ESIA's token and userinfo;
 * - apiHandler: inside the API's listener, minus the ESIA waits (the API's own work without
 *   the time a request spends in sockets and queued on a busy event loop).
 */
export interface TimeSplit {
  total: number;
  api: number;
  identityProvider: number;
  apiHandler: number;
}

export function splitSignInTime(timings: readonly SignInTimings[]): TimeSplit {
  const split: TimeSplit = { total: 0, api: 0, identityProvider: 0, apiHandler: 0 };
  for (const t of timings) {
    split.total += t.startMs + t.identityProviderMs + t.callbackMs;
    split.api += t.startMs + t.callbackMs - t.apiEsiaWaitMs;
    split.identityProvider += t.identityProviderMs + t.apiEsiaWaitMs;
    split.apiHandler += t.apiHandlerMs - t.apiEsiaWaitMs;
  }
  return split;
}
