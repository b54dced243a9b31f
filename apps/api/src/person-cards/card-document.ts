import type { LinkCard } from '@vhod/domain';
import type { Person } from '@vhod/db';

/** The card's identity document as the rules take it, or null when the card has none. */
export function cardDocument(card: Pick<Person, 'documentType' | 'documentSeries' | 'documentNumber'>) {
  return card.documentType && card.documentNumber
    ? { type: card.documentType, series: card.documentSeries, number: card.documentNumber }
    : null;
}

/** A person card in the shape the link guards compare with ESIA. */
export function linkCardOf(card: Person): LinkCard {
  return {
    lastName: card.lastName,
    firstName: card.firstName,
    middleName: card.middleName,
    birthDate: card.birthDate,
    gender: card.gender,
    snils: card.snils,
    document: cardDocument(card),
  };
}
