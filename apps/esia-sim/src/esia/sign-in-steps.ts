import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoCitizen } from '@vhod/demo-people';
import { authenticateCitizen, wrongCredentialsMessage } from '../citizen-login';
import { findCitizenBySubject, fullNameOf } from '../citizens';
import { readCookie, serializeCookie } from '../http/cookies';
import { sendHtml, sendRedirect } from '../http/send';
import { renderConsentPage } from '../pages/consent-page';
import { renderErrorPage, renderUnknownCitizenPage } from '../pages/error-page';
import { renderLoginPage } from '../pages/login-page';
import { awaitsParentalConsent } from '../parental-consent-rule';
import { esiaSessionCookie, type EsiaContext, type EsiaSession, type SignInFlow } from './esia-context';
import { esiaRefusals } from './esia-errors';
import { grantSignIn, refuseSignIn } from './finish-sign-in';
import { signInPaths } from './paths';

type SignedInFlow = SignInFlow & Required<Pick<SignInFlow, 'session'>>;

/**
 * After the authorization request passed every check: a browser with an ESIA session goes
 * straight on; any other is asked to sign in first.
 */
export function startSignIn(
  context: EsiaContext,
  flow: Omit<SignInFlow, 'id' | 'session'>,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const token = readCookie(req, esiaSessionCookie);
  const session = token === undefined ? undefined : context.sessions.get(token);
  const started: SignInFlow = { ...flow, id: randomBytes(16).toString('base64url'), session };
  context.flows.set(started.id, started);
  if (isSignedIn(started)) {
    continueSignIn(context, started, res, 302);
    return;
  }
  sendRedirect(res, 302, signInPaths.page(started.id));
}

const isSignedIn = (flow: SignInFlow): flow is SignedInFlow => flow.session !== undefined;

/**
 * The citizen is known: the client's account rule and the parental-consent gate may refuse;
 * scopes the citizen granted this client before need no second consent; otherwise the consent page.
 */
function continueSignIn(context: EsiaContext, flow: SignedInFlow, res: ServerResponse, status: 302 | 303): void {
  const citizen = citizenOf(flow);
  if (flow.client.confirmedAccountsOnly && citizen.level !== 'confirmed') {
    refuseSignIn(context, flow, esiaRefusals.unconfirmedAccount, res, status);
    return;
  }
  const attempt = { subject: citizen.subject, clientId: flow.client.clientId, scopes: flow.scopes };
  if (awaitsParentalConsent(context.parentalConsents, attempt, context.now())) {
    refuseSignIn(context, flow, esiaRefusals.awaitsParentalConsent, res, status);
    return;
  }
  const granted = context.consents.scopesFor(citizen.subject, flow.client.clientId);
  if (flow.scopes.every((scope) => granted.has(scope))) {
    grantSignIn(context, flow, res, status);
    return;
  }
  sendRedirect(res, status, signInPaths.page(flow.id));
}

function citizenOf(flow: SignedInFlow): DemoCitizen {
  const citizen = findCitizenBySubject(flow.session.subject);
  if (citizen === undefined) throw new Error(`esia-sim: a session names an unknown citizen ${flow.session.subject}`);
  return citizen;
}

/** GET /login/<flow>: the step the sign-in is at. */
export function showSignInStep(flow: SignInFlow, res: ServerResponse): void {
  if (!isSignedIn(flow)) {
    sendHtml(res, 200, renderLoginPage({ actions: loginActions(flow) }));
    return;
  }
  sendHtml(
    res,
    200,
    renderConsentPage({
      action: signInPaths.consent(flow.id),
      clientId: flow.client.clientId,
      citizenName: fullNameOf(citizenOf(flow)),
      requestedScopes: flow.scopes,
    }),
  );
}

const loginActions = (flow: SignInFlow) => ({ login: signInPaths.login(flow.id), loginAs: signInPaths.loginAs(flow.id) });

/** POST /login/<flow>/login: the Госуслуги form (phone, e-mail or SNILS, and the password). */
export function handleSignInLogin(context: EsiaContext, flow: SignInFlow, form: URLSearchParams, res: ServerResponse): void {
  if (isSignedIn(flow)) {
    sendStepAlreadyDone(res);
    return;
  }
  const login = form.get('login') ?? '';
  const citizen = authenticateCitizen(login, form.get('password') ?? '');
  if (citizen === undefined) {
    sendHtml(res, 200, renderLoginPage({ actions: loginActions(flow), login, error: wrongCredentialsMessage }));
    return;
  }
  signIn(context, flow, citizen.subject, res);
}

/** POST /login/<flow>/login-as: one click on a listed test citizen. */
export function handleSignInLoginAs(context: EsiaContext, flow: SignInFlow, form: URLSearchParams, res: ServerResponse): void {
  if (isSignedIn(flow)) {
    sendStepAlreadyDone(res);
    return;
  }
  const subject = form.get('subject') ?? '';
  if (findCitizenBySubject(subject) === undefined) {
    sendHtml(res, 400, renderUnknownCitizenPage(subject));
    return;
  }
  signIn(context, flow, subject, res);
}

/** Opens the browser's ESIA session (the cookie rides along with the next redirect) and goes on. */
function signIn(context: EsiaContext, flow: SignInFlow, subject: string, res: ServerResponse): void {
  const session: EsiaSession = { id: randomUUID(), subject, authTime: context.now() };
  const token = randomBytes(32).toString('base64url');
  context.sessions.set(token, session);
  // A browser-session cookie: the sim's clock, not the browser's, decides when the session lapses.
  res.setHeader('Set-Cookie', serializeCookie(esiaSessionCookie, token, { path: '/' }));
  const signedIn: SignedInFlow = { ...flow, session };
  context.flows.set(flow.id, signedIn);
  continueSignIn(context, signedIn, res, 303);
}

/** POST /login/<flow>/consent: «Предоставить» or «Отказать» on «Предоставление прав доступа». */
export function handleSignInConsent(context: EsiaContext, flow: SignInFlow, form: URLSearchParams, res: ServerResponse): void {
  if (!isSignedIn(flow)) {
    sendStepAlreadyDone(res);
    return;
  }
  const decision = form.get('decision');
  if (decision === 'deny') {
    refuseSignIn(context, flow, esiaRefusals.refusedByUser, res, 303);
    return;
  }
  if (decision !== 'grant') {
    sendHtml(res, 400, renderErrorPage({ message: 'Не выбрано решение: предоставить доступ или отказать.' }));
    return;
  }
  context.consents.remember(flow.session.subject, flow.client.clientId, flow.scopes);
  // The gates again: a posted grant must not get a minor past the check the consent page made.
  continueSignIn(context, flow, res, 303);
}

function sendStepAlreadyDone(res: ServerResponse): void {
  sendHtml(res, 400, renderErrorPage({ message: 'Этот шаг входа уже пройден. Вернитесь в информационную систему и начните вход заново.' }));
}
