/**
 * The link guard: may this ESIA person be tied to this person card / account? Asked when a
 * family links with the legacy login and password, from personal settings, and by staff.
 *
 * Unlike automatic matching (`matching.ts`), the user here has already proved they hold the
 * card's account (legacy password) or a member of staff vouches for them, so a missing strong
 * key is no objection. What the guard looks for are signs that the ESIA person is somebody else
 * than the card's person. A wrong link hands one person's school data, and from then on the
 * sign-in, to another person, so:
 *
 * Hard mismatches — never overridable, not even by staff, because no clerical error explains them:
 * - card-is-esia-child: the card is one of the ESIA person's own children (found by
 *   `matchChildCard`, the same SNILS or birth certificate, or the same name and birth date as a
 *   child in the ESIA profile). This is the first warned case, a parent's ESIA on the child's
 *   card: a parent who knows the child's legacy password would otherwise take over the child's
 *   account. Parents reach children's data through their own parent card.
 * - minor-esia-on-adult-card: the ESIA person is under 18 today and the account is a parent's
 *   or a staff member's. The second warned case, a child's ESIA on a parent's card: the child
 *   (who often knows the parent's password) would sign in as the parent from then on. A minor
 *   may only hold a student account.
 * - adult-esia-on-minor-card: the ESIA person is 18+ today, the card's own birth date says
 *   under 18. Catches the first case when the child is missing from the ESIA profile (ESIA only
 *   lists children the parent added there). Age is computed per day (`ageOn`), 18 on the birthday.
 * - snils-differs: a SNILS is issued once per person for life; two different numbers are two
 *   people. Digits are compared, so a malformed card SNILS also disagrees: staff correct the card
 *   first, then link.
 * - gender-differs: does not change by typo on one side only. With the same surname this is the
 *   third warned case, one parent's ESIA on the other parent's card (Петрова Анна on Петров
 *   Андрей): same family, same children, same legacy password on the fridge.
 *
 * Soft mismatches — refused for self-service, staff may override with a recorded reason, because
 * school data are typed in by hand and do contain typos:
 * - birth-date-differs (a digit swapped by the school),
 * - first-name-differs, middle-name-differs: also the third warned case when genders are unknown
 *   on the card (a different first name under the same surname is typically the other parent),
 *   so self-service refuses them, a clerk with the documents in hand may not,
 * - last-name-differs: the one soft mismatch self-service accepts, since a surname changes on
 *   marriage and divorce and school cards are rarely updated.
 *
 * Names are compared part by part with `normalizeNamePart`; a middle name absent on one side is
 * not a difference (cards and foreign documents often lack one). Unknown (blank) values never
 * disagree; a malformed birth date counts as a different one, as in matching. Mismatches come
 * in the order of `linkMismatches`, so logs and tests are deterministic.
 */
import { ageOnIfKnown } from './age';
import type { EsiaChild, EsiaPerson } from './esia-person';
import { identityDocumentKey } from './identity-document';
import { assertIsoDate } from './iso-date';
import { matchChildCard } from './matching';
import { normalizeNamePart } from './person-name';
import type { AccountRole } from './roles';

export const linkMismatches = [
  'card-is-esia-child',
  'minor-esia-on-adult-card',
  'adult-esia-on-minor-card',
  'snils-differs',
  'gender-differs',
  'birth-date-differs',
  'first-name-differs',
  'middle-name-differs',
  'last-name-differs',
] as const;

export type LinkMismatch = (typeof linkMismatches)[number];

export const hardLinkMismatches: readonly LinkMismatch[] = [
  'card-is-esia-child',
  'minor-esia-on-adult-card',
  'adult-esia-on-minor-card',
  'snils-differs',
  'gender-differs',
];

/** The only soft mismatch a user may get past alone: surnames change on marriage. */
const selfLinkTolerated: readonly LinkMismatch[] = ['last-name-differs'];

export interface LinkCard {
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate?: string | null;
  gender?: 'male' | 'female' | null;
  snils?: string | null;
  document?: { type: string; series?: string | null; number: string } | null;
}

export interface LinkAssessment {
  /** All mismatches found, in the order of `linkMismatches`. */
  mismatches: LinkMismatch[];
  hard: LinkMismatch[];
  soft: LinkMismatch[];
  selfLinkAllowed: boolean;
  staffLinkAllowed: boolean;
}

const ADULT_AGE = 18;

