import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseScopes } from '../claims';
import { awaitsParentalConsent, parentalConsentRequiredDescription } from '../parental-consent-rule';
import type { InteractionContext } from './interaction-context';

export interface OidcSignInAttempt {
  accountId: string;
  clientId: string;
  /** The scope parameter of the authorization request. */
  scope: unknown;
}

/**
 * Lets the flow go on (true) unless a minor signs in to a client no parent has consented to:
 * then ends the authorization with access_denied (false). Checked at every step that could let
 * the minor through, because an existing browser session skips the login step when the minor
 * moves on to another client.
 */
export async function passesParentalConsent(
  context: InteractionContext,
  attempt: OidcSignInAttempt,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const scopes = parseScopes(typeof attempt.scope === 'string' ? attempt.scope : undefined);
  if (!awaitsParentalConsent(context.parentalConsents, { subject: attempt.accountId, clientId: attempt.clientId, scopes }, context.now())) {
    return true;
  }
  await context.provider.interactionFinished(
    req,
    res,
    { error: 'access_denied', error_description: parentalConsentRequiredDescription },
    { mergeWithLastSubmission: false },
  );
  return false;
}
