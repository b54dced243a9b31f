import { findCitizenBySubject } from './citizens';
import { isEsiaScope } from './claims';
import { isMinorOn, legalRepresentativesOf } from './minors';
import type { ParentalConsents } from './parental-consents';

/** What ESIA answers a minor whose legal representative has not yet let them into this system. */
export const parentalConsentRequiredDescription =
  'ESIA-007004: Для входа несовершеннолетнего в информационную систему требуется согласие законного представителя. ' +
  'Запрос направлен родителю в личный кабинет.';

export interface SignInAttempt {
  subject: string;
  clientId: string;
  /** What the client asks for, shown to the parent. */
  scopes: Iterable<string>;
}

/**
 * Whether a minor must be refused because no parent has let them into this client yet. When
 * so, asks each legal representative in the cabinet (once per child and client, however often
 * the child retries), as ESIA does. Both protocols of the sim apply this one rule.
 */
export function awaitsParentalConsent(parentalConsents: ParentalConsents, attempt: SignInAttempt, now: Date): boolean {
  const citizen = findCitizenBySubject(attempt.subject);
  if (citizen === undefined || !isMinorOn(citizen, now) || parentalConsents.hasConsent(citizen.subject, attempt.clientId)) {
    return false;
  }
  const scopes = [...attempt.scopes].filter(isEsiaScope);
  for (const parentSubject of legalRepresentativesOf(citizen)) {
    parentalConsents.request(parentSubject, citizen.subject, attempt.clientId, scopes, now);
  }
  return true;
}
