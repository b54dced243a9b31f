import type { IncomingMessage, ServerResponse } from 'node:http';
import { FormTooLargeError, readForm } from '../http/read-form';
import { sendHtml, sendMethodNotAllowed } from '../http/send';
import { renderErrorPage } from '../pages/error-page';
import type { CabinetContext } from './cabinet-context';
import { handleCabinetLogin, handleCabinetLoginAs, handleCabinetLogout } from './cabinet-login';
import { handleConsentDecision } from './consent-decisions';
import { cabinetPaths } from './paths';
import { showCabinet } from './show-cabinet';

export function isCabinetPath(pathname: string): boolean {
  return pathname === cabinetPaths.home || pathname.startsWith(`${cabinetPaths.home}/`);
}

/** Serves /cabinet (GET) and its form posts. */
export async function routeCabinet(context: CabinetContext, url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (url.pathname === cabinetPaths.home) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendMethodNotAllowed(res, 'GET, HEAD');
      return;
    }
    showCabinet(context, url, req, res);
    return;
  }
  const posts: ReadonlyArray<string> = [
    cabinetPaths.login,
    cabinetPaths.loginAs,
    cabinetPaths.logout,
    cabinetPaths.give,
    cabinetPaths.refuse,
  ];
  if (!posts.includes(url.pathname)) {
    sendHtml(res, 404, renderErrorPage({ title: 'Страница не найдена', message: 'Такой страницы в личном кабинете нет.' }));
    return;
  }
  if (req.method !== 'POST') {
    sendMethodNotAllowed(res, 'POST');
    return;
  }
  let form: URLSearchParams;
  try {
    form = await readForm(req);
  } catch (error) {
    if (error instanceof FormTooLargeError) {
      sendHtml(res, 413, renderErrorPage({ message: 'Слишком большой запрос.' }));
      return;
    }
    throw error;
  }
  switch (url.pathname) {
    case cabinetPaths.login:
      handleCabinetLogin(context, form, res);
      return;
    case cabinetPaths.loginAs:
      handleCabinetLoginAs(context, form, res);
      return;
    case cabinetPaths.logout:
      handleCabinetLogout(context, req, res);
      return;
    case cabinetPaths.give:
      handleConsentDecision(context, 'give', form, req, res);
      return;
    case cabinetPaths.refuse:
      handleConsentDecision(context, 'refuse', form, req, res);
      return;
  }
}
