/**
 * The automatic matching rule: when may an ESIA person be taken to be the person on a card?
 * A wrong "yes" lets somebody into another family's data, a wrong "no" only sends them to the
 * manual path, so every doubt resolves to "no".
 *
 * 1. Names: the normalised full names (see `fullNameKey`) must be equal, middle name included.
 *    No middle name on both sides is equal; a middle name on one side only is not.
 * 2. Strong key: at least one must be present on both sides and agree:
 *    - the identity document (any of the ESIA documents has the card document's key), or
 *    - the SNILS (11 digits, separators ignored).
 * 3. No contradiction: any key present on both sides that disagrees rules the match out, even
 *    if another key agrees:
 *    - document: ESIA has a document of the card document's type, but none with its key;
 *    - SNILS: both sides have one and the digits differ (a malformed SNILS still counts as present);
 *    - birth date: both sides have one and they differ (a malformed date counts as different).
 *    A document of a type the other side does not have is absent, not a contradiction
 *    (a child's card holds a birth certificate, the child's own ESIA account a passport).
 * Checked in that order, so the reason names the first failing step.
 *
 * Whether a match may be acted on without a human is a separate question: `canMatchAutomatically`.
 */
import type { EsiaChild, EsiaPerson } from './esia-person';
import { identityDocumentKey } from './identity-document';
import { isIsoDate } from './iso-date';
import { fullNameKey } from './person-name';
import { normalizeSnils } from './snils';

export interface PersonCardKeys {
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate?: string | null;
  snils?: string | null;
  document?: { type: string; series?: string | null; number: string } | null;
}

export interface MatchLookupKeys {
  nameKey: string;
  documentKeys: string[];
  snils: string | null;
}

export type MatchVerdict =
  | { matches: true; by: Array<'document' | 'snils'> }
  | { matches: false; reason: 'name-differs' | 'no-common-key' | 'document-differs' | 'snils-differs' | 'birth-date-differs' };

type MatchFailure = Extract<MatchVerdict, { matches: false }>['reason'];

interface ComparableKeys {
  nameKey: string;
  birthDate?: string | null;
  snils?: string | null;
  documentKeys: string[];
}

/** What the database query narrows candidates by; the final word is `matchPersonCard`. */
export function matchLookupKeys(person: EsiaPerson): MatchLookupKeys {
  return {
    nameKey: fullNameKey(person),
    documentKeys: documentKeysOf(person.documents),
    snils: normalizeSnils(person.snils),
  };
}

export function matchPersonCard(person: EsiaPerson, card: PersonCardKeys): MatchVerdict {
  return compare(
    { nameKey: fullNameKey(person), birthDate: person.birthDate, snils: person.snils, documentKeys: documentKeysOf(person.documents) },
    card,
  );
}

/** The same rule for a child listed in a parent's ESIA profile; the child's document is the birth certificate. */
export function matchChildCard(child: EsiaChild, card: PersonCardKeys): MatchVerdict {
  const certificate = child.birthCertificate ? [{ type: 'RF_BRTH_CERT', ...child.birthCertificate }] : [];
  return compare(
    { nameKey: fullNameKey(child), birthDate: child.birthDate, snils: child.snils, documentKeys: documentKeysOf(certificate) },
    card,
  );
}

/** Only a confirmed ESIA account has had its identity checked in person; a standard one is self-declared. */
export function canMatchAutomatically(person: EsiaPerson): boolean {
  return person.trusted === true;
}

function compare(esia: ComparableKeys, card: PersonCardKeys): MatchVerdict {
  const fail = (reason: MatchFailure): MatchVerdict => ({ matches: false, reason });

  if (esia.nameKey !== fullNameKey(card)) return fail('name-differs');

  const cardDocumentKey = card.document ? identityDocumentKey(card.document) : null;
  const documentAgrees = cardDocumentKey !== null && esia.documentKeys.includes(cardDocumentKey);
  if (cardDocumentKey !== null && !documentAgrees) {
    const type = typeOfKey(cardDocumentKey);
    if (esia.documentKeys.some((key) => typeOfKey(key) === type)) return fail('document-differs');
  }

  const esiaSnils = snilsDigits(esia.snils);
  const cardSnils = snilsDigits(card.snils);
  if (esiaSnils !== null && cardSnils !== null && esiaSnils !== cardSnils) return fail('snils-differs');
  const snilsAgrees = esiaSnils !== null && esiaSnils === cardSnils && normalizeSnils(esiaSnils) !== null;

  const esiaBirthDate = present(esia.birthDate);
  const cardBirthDate = present(card.birthDate);
  if (
    esiaBirthDate !== null &&
    cardBirthDate !== null &&
    (esiaBirthDate !== cardBirthDate || !isIsoDate(esiaBirthDate) || !isIsoDate(cardBirthDate))
  ) {
    return fail('birth-date-differs');
  }

  const by: Array<'document' | 'snils'> = [];
  if (documentAgrees) by.push('document');
  if (snilsAgrees) by.push('snils');
  return by.length > 0 ? { matches: true, by } : fail('no-common-key');
}

function documentKeysOf(documents: ReadonlyArray<{ type: string; series?: string | null; number: string }>): string[] {
  const keys = documents.map(identityDocumentKey).filter((key): key is string => key !== null);
  return [...new Set(keys)];
}

function typeOfKey(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/** Digits only, null when blank: a present-but-malformed SNILS must still be able to disagree. */
function snilsDigits(value: string | null | undefined): string | null {
  const digits = (value ?? '').replace(/\D/g, '');
  return digits === '' ? null : digits;
}

function present(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}
