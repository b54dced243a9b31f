/**
 * Who may still use the legacy login and password, and who may link an account to ESIA alone.
 *
 * Until the self-link cutoff day (inclusive) everyone keeps the legacy sign-in, because that is
 * how a user proves they own a card when linking it to ESIA themselves. After the cutoff the
 * legacy sign-in closes, and linking is done by staff only. The one exception a region may keep
 * (`legacySignInForUnder14`): students under 14, who cannot have an ESIA account of their own.
 * Their age is taken per day on `today`; the 14th birthday itself already counts as 14. An
 * unknown or unusable birth date gets no exception: staff fix the card rather than the rule
 * guessing an age.
 */
import { ageOnIfKnown } from './age';
import { isSelfLinkOpen, type DeploymentPolicy } from './deployment-policy';
import type { AccountRole } from './roles';

/** The age from which a child can have an ESIA account of their own (with a passport). */
const OWN_ESIA_AGE = 14;

export function isLegacySignInAllowed(input: {
  policy: DeploymentPolicy;
  today: string;
  role: AccountRole;
  birthDate: string | null;
}): boolean {
  const { policy, today, role, birthDate } = input;
  if (isSelfLinkOpen(policy, today)) return true;
  if (!policy.legacySignInForUnder14 || role !== 'student') return false;
  const age = ageOnIfKnown(birthDate, today);
  return age !== null && age < OWN_ESIA_AGE;
}

/** Whether a user may link their account to ESIA themselves; after the cutoff only staff link. */
export function isSelfLinkAllowed(input: { policy: DeploymentPolicy; today: string }): boolean {
  return isSelfLinkOpen(input.policy, input.today);
}

/**
 * After unlinking ESIA, could this user still sign in? Only through a legacy login that exists
 * and is still allowed; otherwise the unlink would lock them out of their own account.
 */
export function hasOtherSignInWay(input: {
  policy: DeploymentPolicy;
  today: string;
  role: AccountRole;
  birthDate: string | null;
  hasLegacyLogin: boolean;
}): boolean {
  const { hasLegacyLogin, ...rest } = input;
  // Evaluated even without a login so that a bad `today` fails the same way in both cases.
  const allowed = isLegacySignInAllowed(rest);
  return hasLegacyLogin && allowed;
}
