import { fullNameKey, identityDocumentKey, normalizeSnils } from '@vhod/domain';

/** The parts of a person card the derived match keys depend on. */
export interface PersonKeySource {
  lastName: string;
  firstName: string;
  middleName?: string | null | undefined;
  snils?: string | null | undefined;
  documentType?: string | null | undefined;
  documentSeries?: string | null | undefined;
  documentNumber?: string | null | undefined;
}

export interface PersonKeys {
  /** `fullNameKey` of the name: normalized "last|first|middle". */
  nameKey: string;
  /** `identityDocumentKey` of the document, null when the card has no (usable) document. */
  documentKey: string | null;
  /** SNILS normalized to 11 digits, null when absent or invalid. */
  snils: string | null;
}

/**
 * Computes the derived columns of a person card. Use it whenever a person row is written, so
 * `persons.name_key` / `document_key` / `snils` always match what the sign-in looks up.
 */
export function personKeys(card: PersonKeySource): PersonKeys {
  const nameKey = fullNameKey({
    lastName: card.lastName,
    firstName: card.firstName,
    middleName: card.middleName ?? null,
  });
  const documentKey =
    card.documentType && card.documentNumber
      ? identityDocumentKey({
          type: card.documentType,
          series: card.documentSeries ?? null,
          number: card.documentNumber,
        })
      : null;
  const snils = card.snils ? normalizeSnils(card.snils) : null;
  return { nameKey, documentKey, snils };
}

/** Spreads `card` and adds its computed keys (normalized snils included): ready to insert/update. */
export function withPersonKeys<T extends PersonKeySource>(card: T): T & PersonKeys {
  return { ...card, ...personKeys(card) };
}
