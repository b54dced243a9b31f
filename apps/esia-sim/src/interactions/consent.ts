import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendHtml } from '../http/send';
import { renderErrorPage } from '../pages/error-page';
import { stringList, type InteractionContext } from './interaction-context';
import { loadInteraction } from './load-interaction';
import { passesParentalConsent } from './parental-consent-gate';

/** What ESIA answers when the citizen refuses (or consent rules refuse) access. */
export const consentDeniedDescription = 'ESIA-007004: Владелец ресурса отказал в доступе к ресурсу.';

export async function handleConsentSubmit(
  context: InteractionContext,
  uid: string,
  form: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const interaction = await loadInteraction(context, uid, 'consent', req, res);
  if (interaction === undefined) {
    return;
  }
  const decision = form.get('decision');
  if (decision === 'deny') {
    await context.provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: consentDeniedDescription },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  if (decision !== 'grant') {
    sendHtml(res, 400, renderErrorPage({ message: 'Не выбрано решение: предоставить доступ или отказать.' }));
    return;
  }

  const accountId = interaction.session?.accountId;
  const clientId = String(interaction.params.client_id ?? '');
  if (accountId === undefined || clientId === '') {
    sendHtml(res, 400, renderErrorPage({ message: 'Сеанс входа не найден. Начните вход заново.' }));
    return;
  }
  // A posted grant must not get a minor past the check the consent page made.
  if (!(await passesParentalConsent(context, { accountId, clientId, scope: interaction.params.scope }, req, res))) {
    return;
  }

  const { Grant } = context.provider;
  const existing = interaction.grantId === undefined ? undefined : await Grant.find(interaction.grantId);
  const grant = existing ?? new Grant({ accountId, clientId });
  const promptDetails = interaction.prompt.details;
  const missingScopes = stringList(promptDetails.missingOIDCScope);
  if (missingScopes.length > 0) {
    grant.addOIDCScope(missingScopes);
  }
  const missingClaims = stringList(promptDetails.missingOIDCClaims);
  if (missingClaims.length > 0) {
    grant.addOIDCClaims(missingClaims);
  }
  const grantId = await grant.save();
  context.consents.remember(accountId, clientId, grant.getOIDCScope().split(' ').filter(Boolean));

  await context.provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}
