import { accountRoles, matchLookupKeys, type AccessRequestMatchReason, type EsiaPerson } from '@vhod/domain';
import { findMatchCandidates, type Database } from '@vhod/db';
import type { Session } from '../sessions/session-store';

/**
 * Why the system could not let this person in by itself, for the staff who review the request.
 * A card that matches in another role is worth telling apart from no card at all.
 */
export async function accessRequestMatchReason(db: Database, session: Session, person: EsiaPerson): Promise<AccessRequestMatchReason> {
  if (session.stage !== 'unmatched') return 'organisation-missing';
  if (session.matchReason === 'no-matching-card' && person.trusted) {
    const anyRole = await findMatchCandidates(db, { ...matchLookupKeys(person), roles: [...accountRoles] });
    if (anyRole.length > 0) return 'card-with-other-role';
  }
  switch (session.matchReason) {
    case 'unconfirmed-account':
    case 'ambiguous-match':
    case 'card-already-linked':
      return session.matchReason;
    default:
      return 'no-matching-card';
  }
}
