/**
 * Candidate ranking: staff review an access request with its ESIA data (the subject) beside
 * the organisation's person cards, best candidates first, each field marked same / near /
 * different / missing. This only orders and labels; linking still goes through `assessLink`.
 *
 * Tiers, best first (a card that fits none is left out):
 * - exact: what automatic matching would accept — `matchPersonCard` says yes (full name equal
 *   after normalisation, document or SNILS equal, no document, SNILS or birth date disagreeing)
 *   and the genders do not disagree either.
 * - strong: a strong key (document or SNILS) equal while the names are near or different (a new
 *   surname after marriage, a typo), or the full name equal after normalisation and the birth
 *   date equal.
 * - near: the names equal or near — written differently (ё/е, case, spaces, hyphen), the surname one
 *   typo away (Damerau–Levenshtein distance 1 on normalised surnames of 4+ letters, first and
 *   middle names equal), first and middle name swapped, or the middle name present on one side
 *   only — with the birth date equal or missing on a side.
 * - weak: the same birth date and class, or the same surname and first name only (a namesake).
 * A conflict that no typo in a name explains — a SNILS, a document of the same type, or the
 * gender disagreeing — moves a card that is not exact down one tier (strong → near → weak).
 *
 * Within a tier, cards are ordered by score (higher first), then by normalised last name,
 * first name and finally id, so the order never depends on the order of `cards`. Scores only
 * order; they mean nothing across requests.
 *
 * Field comparisons: names and class are 'same' when written identically (whitespace aside),
 * 'near' when equal after normalisation or in one of the near relations above; a missing middle
 * name on both sides is 'same' (matching treats it so). Document, SNILS and birth date are
 * compared like `matchPersonCard` compares them: a document counts as missing when the subject
 * has no document of the card document's type, a malformed SNILS or birth date still disagrees.
 */
import { DomainError } from './domain-error';
import type { EsiaPerson } from './esia-person';
import { identityDocumentKey, isIdentityDocumentType, type IdentityDocument } from './identity-document';
import { isIsoDate } from './iso-date';
import { matchPersonCard } from './matching';
import { normalizeNamePart } from './person-name';
import { normalizeSnils } from './snils';
import { latinToCyrillic } from './look-alike-letters';

type DocumentInput = { type: string; series?: string | null; number: string };

export interface CandidateCard {
  id: string;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate?: string | null;
  gender?: 'male' | 'female' | null;
  snils?: string | null;
  document?: DocumentInput | null;
  className?: string | null;
}

/** The person the request is about, as ESIA (and the request form, for the class) gives them. */
export interface CandidateSubject {
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate?: string | null;
  gender?: 'male' | 'female' | null;
  snils?: string | null;
  /** Only ESIA's document types (`identityDocumentTypes`) are compared; others are ignored. */
  documents: DocumentInput[];
  className?: string | null;
}

export const candidateFields = ['lastName', 'firstName', 'middleName', 'birthDate', 'gender', 'snils', 'document', 'className'] as const;
export type CandidateField = (typeof candidateFields)[number];

export type FieldComparison = 'same' | 'near' | 'different' | 'missing';

export const candidateTiers = ['exact', 'strong', 'near', 'weak'] as const;
export type CandidateTier = (typeof candidateTiers)[number];

/** Why a card is a candidate (and what speaks against it), always in this order. */
export const candidateReasons = [
  'document-matches',
  'snils-matches',
  'full-name-matches',
  'name-spelled-differently',
  'surname-typo',
  'names-swapped',
  'middle-name-missing',
  'same-surname-and-first-name',
  'birth-date-matches',
  'same-birth-date-and-class',
  'document-differs',
  'snils-differs',
  'birth-date-differs',
  'gender-differs',
] as const;
export type CandidateReason = (typeof candidateReasons)[number];

export interface RankedCandidate<C extends CandidateCard> {
  card: C;
  /** Only for ordering within a tier. */
  score: number;
  tier: CandidateTier;
  fields: Record<CandidateField, FieldComparison>;
  reasons: CandidateReason[];
}

export interface RankCandidatesOptions {
  /** At most this many candidates (after sorting). */
  limit?: number;
  /** Leave out candidates below this tier. */
  minimumTier?: CandidateTier;
}