export function assessLink(input: { person: EsiaPerson; card: LinkCard; role: AccountRole; today: string }): LinkAssessment {
  const { person, card, role, today } = input;
  assertIsoDate(today, 'today');
  const found = new Set<LinkMismatch>();

  if (person.children.some((child) => isThisChild(child, card))) found.add('card-is-esia-child');

  const personAge = ageOnIfKnown(person.birthDate, today);
  const cardAge = ageOnIfKnown(card.birthDate, today);
  // Only a student account may belong to a minor; the other roles are adults' by definition.
  if (personAge !== null && personAge < ADULT_AGE && role !== 'student') found.add('minor-esia-on-adult-card');
  if (personAge !== null && personAge >= ADULT_AGE && cardAge !== null && cardAge < ADULT_AGE) {
    found.add('adult-esia-on-minor-card');
  }

  const personSnils = snilsDigits(person.snils);
  const cardSnils = snilsDigits(card.snils);
  if (personSnils !== null && cardSnils !== null && personSnils !== cardSnils) found.add('snils-differs');

  if (person.gender && card.gender && person.gender !== card.gender) found.add('gender-differs');

  const personBirthDate = present(person.birthDate);
  const cardBirthDate = present(card.birthDate);
  if (personBirthDate !== null && cardBirthDate !== null && personBirthDate !== cardBirthDate) {
    found.add('birth-date-differs');
  }

  if (normalizeNamePart(person.firstName) !== normalizeNamePart(card.firstName)) found.add('first-name-differs');
  if (!middleNamesAgree(person.middleName, card.middleName)) found.add('middle-name-differs');
  if (normalizeNamePart(person.lastName) !== normalizeNamePart(card.lastName)) found.add('last-name-differs');

  const mismatches = linkMismatches.filter((mismatch) => found.has(mismatch));
  const hard = mismatches.filter((mismatch) => hardLinkMismatches.includes(mismatch));
  const soft = mismatches.filter((mismatch) => !hardLinkMismatches.includes(mismatch));
  return {
    mismatches,
    hard,
    soft,
    selfLinkAllowed: hard.length === 0 && soft.every((mismatch) => selfLinkTolerated.includes(mismatch)),
    staffLinkAllowed: hard.length === 0,
  };
}

/**
 * Is the card this child from the ESIA profile? Any one strong sign is enough: here a false
 * "yes" only refuses a link that would be wrong anyway (a parent's own card never shares a
 * child's SNILS, certificate or birth date), while a false "no" would let a parent take over
 * the child's account.
 */
function isThisChild(child: EsiaChild, card: LinkCard): boolean {
  if (matchChildCard(child, card).matches) return true;

  const childSnils = snilsDigits(child.snils);
  if (childSnils !== null && childSnils === snilsDigits(card.snils)) return true;

  if (child.birthCertificate && card.document) {
    const childKey = identityDocumentKey({ type: 'RF_BRTH_CERT', ...child.birthCertificate });
    if (childKey !== null && childKey === identityDocumentKey(card.document)) return true;
  }

  // A card without keys (common for young pupils) is still recognisable by name and birth date.
  const childBirthDate = present(child.birthDate);
  return (
    childBirthDate !== null &&
    childBirthDate === present(card.birthDate) &&
    normalizeNamePart(child.lastName) === normalizeNamePart(card.lastName) &&
    normalizeNamePart(child.firstName) === normalizeNamePart(card.firstName) &&
    middleNamesAgree(child.middleName, card.middleName)
  );
}

function middleNamesAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = normalizeNamePart(a ?? '');
  const right = normalizeNamePart(b ?? '');
  return left === '' || right === '' || left === right;
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

/**
 * May this existing card stand for a child of the ESIA profile (a parent's request resolved by
 * creating the parent's card around the child's existing one)? The child's data from the
 * parent's profile are judged against the card as a link of the child's own ESIA account
 * would be; with no reason recorded, only a changed surname passes, as for self-service.
 */
export function assessChildCard(input: { child: EsiaChild; card: LinkCard; today: string }): LinkAssessment {
  const { child, card, today } = input;
  const person: EsiaPerson = {
    subject: child.id,
    lastName: child.lastName,
    firstName: child.firstName,
    middleName: child.middleName ?? null,
    birthDate: child.birthDate ?? null,
    gender: child.gender ?? null,
    snils: child.snils ?? null,
    documents: child.birthCertificate ? [{ type: 'RF_BRTH_CERT', ...child.birthCertificate }] : [],
    trusted: true,
    children: [],
  };
  return assessLink({ person, card, role: 'student', today });
}
