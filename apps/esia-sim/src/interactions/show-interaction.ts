import type { IncomingMessage, ServerResponse } from 'node:http';
import { findCitizenBySubject, fullNameOf } from '../citizens';
import { parseScopes } from '../claims';
import { sendHtml } from '../http/send';
import { renderConsentPage } from '../pages/consent-page';
import { renderErrorPage } from '../pages/error-page';
import { renderLoginPage } from '../pages/login-page';
import type { InteractionContext } from './interaction-context';
import { loadInteraction } from './load-interaction';
import { passesParentalConsent } from './parental-consent-gate';
import { interactionPaths, loginActions } from './paths';

/** GET /interaction/:uid — the login or the consent page, whichever step the flow is at. */
export async function showInteraction(context: InteractionContext, uid: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const interaction = await loadInteraction(context, uid, undefined, req, res);
  if (interaction === undefined) {
    return;
  }
  switch (interaction.prompt.name) {
    case 'login':
      sendHtml(res, 200, renderLoginPage({ actions: loginActions(uid) }));
      return;
    case 'consent': {
      const accountId = interaction.session?.accountId ?? '';
      const clientId = String(interaction.params.client_id ?? '');
      const scope = interaction.params.scope;
      if (!(await passesParentalConsent(context, { accountId, clientId, scope }, req, res))) {
        return;
      }
      const citizen = findCitizenBySubject(accountId);
      sendHtml(
        res,
        200,
        renderConsentPage({
          action: interactionPaths.consent(uid),
          clientId,
          citizenName: citizen === undefined ? accountId : fullNameOf(citizen),
          requestedScopes: [...parseScopes(typeof scope === 'string' ? scope : undefined)],
        }),
      );
      return;
    }
    default:
      sendHtml(
        res,
        400,
        renderErrorPage({
          message: 'Этот шаг входа тестовая среда не поддерживает.',
          details: [['prompt', interaction.prompt.name]],
        }),
      );
  }
}