export function rankCandidates<C extends CandidateCard>(
  subject: CandidateSubject,
  cards: readonly C[],
  options: RankCandidatesOptions = {},
): RankedCandidate<C>[] {
  const { limit, minimumTier = 'weak' } = options;
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 0)) {
    throw new DomainError('invalid-configuration', { field: 'limit' });
  }
  const lowestRank = candidateTiers.indexOf(minimumTier);
  if (lowestRank === -1) throw new DomainError('invalid-configuration', { field: 'minimumTier' });

  const prepared = prepareSubject(subject);
  const ranked: Array<RankedCandidate<C> & { order: string[] }> = [];
  for (const card of cards) {
    const candidate = assess(prepared, card);
    if (candidate && candidateTiers.indexOf(candidate.tier) <= lowestRank) {
      ranked.push({
        ...candidate,
        order: [normalizeNamePart(card.lastName), normalizeNamePart(card.firstName), card.id],
      });
    }
  }
  ranked.sort(
    (a, b) => candidateTiers.indexOf(a.tier) - candidateTiers.indexOf(b.tier) || b.score - a.score || compareStrings(a.order, b.order),
  );
  const kept = limit === undefined ? ranked : ranked.slice(0, limit);
  return kept.map(({ order: _order, ...candidate }) => candidate);
}

interface PreparedSubject {
  subject: CandidateSubject;
  /** The subject in the shape `matchPersonCard` takes; subject/trusted/children do not matter there. */
  asEsiaPerson: EsiaPerson;
  documentKeys: string[];
}

function prepareSubject(subject: CandidateSubject): PreparedSubject {
  const documents = subject.documents.filter((document): document is IdentityDocument => isIdentityDocumentType(document.type));
  const documentKeys = [...new Set(documents.map(identityDocumentKey).filter((key): key is string => key !== null))];
  return {
    subject,
    asEsiaPerson: {
      subject: '',
      trusted: false,
      children: [],
      lastName: subject.lastName,
      firstName: subject.firstName,
      middleName: subject.middleName,
      birthDate: subject.birthDate,
      gender: subject.gender,
      snils: subject.snils,
      documents,
    },
    documentKeys,
  };
}

// Points per field agreement; penalties for conflicts. Only relative sizes matter.
const POINTS = {
  document: 40,
  snils: 40,
  birthDate: 20,
  lastName: 10,
  lastNameTypo: 7,
  firstName: 8,
  firstNameSwapped: 6,
  middleName: 4,
  middleNameSwapped: 3,
  className: 4,
  gender: 2,
  documentDiffers: -30,
  snilsDiffers: -30,
  birthDateDiffers: -10,
  genderDiffers: -20,
} as const;

function assess<C extends CandidateCard>(prepared: PreparedSubject, card: C): RankedCandidate<C> | null {
  const { subject } = prepared;
  const reasons = new Set<CandidateReason>();
  let score = 0;

  const names = compareNames(subject, card);
  score += names.score;
  for (const reason of names.reasons) reasons.add(reason);

  const document = compareDocument(prepared.documentKeys, card.document);
  if (document === 'same') {
    score += POINTS.document;
    reasons.add('document-matches');
  } else if (document === 'different') {
    score += POINTS.documentDiffers;
    reasons.add('document-differs');
  }

  const snils = compareSnils(subject.snils, card.snils);
  if (snils === 'same') {
    score += POINTS.snils;
    reasons.add('snils-matches');
  } else if (snils === 'different') {
    score += POINTS.snilsDiffers;
    reasons.add('snils-differs');
  }

  const birthDate = compareBirthDate(subject.birthDate, card.birthDate);
  const className = compareClassName(subject.className, card.className);
  const classAgrees = className === 'same' || className === 'near';
  if (classAgrees) score += POINTS.className;
  if (birthDate === 'same') {
    score += POINTS.birthDate;
    reasons.add(classAgrees ? 'same-birth-date-and-class' : 'birth-date-matches');
  }
  if (birthDate === 'different') {
    score += POINTS.birthDateDiffers;
    reasons.add('birth-date-differs');
  }

  const gender: FieldComparison = subject.gender && card.gender ? (subject.gender === card.gender ? 'same' : 'different') : 'missing';
  if (gender === 'same') {
    score += POINTS.gender;
  } else if (gender === 'different') {
    score += POINTS.genderDiffers;
    reasons.add('gender-differs');
  }

  const conflict = document === 'different' || snils === 'different' || gender === 'different';
  let tier: CandidateTier | null;
  if (!conflict && matchPersonCard(prepared.asEsiaPerson, card).matches) {
    tier = 'exact';
  } else {
    if (document === 'same' || snils === 'same' || (names.level === 'equal' && birthDate === 'same')) tier = 'strong';
    else if (names.level !== 'none' && birthDate !== 'different') tier = 'near';
    else if ((birthDate === 'same' && classAgrees) || names.sameSurnameAndFirstName) tier = 'weak';
    else tier = null;
    if (tier !== null && conflict) tier = tier === 'strong' ? 'near' : 'weak';
  }
  if (tier === null) return null;

  return {
    card,
    score,
    tier,
    fields: {
      lastName: names.fields.lastName,
      firstName: names.fields.firstName,
      middleName: names.fields.middleName,
      birthDate,
      gender,
      snils,
      document,
      className,
    },
    reasons: candidateReasons.filter((reason) => reasons.has(reason)),
  };
}

