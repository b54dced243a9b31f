import type { EsiaPerson } from './esia-person';
import { canMatchAutomatically } from './matching';
import type { AccountRole } from './roles';

export interface AccountCandidate {
  accountId: string;
  personId: string;
  organisationId: string;
  role: AccountRole;
  lastSignedInAt?: Date | null;
}

export type SignInOutcome =
  | { kind: 'not-found'; reason: 'unconfirmed-account' | 'no-matching-card' }
  | { kind: 'single'; account: AccountCandidate }
  | { kind: 'choose'; accounts: AccountCandidate[]; defaultAccountId: string };

/**
 * What happens after ESIA returns, given the accounts the database found for the chosen role.
 *
 * A subject already linked to a card goes straight in, whatever its trust level or its current
 * names: the link was established once and the card may have been corrected since. Otherwise
 * only a confirmed account may be matched. One sign-in never offers the accounts of two
 * different people: foreign candidates of a linked subject are dropped, and an unlinked match
 * spread over several cards is treated as not found (a human must decide which card is theirs).
 */
export function decideSignInOutcome(input: {
  person: EsiaPerson;
  linkedPersonId: string | null;
  candidates: AccountCandidate[];
}): SignInOutcome {
  const { person, linkedPersonId } = input;
  let candidates = uniqueByAccount(input.candidates);

  if (linkedPersonId) {
    candidates = candidates.filter((candidate) => candidate.personId === linkedPersonId);
  } else {
    if (!canMatchAutomatically(person)) return { kind: 'not-found', reason: 'unconfirmed-account' };
    if (new Set(candidates.map((candidate) => candidate.personId)).size > 1) {
      return { kind: 'not-found', reason: 'no-matching-card' };
    }
  }

  const [first, ...rest] = orderByRecentSignIn(candidates);
  if (!first) return { kind: 'not-found', reason: 'no-matching-card' };
  if (rest.length === 0) return { kind: 'single', account: first };
  return { kind: 'choose', accounts: [first, ...rest], defaultAccountId: first.accountId };
}

function uniqueByAccount(candidates: readonly AccountCandidate[]): AccountCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => !seen.has(candidate.accountId) && Boolean(seen.add(candidate.accountId)));
}

/** The account used last comes first and is preselected; never-used accounts keep the database order. */
function orderByRecentSignIn(candidates: readonly AccountCandidate[]): AccountCandidate[] {
  const time = (candidate: AccountCandidate): number | null => {
    const value = candidate.lastSignedInAt?.getTime();
    return value === undefined || Number.isNaN(value) ? null : value;
  };
  // Array#sort is stable, so equal times keep the order the candidates came in.
  return [...candidates].sort((a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (ta === tb) return 0;
    if (ta === null) return 1;
    if (tb === null) return -1;
    return tb - ta;
  });
}
