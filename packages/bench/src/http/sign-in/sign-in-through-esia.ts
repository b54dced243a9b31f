import { driveSignIn } from '@vhod/esia-sim';
import { performance } from 'node:perf_hooks';
import { readServerTiming } from '../api-host/esia-wait-timing';
import { setCookieValue } from '../cookies';
import type { BenchCitizen } from './bench-citizens';
import { startFromAddress } from './start-from-address';

/** Where one sign-in's wall time went, as the browser (client side) saw it, in ms. */
export interface SignInTimings {
  /** GET /auth/esia/login: the API stores the flow and redirects to ESIA. */
  startMs: number;
  /** The browser at ESIA: authorize, login form, (consent,) redirect back with the code. */
  identityProviderMs: number;
  /** GET /auth/esia/callback: code exchange, userinfo, matching, session. */
  callbackMs: number;
  /** Inside the API, waiting for ESIA's answers (Server-Timing): token and userinfo in the callback. */
  apiEsiaWaitMs: number;
  /** Inside the API's listener for both requests (Server-Timing), its ESIA waits included. */
  apiHandlerMs: number;
}

export interface SignInOutcome {
  /** Where the callback sent the browser: the app's page, or its auth-error page with a code. */
  landedAt: string;
  sessionToken: string | undefined;
  timings: SignInTimings;
}

/**
 * One whole sign-in as a browser does it, with its own cookies (nothing shared between calls),
 * started from the loopback address `from` (one per family: see startFromAddress).
 */
export async function signInThroughEsia(apiUrl: string, citizen: BenchCitizen, from = '127.0.0.1'): Promise<SignInOutcome> {
  let started = performance.now();
  const start = await startFromAddress(`${apiUrl}/auth/esia/login?role=${citizen.signInRole}&app=${citizen.app}`, from);
  const authorizationUrl = start.location;
  const flowToken = setCookieValue(start.setCookies, 'vhod_login');
  if (start.status !== 303 || !authorizationUrl || !flowToken)
    throw new Error(`/auth/esia/login answered ${start.status} ${authorizationUrl ?? ''}`);
  const startMs = performance.now() - started;
  const startTiming = readServerTiming(start.serverTiming);

  started = performance.now();
  const callbackUrl = await driveSignIn(authorizationUrl, { subject: citizen.subject });
  const identityProviderMs = performance.now() - started;

  started = performance.now();
  const callback = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: `vhod_login=${flowToken}` } });
  await callback.body?.cancel();
  const callbackMs = performance.now() - started;
  const callbackTiming = readServerTiming(callback.headers.get('server-timing'));
  if (callback.status !== 303) throw new Error(`/auth/esia/callback answered ${callback.status}`);

  return {
    landedAt: callback.headers.get('location') ?? '',
    sessionToken: setCookieValue(callback.headers.getSetCookie(), 'vhod_session'),
    timings: {
      startMs,
      identityProviderMs,
      callbackMs,
      apiEsiaWaitMs: callbackTiming.esiaWaitMs + startTiming.esiaWaitMs,
      apiHandlerMs: startTiming.handlerMs + callbackTiming.handlerMs,
    },
  };
}
