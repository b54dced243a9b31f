import type { EsiaPerson } from './esia-person';
import type { SignInRole } from './roles';

/**
 * Who may send an access request after the automatic match failed. The form is not offered to
 * anybody else, and the server refuses with DomainError('access-request-not-eligible').
 *
 * Checked in this order, so the reason names the first failing rule:
 * 1. staff-role: staff do not use this form, their administrator creates or fixes their account;
 * 2. unconfirmed-account: only a confirmed (trusted) ESIA account has had its identity checked in
 *    person; with a standard one the user first confirms it at a service centre;
 * 3. no-children-in-esia: a parent asks for access to a child's data, so ESIA must list at least
 *    one child (the request names which one); a student asks for their own account.
 */
export const accessRequestIneligibilities = ['unconfirmed-account', 'no-children-in-esia', 'staff-role'] as const;
export type AccessRequestIneligibility = (typeof accessRequestIneligibilities)[number];

export type AccessRequestEligibility = { eligible: true } | { eligible: false; reason: AccessRequestIneligibility };

export function accessRequestEligibility(input: { person: EsiaPerson; role: SignInRole }): AccessRequestEligibility {
  const { person, role } = input;
  if (role === 'staff') return { eligible: false, reason: 'staff-role' };
  if (person.trusted !== true) return { eligible: false, reason: 'unconfirmed-account' };
  if (role === 'parent' && person.children.length === 0) return { eligible: false, reason: 'no-children-in-esia' };
  return { eligible: true };
}
