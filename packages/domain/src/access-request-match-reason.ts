/**
 * Why the automatic match failed, recorded on the request (`match_reason`) so that staff know
 * where to look:
 * - no-matching-card: no card with these names and keys in the organisation;
 * - card-with-other-role: a matching card exists, but for another role (e.g. staff, not parent);
 * - unconfirmed-account: the ESIA account is not confirmed, so no automatic match was attempted
 *   (`accessRequestEligibility` currently keeps such users from sending a request at all);
 * - ambiguous-match: more than one card matches, a human must choose;
 * - card-already-linked: the matching card is already linked to another ESIA account;
 * - organisation-missing: the user's school is not in the list (or not connected yet).
 */
export const accessRequestMatchReasons = [
  'no-matching-card',
  'card-with-other-role',
  'unconfirmed-account',
  'ambiguous-match',
  'card-already-linked',
  'organisation-missing',
] as const;
export type AccessRequestMatchReason = (typeof accessRequestMatchReasons)[number];

export function isAccessRequestMatchReason(value: unknown): value is AccessRequestMatchReason {
  return typeof value === 'string' && (accessRequestMatchReasons as readonly string[]).includes(value);
}