type PartComparison = 'same' | 'spelling' | 'different' | 'missing' | 'both-blank';

interface NameComparison {
  /** equal: equal after normalisation; near: one of the near relations; none: neither. */
  level: 'equal' | 'near' | 'none';
  sameSurnameAndFirstName: boolean;
  fields: Record<'lastName' | 'firstName' | 'middleName', FieldComparison>;
  reasons: CandidateReason[];
  score: number;
}

function compareNames(subject: CandidateSubject, card: CandidateCard): NameComparison {
  // An absent surname or first name is unknown; only an absent middle name is a fact about the name.
  const blankIsMissing = (part: PartComparison): PartComparison => (part === 'both-blank' ? 'missing' : part);
  const last = blankIsMissing(comparePart(subject.lastName, card.lastName));
  const first = blankIsMissing(comparePart(subject.firstName, card.firstName));
  const middle = comparePart(subject.middleName, card.middleName);
  const equal = (part: PartComparison) => part === 'same' || part === 'spelling' || part === 'both-blank';
  const asField = (part: PartComparison): FieldComparison =>
    part === 'same' || part === 'both-blank' ? 'same' : part === 'spelling' ? 'near' : part;

  const fields = { lastName: asField(last), firstName: asField(first), middleName: asField(middle) };
  const sameSurnameAndFirstName = equal(last) && equal(first);
  const spelledDifferently = [last, first, middle].includes('spelling');
  const reasons: CandidateReason[] = [];
  let level: NameComparison['level'] = 'none';
  let score = (equal(last) ? POINTS.lastName : 0) + (equal(first) ? POINTS.firstName : 0) + (equal(middle) ? POINTS.middleName : 0);

  if (sameSurnameAndFirstName && equal(middle)) {
    level = 'equal';
    reasons.push('full-name-matches');
  } else if (equal(first) && equal(middle) && isSurnameTypo(subject.lastName, card.lastName)) {
    level = 'near';
    fields.lastName = 'near';
    score += POINTS.lastNameTypo;
    reasons.push('surname-typo');
  } else if (equal(last) && areSwapped(subject, card)) {
    level = 'near';
    fields.firstName = 'near';
    fields.middleName = 'near';
    score += POINTS.firstNameSwapped + POINTS.middleNameSwapped;
    reasons.push('names-swapped');
  } else if (sameSurnameAndFirstName && middle === 'missing') {
    level = 'near';
    reasons.push('middle-name-missing');
  } else if (sameSurnameAndFirstName) {
    reasons.push('same-surname-and-first-name');
  }
  if (level !== 'none' && spelledDifferently) reasons.push('name-spelled-differently');
  return { level, sameSurnameAndFirstName, fields, reasons, score };
}

function comparePart(a: string | null | undefined, b: string | null | undefined): PartComparison {
  const left = normalizeNamePart(a ?? '');
  const right = normalizeNamePart(b ?? '');
  if (left === '' && right === '') return 'both-blank';
  if (left === '' || right === '') return 'missing';
  if (left !== right) return 'different';
  return tidy(a) === tidy(b) ? 'same' : 'spelling';
}

