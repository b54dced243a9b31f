import type { IncomingMessage, ServerResponse } from 'node:http';
import { findCitizenBySubject } from '../citizens';
import { isEsiaScope, parseScopes } from '../claims';
import { isMinorOn, legalRepresentativesOf } from '../minors';
import type { InteractionContext } from './interaction-context';

/** What ESIA answers a minor whose legal representative has not yet let them into this system. */
export const parentalConsentRequiredDescription =
  'ESIA-007004: Для входа несовершеннолетнего в информационную систему требуется согласие законного представителя. ' +
  'Запрос направлен родителю в личный кабинет.';

export interface SignInAttempt {
  accountId: string;
  clientId: string;
  /** The scope parameter of the authorization request. */
  scope: unknown;
}

/**
 * Lets the flow go on (true) unless a minor signs in to a client no parent has consented to:
 * then asks each bound parent and ends the authorization with access_denied (false), as
 * ESIA does. Checked at every step that could let the minor through, because an existing
 * browser session skips the login step when the minor moves on to another client.
 */
export async function passesParentalConsent(
  context: InteractionContext,
  attempt: SignInAttempt,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const citizen = findCitizenBySubject(attempt.accountId);
  const now = context.now();
  if (citizen === undefined || !isMinorOn(citizen, now)) {
    return true;
  }
  if (context.parentalConsents.hasConsent(citizen.subject, attempt.clientId)) {
    return true;
  }
  const scopes = [...parseScopes(typeof attempt.scope === 'string' ? attempt.scope : undefined)].filter(isEsiaScope);
  for (const parentSubject of legalRepresentativesOf(citizen)) {
    context.parentalConsents.request(parentSubject, citizen.subject, attempt.clientId, scopes, now);
  }
  await context.provider.interactionFinished(
    req,
    res,
    { error: 'access_denied', error_description: parentalConsentRequiredDescription },
    { mergeWithLastSubmission: false },
  );
  return false;
}
