import type { IncomingMessage, ServerResponse } from 'node:http';
import { FormTooLargeError, readForm } from '../http/read-form';
import { sendHtml, sendMethodNotAllowed } from '../http/send';
import { renderErrorPage } from '../pages/error-page';
import { handleConsentSubmit } from './consent';
import { InteractionNotFoundError, type InteractionContext } from './interaction-context';
import { handleLoginAsSubmit, handleLoginSubmit } from './login';
import type { InteractionAction } from './paths';
import { showInteraction } from './show-interaction';

const interactionLostMessage = 'Сеанс входа не найден или истёк. Вернитесь в информационную систему и начните вход заново.';

/** Serves /interaction/:uid (GET) and its form posts. */
export async function routeInteraction(
  context: InteractionContext,
  uid: string,
  action: InteractionAction | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    if (action === undefined) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendMethodNotAllowed(res, 'GET, HEAD');
        return;
      }
      await showInteraction(context, uid, req, res);
      return;
    }
    if (req.method !== 'POST') {
      sendMethodNotAllowed(res, 'POST');
      return;
    }
    const form = await readForm(req);
    switch (action) {
      case 'login':
        await handleLoginSubmit(context, uid, form, req, res);
        return;
      case 'login-as':
        await handleLoginAsSubmit(context, uid, form, req, res);
        return;
      case 'consent':
        await handleConsentSubmit(context, uid, form, req, res);
        return;
    }
  } catch (error) {
    if (res.headersSent) {
      throw error;
    }
    if (error instanceof InteractionNotFoundError) {
      sendHtml(res, 400, renderErrorPage({ title: 'Сеанс входа истёк', message: interactionLostMessage }));
      return;
    }
    if (error instanceof FormTooLargeError) {
      sendHtml(res, 413, renderErrorPage({ message: 'Слишком большой запрос.' }));
      return;
    }
    throw error;
  }
}
