import type { StaffPermissions } from './staff-permissions';

/**
 * A person card belongs to every organisation it has an account in. Its identity (the fields
 * automatic matching keys on) and its ESIA link decide who signs in to each of those accounts,
 * so a school that changed them on a card it shares with another school would decide who gets
 * into that school's account, a staff account included. Only someone who manages cards in every
 * one of the card's organisations (the regional administrator, or staff of the card's only
 * organisation) may change them; any school may change the contact fields.
 */
export const personCardContactFields = ['email', 'phone'] as const;
export type PersonCardContactField = (typeof personCardContactFields)[number];

export function isPersonCardContactField(field: string): field is PersonCardContactField {
  return (personCardContactFields as readonly string[]).includes(field);
}

export interface CardSteward {
  permissions: Pick<StaffPermissions, 'manageCards'>;
  /** The organisations whose cards this staff member manages; null for the whole region. */
  organisationIds: readonly string[] | null;
}

/**
 * The card's organisations this staff member does not manage, in the order given: empty when
 * they may change the card's identity and its ESIA link. Disabled accounts count too: enabling
 * one again must not hand it to whoever the card was changed to meanwhile.
 */
export function organisationsBeyondSteward(steward: CardSteward, cardOrganisationIds: readonly string[]): string[] {
  const unique = [...new Set(cardOrganisationIds)];
  if (!steward.permissions.manageCards) return unique;
  const own = steward.organisationIds;
  return own === null ? [] : unique.filter((id) => !own.includes(id));
}
