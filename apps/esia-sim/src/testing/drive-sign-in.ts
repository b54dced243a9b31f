import { findCitizenBySubject, demoCitizens } from '../citizens';
import { CookieJar } from './cookie-jar';
import { formAction, pageText } from './page-text';

export interface DriveSignInOptions {
  /** The demo citizen to sign in as (see demoCitizens), e.g. "1000001". */
  subject: string;
  /** What to answer on the consent page, if the sim shows it. Default 'grant'. */
  consent?: 'grant' | 'deny';
}

const maxSteps = 25;
const requestTimeoutMs = 30_000;

/**
 * Plays the browser through a sign-in at the development ESIA with plain fetch, in either of
 * its protocols (start at the ESIA authorization URL `/aas/oauth2/v2/ac?…` or at the OIDC one):
 * follows the redirects by hand with its own cookie jar (a fresh "browser" per call, so parallel
 * calls do not interfere), clicks the citizen's one-click button on the login page and answers
 * the consent page. Returns the URL the sim finally redirects to at the relying party's
 * redirect_uri — with code and state (and iss in OIDC), or with error and error_description —
 * without requesting it.
 *
 * The consent page is skipped by the sim when the citizen already granted these scopes to
 * the client earlier in the life of the process; `consent` then has no effect.
 *
 * A minor (Михаил 1000009, Софья 2000001) ends with access_denied / ESIA-007004 until a parent
 * has consented to this client: call driveParentalConsent after the first attempt.
 */
export async function driveSignIn(authorizationUrl: string, options: DriveSignInOptions): Promise<string> {
  if (findCitizenBySubject(options.subject) === undefined) {
    const known = demoCitizens.map((citizen) => citizen.subject).join(', ');
    throw new Error(`driveSignIn: no demo citizen with subject "${options.subject}" (known: ${known})`);
  }
  const decision = options.consent ?? 'grant';
  const start = new URL(authorizationUrl);
  const simOrigin = start.origin;
  const redirectUriParam = start.searchParams.get('redirect_uri');
  const redirectUri = redirectUriParam === null ? undefined : new URL(redirectUriParam);
  const jar = new CookieJar();
  const pagesAnswered = new Set<string>();

  const isAtRelyingParty = (url: URL): boolean =>
    (redirectUri !== undefined && url.origin === redirectUri.origin && url.pathname === redirectUri.pathname) || url.origin !== simOrigin;

  let url = start;
  let form: URLSearchParams | undefined;
  for (let step = 0; step < maxSteps; step += 1) {
    const headers = new Headers();
    const cookie = jar.headerFor(url);
    if (cookie !== undefined) {
      headers.set('cookie', cookie);
    }
    if (form !== undefined) {
      headers.set('content-type', 'application/x-www-form-urlencoded');
    }
    const method = form === undefined ? 'GET' : 'POST';
    const response = await fetch(url, {
      method,
      headers,
      body: form?.toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    jar.store(url, response);

    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (location === null) {
        throw new Error(`driveSignIn: ${response.status} without Location from ${method} ${url.href}`);
      }
      const next = new URL(location, url);
      if (isAtRelyingParty(next)) {
        return next.href;
      }
      url = next;
      form = undefined;
      continue;
    }

    const body = await response.text();
    const page = /data-esia-sim-page="([a-z-]+)"/.exec(body)?.[1];
    const action = page === 'login' ? formAction(body, 'login-as') : page === 'consent' ? formAction(body, 'consent') : undefined;
    if (response.status !== 200 || action === undefined) {
      throw new Error(
        `driveSignIn: unexpected ${response.status} from ${method} ${url.href}` +
          (page === undefined ? '' : ` (${page} page)`) +
          `: ${pageText(body)}`,
      );
    }
    const pageKey = `${url.pathname}\u0000${page}`;
    if (pagesAnswered.has(pageKey)) {
      // The same page came back after we answered it: the answer was rejected.
      throw new Error(`driveSignIn: the ${page} page was shown again at ${url.href}: ${pageText(body)}`);
    }
    pagesAnswered.add(pageKey);
    url = new URL(action, url);
    form = new URLSearchParams(page === 'login' ? { subject: options.subject } : { decision });
  }
  throw new Error(`driveSignIn: no redirect to the relying party after ${maxSteps} steps (last: ${url.href})`);
}
