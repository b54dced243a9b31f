import type { IncomingMessage, ServerResponse } from 'node:http';
import { findCitizenBySubject } from '../citizens';
import { authenticateCitizen, wrongCredentialsMessage } from '../citizen-login';
import { sendHtml, sendSeeOther } from '../http/send';
import { renderCabinetLoginPage } from '../pages/cabinet-login-page';
import { renderUnknownCitizenPage } from '../pages/error-page';
import type { CabinetContext } from './cabinet-context';
import { closeCabinetSession, openCabinetSession } from './cabinet-session-cookie';
import { cabinetPaths } from './paths';

export function handleCabinetLogin(context: CabinetContext, form: URLSearchParams, res: ServerResponse): void {
  const login = form.get('login') ?? '';
  const citizen = authenticateCitizen(login, form.get('password') ?? '');
  if (citizen === undefined) {
    sendHtml(res, 200, renderCabinetLoginPage({ login, error: wrongCredentialsMessage }));
    return;
  }
  sendSeeOther(res, cabinetPaths.home, openCabinetSession(context, citizen.subject));
}

export function handleCabinetLoginAs(context: CabinetContext, form: URLSearchParams, res: ServerResponse): void {
  const subject = form.get('subject') ?? '';
  if (findCitizenBySubject(subject) === undefined) {
    sendHtml(res, 400, renderUnknownCitizenPage(subject));
    return;
  }
  sendSeeOther(res, cabinetPaths.home, openCabinetSession(context, subject));
}

export function handleCabinetLogout(context: CabinetContext, req: IncomingMessage, res: ServerResponse): void {
  sendSeeOther(res, cabinetPaths.home, closeCabinetSession(context, req));
}
