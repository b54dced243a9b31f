import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendHtml } from '../http/send';
import { renderErrorPage } from '../pages/error-page';
import { InteractionNotFoundError, type InteractionContext } from './interaction-context';

export type Interaction = Awaited<ReturnType<InteractionContext['provider']['interactionDetails']>>;

/**
 * Loads the interaction the browser's cookie points at and checks it is the one in the URL
 * and at the expected step. Answers the request itself (and returns undefined) when the
 * posted step does not match, e.g. a login form re-posted after the login already happened.
 */
export async function loadInteraction(
  context: InteractionContext,
  uid: string,
  expectedPrompt: 'login' | 'consent' | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<Interaction | undefined> {
  let interaction: Interaction;
  try {
    interaction = await context.provider.interactionDetails(req, res);
  } catch (error) {
    throw new InteractionNotFoundError('interaction not found', { cause: error });
  }
  if (interaction.uid !== uid) {
    throw new InteractionNotFoundError('interaction cookie does not match the URL');
  }
  if (expectedPrompt !== undefined && interaction.prompt.name !== expectedPrompt) {
    sendHtml(
      res,
      400,
      renderErrorPage({
        message: 'Этот шаг входа уже пройден. Вернитесь в информационную систему и начните вход заново.',
        details: [
          ['ожидался шаг', expectedPrompt],
          ['текущий шаг', interaction.prompt.name],
        ],
      }),
    );
    return undefined;
  }
  return interaction;
}
