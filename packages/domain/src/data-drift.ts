/**
 * Data drift: a linked person signs in and ESIA's data no longer agree with their person card
 * (a new surname after marriage, a passport at 14, a SNILS the school never recorded). Staff
 * are shown the differences and decide whether to update the card; nothing here changes it.
 *
 * Rules, field by field (in the order of `driftFields`):
 * - Values are compared in their normalised form (`normalizeNamePart`, `normalizeSnils`,
 *   `identityDocumentKey`; birth dates as trimmed YYYY-MM-DD strings), so a different spelling
 *   of the same value (ё/е, case, spaces in a number, dashes in a SNILS) is not drift.
 * - A value ESIA does not give (blank, or a SNILS / document without a usable number) is never
 *   drift: ESIA not telling is not a change.
 * - A value the card lacks but ESIA has IS drift: the card can be completed from ESIA.
 * - Document: the card's document is compared with the ESIA documents of the same type; if one
 *   has the same key there is no drift, otherwise the first of that type is reported. When ESIA
 *   has no document of the card's type (a birth certificate on the card, a passport in ESIA after
 *   the child turned 14) or the card has no document, ESIA's main document is reported, taken in
 *   the order of `identityDocumentTypes` (the passport first).
 *
 * `cardValue` / `esiaValue` are for display: each side's own spelling with whitespace tidied,
 * dates as YYYY-MM-DD, SNILS formatted "XXX-XXX-XXX YY" (a malformed card SNILS as written),
 * documents as "series number". null when that side has no value.
 */
import type { EsiaPerson } from './esia-person';
import { identityDocumentKey, identityDocumentTypes } from './identity-document';
import { normalizeNamePart } from './person-name';
import { formatSnils, normalizeSnils } from './snils';

export const driftFields = ['lastName', 'firstName', 'middleName', 'birthDate', 'snils', 'document'] as const;

export type DriftField = (typeof driftFields)[number];

export interface DriftChange {
  field: DriftField;
  cardValue: string | null;
  esiaValue: string | null;
}

export interface DriftCard {
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate?: string | null;
  snils?: string | null;
  document?: { type: string; series?: string | null; number: string } | null;
}

type DocumentLike = { type: string; series?: string | null; number: string };

/** The differences between ESIA's data and the card, in the order of `driftFields`; [] when none. */
export function detectDrift(person: EsiaPerson, card: DriftCard): DriftChange[] {
  const changes: DriftChange[] = [];
  for (const field of ['lastName', 'firstName', 'middleName'] as const) {
    const change = nameDrift(field, person[field], card[field]);
    if (change) changes.push(change);
  }

  const esiaBirthDate = tidy(person.birthDate);
  const cardBirthDate = tidy(card.birthDate);
  if (esiaBirthDate !== null && esiaBirthDate !== cardBirthDate) {
    changes.push({ field: 'birthDate', cardValue: cardBirthDate, esiaValue: esiaBirthDate });
  }

  const esiaSnils = normalizeSnils(person.snils);
  const cardSnils = normalizeSnils(card.snils);
  if (esiaSnils !== null && esiaSnils !== cardSnils) {
    changes.push({
      field: 'snils',
      cardValue: cardSnils !== null ? formatSnils(cardSnils) : tidy(card.snils),
      esiaValue: formatSnils(esiaSnils),
    });
  }

  const documentChange = documentDrift(person.documents, card.document);
  if (documentChange) changes.push(documentChange);
  return changes;
}

function nameDrift(field: DriftField, esia: string | null | undefined, card: string | null | undefined): DriftChange | null {
  const esiaValue = tidy(esia);
  if (esiaValue === null || normalizeNamePart(esiaValue) === '') return null;
  const cardValue = tidy(card);
  if (cardValue !== null && normalizeNamePart(cardValue) === normalizeNamePart(esiaValue)) return null;
  return { field, cardValue, esiaValue };
}

function documentDrift(esiaDocuments: readonly DocumentLike[], cardDocument: DocumentLike | null | undefined): DriftChange | null {
  const usable = esiaDocuments
    .map((document) => ({ document, key: identityDocumentKey(document) }))
    .filter((entry): entry is { document: DocumentLike; key: string } => entry.key !== null);
  if (usable.length === 0) return null;

  const cardKey = cardDocument ? identityDocumentKey(cardDocument) : null;
  const cardValue = cardDocument ? formatDocument(cardDocument) : null;
  if (cardDocument && cardKey !== null) {
    const cardType = cardDocument.type.trim();
    const sameType = usable.filter((entry) => entry.document.type.trim() === cardType);
    if (sameType.some((entry) => entry.key === cardKey)) return null;
    const [first] = sameType;
    if (first) return { field: 'document', cardValue, esiaValue: formatDocument(first.document) };
  }
  const main = mainDocument(usable.map((entry) => entry.document));
  return main ? { field: 'document', cardValue, esiaValue: formatDocument(main) } : null;
}

/** ESIA's main identity document: the first in the order of `identityDocumentTypes`, then any other. */
function mainDocument(documents: readonly DocumentLike[]): DocumentLike | undefined {
  const rank = (document: DocumentLike) => {
    const index = (identityDocumentTypes as readonly string[]).indexOf(document.type.trim());
    return index === -1 ? identityDocumentTypes.length : index;
  };
  // A stable sort keeps ESIA's own order among documents of the same type.
  return [...documents].sort((a, b) => rank(a) - rank(b))[0];
}

/** "series number", each side's own spelling with whitespace tidied. */
function formatDocument(document: DocumentLike): string | null {
  const text = [document.series, document.number]
    .map((part) => tidy(part))
    .filter((part): part is string => part !== null)
    .join(' ');
  return text === '' ? null : text;
}

function tidy(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}
