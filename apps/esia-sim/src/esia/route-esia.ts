import type { IncomingMessage, ServerResponse } from 'node:http';
import { FormTooLargeError, readForm } from '../http/read-form';
import { sendHtml, sendJson, sendMethodNotAllowed } from '../http/send';
import { renderErrorPage } from '../pages/error-page';
import { handleAuthorize } from './authorize';
import type { EsiaContext } from './esia-context';
import { handleLogout } from './logout';
import { esiaPaths, parseSignInPath } from './paths';
import { handlePersonData } from './person-data-endpoint';
import { handleSignInConsent, handleSignInLogin, handleSignInLoginAs, showSignInStep } from './sign-in-steps';
import { handleToken } from './token-endpoint';

const signInLostMessage = 'Сеанс входа не найден или истёк. Вернитесь в информационную систему и начните вход заново.';

/** Serves ESIA's endpoints and the sign-in pages between them; false for any other path. */
export async function routeEsia(context: EsiaContext, url: URL, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const { pathname } = url;
  const method = req.method ?? 'GET';
  const expect = (allowed: 'GET' | 'POST'): boolean => {
    if (method === allowed) return true;
    sendMethodNotAllowed(res, allowed);
    return false;
  };
  try {
    if (pathname === esiaPaths.authorize) {
      if (expect('GET')) await handleAuthorize(context, url, req, res);
      return true;
    }
    if (pathname === esiaPaths.token) {
      if (expect('POST')) await handleToken(context, req, res);
      return true;
    }
    if (pathname === esiaPaths.logout) {
      if (expect('GET')) handleLogout(context, url, req, res);
      return true;
    }
    if (pathname.startsWith(`${esiaPaths.persons}/`)) {
      if (expect('GET')) await handlePersonData(context, url, req, res);
      return true;
    }
    const step = parseSignInPath(pathname);
    if (step === undefined) return false;
    const flow = context.flows.get(step.flowId);
    if (flow === undefined) {
      sendHtml(res, 400, renderErrorPage({ title: 'Сеанс входа истёк', message: signInLostMessage }));
      return true;
    }
    if (step.action === undefined) {
      if (expect('GET')) showSignInStep(flow, res);
      return true;
    }
    if (!expect('POST')) return true;
    const form = await readForm(req);
    const handlers = { login: handleSignInLogin, 'login-as': handleSignInLoginAs, consent: handleSignInConsent } as const;
    handlers[step.action](context, flow, form, res);
    return true;
  } catch (error) {
    if (!(error instanceof FormTooLargeError) || res.headersSent) throw error;
    if (pathname === esiaPaths.token) sendJson(res, 413, { error: 'invalid_request', error_description: 'Слишком большой запрос.' });
    else sendHtml(res, 413, renderErrorPage({ message: 'Слишком большой запрос.' }));
    return true;
  }
}