const MIN_TYPO_SURNAME_LENGTH = 4;

/** One typo apart, on names long enough that one letter is not most of the name (Ким / Кин are not). */
function isSurnameTypo(a: string, b: string): boolean {
  const left = Array.from(normalizeNamePart(a));
  const right = Array.from(normalizeNamePart(b));
  if (left.length < MIN_TYPO_SURNAME_LENGTH || right.length < MIN_TYPO_SURNAME_LENGTH) return false;
  return isOneEditApart(left, right);
}

/**
 * Damerau–Levenshtein distance exactly 1: one letter replaced, inserted, deleted, or two
 * neighbouring letters transposed (Петрова / Петорва).
 */
function isOneEditApart(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const restEqual = (x: readonly string[], xFrom: number, y: readonly string[], yFrom: number) =>
    x.length - xFrom === y.length - yFrom && x.slice(xFrom).every((letter, k) => letter === y[yFrom + k]);
  if (a.length === b.length) {
    if (i === a.length) return false; // identical
    if (restEqual(a, i + 1, b, i + 1)) return true; // replaced
    return a[i] === b[i + 1] && a[i + 1] === b[i] && restEqual(a, i + 2, b, i + 2); // transposed
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return restEqual(longer, i + 1, shorter, i); // inserted / deleted
}

function areSwapped(subject: CandidateSubject, card: CandidateCard): boolean {
  const subjectFirst = normalizeNamePart(subject.firstName);
  const subjectMiddle = normalizeNamePart(subject.middleName ?? '');
  return (
    subjectFirst !== '' &&
    subjectMiddle !== '' &&
    subjectFirst !== subjectMiddle &&
    subjectFirst === normalizeNamePart(card.middleName ?? '') &&
    subjectMiddle === normalizeNamePart(card.firstName)
  );
}

/** As in matching: only a document of a type the subject also has can agree or disagree. */
function compareDocument(subjectKeys: readonly string[], document: DocumentInput | null | undefined): FieldComparison {
  const key = document ? identityDocumentKey(document) : null;
  if (key === null) return 'missing';
  if (subjectKeys.includes(key)) return 'same';
  const type = key.slice(0, key.indexOf(':'));
  return subjectKeys.some((subjectKey) => subjectKey.startsWith(`${type}:`)) ? 'different' : 'missing';
}

/** As in matching: digits compared; a present but malformed SNILS still disagrees, never agrees. */
function compareSnils(a: string | null | undefined, b: string | null | undefined): FieldComparison {
  const left = (a ?? '').replace(/\D/g, '');
  const right = (b ?? '').replace(/\D/g, '');
  if (left === '' || right === '') return 'missing';
  if (left !== right) return 'different';
  return normalizeSnils(left) !== null ? 'same' : 'missing';
}

/** As in matching: a malformed date on either side counts as a different one. */
function compareBirthDate(a: string | null | undefined, b: string | null | undefined): FieldComparison {
  const left = (a ?? '').trim();
  const right = (b ?? '').trim();
  if (left === '' || right === '') return 'missing';
  return left === right && isIsoDate(left) ? 'same' : 'different';
}

/** "5А", "5 а", "5-А", «5 "А"» are the same class; only letters and digits count. */
function compareClassName(a: string | null | undefined, b: string | null | undefined): FieldComparison {
  const normalise = (value: string | null | undefined) =>
    (value ?? '')
      .normalize('NFC')
      .toLocaleUpperCase('ru')
      .replace(/Ё/g, 'Е')
      .replace(/[A-Z]/g, (letter) => latinToCyrillic[letter] ?? letter)
      .replace(/[^0-9A-ZА-Я]/g, '');
  const left = normalise(a);
  const right = normalise(b);
  if (left === '' || right === '') return 'missing';
  if (left !== right) return 'different';
  return tidy(a) === tidy(b) ? 'same' : 'near';
}

function tidy(value: string | null | undefined): string {
  return (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

function compareStrings(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const left = a[i] ?? '';
    const right = b[i] ?? '';
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}
