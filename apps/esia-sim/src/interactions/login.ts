import type { IncomingMessage, ServerResponse } from 'node:http';
import { findCitizenBySubject } from '../citizens';
import { authenticateCitizen, wrongCredentialsMessage } from '../citizen-login';
import { sendHtml } from '../http/send';
import { renderUnknownCitizenPage } from '../pages/error-page';
import { renderLoginPage } from '../pages/login-page';
import type { InteractionContext } from './interaction-context';
import { loadInteraction, type Interaction } from './load-interaction';
import { loginActions } from './paths';
import { passesParentalConsent } from './parental-consent-gate';

export { wrongCredentialsMessage } from '../citizen-login';

export async function handleLoginSubmit(
  context: InteractionContext,
  uid: string,
  form: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const interaction = await loadInteraction(context, uid, 'login', req, res);
  if (interaction === undefined) {
    return;
  }
  const login = form.get('login') ?? '';
  const citizen = authenticateCitizen(login, form.get('password') ?? '');
  if (citizen === undefined) {
    sendHtml(res, 200, renderLoginPage({ actions: loginActions(uid), login, error: wrongCredentialsMessage }));
    return;
  }
  await finishLogin(context, interaction, citizen.subject, req, res);
}

export async function handleLoginAsSubmit(
  context: InteractionContext,
  uid: string,
  form: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const interaction = await loadInteraction(context, uid, 'login', req, res);
  if (interaction === undefined) {
    return;
  }
  const citizen = findCitizenBySubject(form.get('subject') ?? '');
  if (citizen === undefined) {
    sendHtml(res, 400, renderUnknownCitizenPage(form.get('subject') ?? ''));
    return;
  }
  await finishLogin(context, interaction, citizen.subject, req, res);
}

async function finishLogin(
  context: InteractionContext,
  interaction: Interaction,
  subject: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const attempt = {
    accountId: subject,
    clientId: String(interaction.params.client_id ?? ''),
    scope: interaction.params.scope,
  };
  if (!(await passesParentalConsent(context, attempt, req, res))) {
    return;
  }
  await context.provider.interactionFinished(req, res, { login: { accountId: subject, amr: ['pwd'] } }, { mergeWithLastSubmission: false });
}
