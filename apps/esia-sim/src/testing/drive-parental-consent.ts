import { demoCitizens, findCitizenBySubject } from '../citizens';
import { cabinetPaths } from '../cabinet/paths';
import { CookieJar } from './cookie-jar';
import { pageText } from './page-text';

const requestTimeoutMs = 30_000;

/**
 * Plays a parent in the sim's cabinet with plain fetch: signs in to the cabinet as
 * `parentSubject` (a fresh cookie jar per call), gives consent to every pending request of
 * their children and signs out. Returns how many requests it consented; a request another
 * caller decided meanwhile is skipped, not counted. The children's next sign-ins to those
 * clients then pass (see driveSignIn).
 */
export async function driveParentalConsent(simIssuer: string, parentSubject: string): Promise<number> {
  if (findCitizenBySubject(parentSubject) === undefined) {
    const known = demoCitizens.map((citizen) => citizen.subject).join(', ');
    throw new Error(`driveParentalConsent: no demo citizen with subject "${parentSubject}" (known: ${known})`);
  }
  const jar = new CookieJar();

  const send = async (path: string, form?: Record<string, string>): Promise<Response> => {
    const url = new URL(path, simIssuer);
    const headers = new Headers();
    const cookie = jar.headerFor(url);
    if (cookie !== undefined) {
      headers.set('cookie', cookie);
    }
    if (form !== undefined) {
      headers.set('content-type', 'application/x-www-form-urlencoded');
    }
    const response = await fetch(url, {
      method: form === undefined ? 'GET' : 'POST',
      headers,
      body: form === undefined ? undefined : new URLSearchParams(form).toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    jar.store(url, response);
    return response;
  };

  const fail = async (what: string, response: Response): Promise<never> => {
    throw new Error(`driveParentalConsent: ${what} answered ${response.status}: ${pageText(await response.text())}`);
  };

  const login = await send(cabinetPaths.loginAs, { subject: parentSubject });
  if (login.status !== 303) {
    return fail('cabinet sign-in', login);
  }
  await login.body?.cancel();

  const cabinet = await send(cabinetPaths.home);
  const page = await cabinet.text();
  if (cabinet.status !== 200 || !page.includes('data-esia-sim-page="cabinet"')) {
    throw new Error(`driveParentalConsent: the cabinet did not open (${cabinet.status}): ${pageText(page)}`);
  }
  const requestIds = [...page.matchAll(/data-esia-sim-request="([^"]+)"/g)].map((match) => match[1] ?? '');

  let consented = 0;
  for (const request of requestIds) {
    const response = await send(cabinetPaths.give, { request });
    if (response.status === 303) {
      consented += 1;
      await response.body?.cancel();
    } else if (response.status === 404) {
      // Decided by someone else since the page was read (another parent, a parallel driver).
      await response.body?.cancel();
    } else {
      await fail('giving consent', response);
    }
  }

  const logout = await send(cabinetPaths.logout, {});
  await logout.body?.cancel();
  return consented;
}
