/**
 * Who may still use the legacy login and password, and who may link an account to ESIA alone.
 *
 * Staff always sign in through ESIA. Until the self-link cutoff day (inclusive) every family
 * member keeps the legacy sign-in, because that is how a user proves they own a card when
 * linking it to ESIA themselves. After the cutoff the
 * legacy sign-in closes, and linking is done by staff only. The one exception a region may keep
 * (`legacySignInForUnder14`): students under 14, who cannot have an ESIA account of their own.
 * Their age is taken per day on `today`; the 14th birthday itself already counts as 14. An
 * unknown or unusable birth date gets no exception: staff fix the card rather than the rule
 * guessing an age.
 */
import { ageOnIfKnown } from './age';
import { isSelfLinkOpen, type DeploymentPolicy } from './deployment-policy';
import { accountRolesForSignIn, isStaffRole, type AccountRole, type SignInRole } from './roles';

/** The age from which a child can have an ESIA account of their own (with a passport). */
const OWN_ESIA_AGE = 14;

export function isLegacySignInAllowed(input: {
  policy: DeploymentPolicy;
  today: string;
  role: AccountRole;
  birthDate: string | null;
}): boolean {
  const { policy, today, role, birthDate } = input;
  // The day is read first, so that a bad `today` fails the same way for every role.
  const open = isSelfLinkOpen(policy, today);
  if (isStaffRole(role)) return false;
  if (open) return true;
  if (!policy.legacySignInForUnder14 || role !== 'student') return false;
  const age = ageOnIfKnown(birthDate, today);
  return age !== null && age < OWN_ESIA_AGE;
}

/**
 * How linking with a legacy login treats the account behind the login, decided before its
 * password is checked. Any answer after the check but «wrong login or password» tells the caller
 * that the password was right. Where the legacy sign-in would let this account in, it tells that
 * anyway, so a refusal may say why (`check`). Elsewhere (staff) it would confirm passwords of the
 * legacy system: a login of another role than the one chosen at sign-in is refused without a
 * check (`refuse`), and one of the right role is checked, since it may be linked, but every
 * refusal answers like a wrong password (`check-quietly`).
 */
export type LegacyLinkCheck = 'check' | 'check-quietly' | 'refuse';

export function legacyLinkCheck(input: {
  policy: DeploymentPolicy;
  today: string;
  signInRole: SignInRole;
  role: AccountRole;
  birthDate: string | null;
}): LegacyLinkCheck {
  const { signInRole, ...account } = input;
  if (isLegacySignInAllowed(account)) return 'check';
  return accountRolesForSignIn(signInRole).includes(account.role) ? 'check-quietly' : 'refuse';
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
