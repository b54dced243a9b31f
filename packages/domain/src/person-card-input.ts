import { z } from 'zod';
import { identityDocumentTypes, type IdentityDocumentType } from './identity-document';
import { withoutControlCharacters } from './plain-text';
import { isValidSnils, normalizeSnils } from './snils';

/**
 * Editing a person card in the staff console. One schema validates the form in the browser and
 * again on the server. Every issue message is a stable code ('validation.*') the i18n layer
 * translates; no zod default message ever reaches the user.
 */
export const personCardGenders = ['male', 'female'] as const;
export type PersonCardGender = (typeof personCardGenders)[number];

export const personNameMaxLength = 100;
/** Nobody alive on a school card was born earlier; an earlier date is a typo (0985 for 1985). */
export const personCardEarliestBirthDate = '1900-01-01';
/** RFC 5321: a longer address cannot be delivered anyway. */
export const personCardEmailMaxLength = 254;
export const documentSeriesMaxLength = 20;
export const documentNumberMaxLength = 30;

/** Error paths in form order; the document's parts are reported as `document.type` etc. */
export const personCardInputFields = [
  'lastName',
  'firstName',
  'middleName',
  'birthDate',
  'gender',
  'snils',
  'document.type',
  'document.series',
  'document.number',
  'email',
  'phone',
] as const;
export type PersonCardInputField = (typeof personCardInputFields)[number];

export interface PersonCardDocument {
  type: IdentityDocumentType;
  series: string | null;
  number: string;
}

/** A validated card: absent optional values are null, SNILS is its 11 digits, text is tidied. */
export interface PersonCardInput {
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  gender: PersonCardGender | null;
  snils: string | null;
  document: PersonCardDocument | null;
  email: string | null;
  phone: string | null;
}

export interface PersonCardFieldError {
  field: PersonCardInputField;
  code: string;
}

export type PersonCardInputValidation = { ok: true; value: PersonCardInput } | { ok: false; fieldErrors: PersonCardFieldError[] };

// Letters (any alphabet, with combining marks) in words joined by spaces, hyphens or apostrophes:
// «Соловьёва-Ким», «Д'Артаньян», «Анна Мария». Digits and other signs are typos.
const NAME = /^[\p{L}\p{M}]+(?:[ '’ʼ-]+[\p{L}\p{M}]+)*$/u;
const DOCUMENT_PART = /^[\p{L}\p{M}\d -]*$/u;
const PHONE = /^\+?[\d -]+$/;

/** Forms send '' for "not filled in"; that is null, not a malformed value. */
const isBlank = (value: unknown) => value == null || (typeof value === 'string' && value.trim() === '');
const blankToNull = (value: unknown) => (isBlank(value) ? null : value);
/** Decomposed letters become one character; runs of whitespace (tabs, NBSP) one space. */
const tidy = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();
const requiredOrInvalid = (issue: { input?: unknown }) => (isBlank(issue.input) ? 'validation.required' : 'validation.invalid');

function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToNull, schema.nullable());
}

const namePart = z
  .string({ error: requiredOrInvalid })
  .transform(tidy)
  .pipe(
    z
      .string()
      .check(withoutControlCharacters())
      .min(1, { error: 'validation.required' })
      .max(personNameMaxLength, { error: 'validation.too-long' })
      .regex(NAME, { error: 'validation.name' }),
  );

const birthDate = (today: string) =>
  optional(
    z
      .string({ error: 'validation.date' })
      .trim()
      .check(withoutControlCharacters())
      .pipe(z.iso.date({ error: 'validation.date' }))
      .refine((date) => date >= personCardEarliestBirthDate && date <= today, { error: 'validation.date-range' }),
  );

const snils = optional(
  z
    .string({ error: 'validation.snils' })
    .trim()
    .check(withoutControlCharacters())
    .refine(isValidSnils, { error: 'validation.snils' })
    .transform((value) => normalizeSnils(value)!),
);

const documentSchema = z.object({
  type: z.enum(identityDocumentTypes, { error: requiredOrInvalid }),
  series: optional(
    z
      .string({ error: 'validation.document' })
      .transform(tidy)
      .pipe(
        z
          .string()
          .check(withoutControlCharacters())
          .max(documentSeriesMaxLength, { error: 'validation.too-long' })
          .regex(DOCUMENT_PART, { error: 'validation.document' }),
      ),
  ),
  number: z
    .string({ error: requiredOrInvalid })
    .transform(tidy)
    .pipe(
      z
        .string()
        .check(withoutControlCharacters())
        .min(1, { error: 'validation.required' })
        .max(documentNumberMaxLength, { error: 'validation.too-long' })
        .regex(DOCUMENT_PART, { error: 'validation.document' })
        // A number without a digit cannot identify anybody (the matching key would be empty).
        .refine((value) => /\d/.test(value), { error: 'validation.document' }),
    ),
});

// A document whose parts are all blank is "no document".
const document = z.preprocess(
  (value) => (isRecord(value) && isBlank(value.type) && isBlank(value.series) && isBlank(value.number) ? null : blankToNull(value)),
  documentSchema.nullable(),
);

const email = optional(
  z
    .string({ error: 'validation.email' })
    .trim()
    .check(withoutControlCharacters())
    .max(personCardEmailMaxLength, { error: 'validation.email' })
    .pipe(z.email({ error: 'validation.email' })),
);

const phone = optional(
  z
    .string({ error: 'validation.phone' })
    .transform(tidy)
    .pipe(z.string().check(withoutControlCharacters()))
    .refine((value) => PHONE.test(value) && isPhoneLength(value.replace(/\D/g, '').length), { error: 'validation.phone' }),
);

function isPhoneLength(digits: number) {
  return digits >= 10 && digits <= 15;
}

/** The card form's schema; birth dates after `today` (YYYY-MM-DD) are refused. */
export function personCardInputSchema(today: string) {
  return z.object({
    lastName: namePart,
    firstName: namePart,
    middleName: optional(namePart),
    birthDate: birthDate(today),
    gender: optional(z.enum(personCardGenders, { error: 'validation.invalid' })),
    snils,
    document,
    email,
    phone,
  });
}

/**
 * Validates the card form field by field: at most one error per field (the first), in form
 * order. `today` is the deployment's calendar day (the server passes its clock's; the browser's
 * own day is close enough for a hint, the server decides).
 */
export function validatePersonCardInput(raw: unknown, options: { today?: string } = {}): PersonCardInputValidation {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // Not an object at all (a broken client): report it as an empty form.
  const parsed = personCardInputSchema(today).safeParse(isRecord(raw) ? raw : {});
  if (!parsed.success) {
    const errors = new Map<PersonCardInputField, string>();
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.');
      if (isField(field) && !errors.has(field)) errors.set(field, asCode(issue.message));
    }
    const fieldErrors = personCardInputFields.flatMap((field) => {
      const code = errors.get(field);
      return code === undefined ? [] : [{ field, code }];
    });
    // A failure outside the known fields still must not pass as valid.
    return { ok: false, fieldErrors: fieldErrors.length > 0 ? fieldErrors : [{ field: 'lastName', code: 'validation.invalid' }] };
  }
  const value = parsed.data;
  return {
    ok: true,
    value: {
      lastName: value.lastName,
      firstName: value.firstName,
      middleName: value.middleName ?? null,
      birthDate: value.birthDate ?? null,
      gender: value.gender ?? null,
      snils: value.snils ?? null,
      document: value.document ? { type: value.document.type, series: value.document.series ?? null, number: value.document.number } : null,
      email: value.email ?? null,
      phone: value.phone ?? null,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isField(value: string): value is PersonCardInputField {
  return (personCardInputFields as readonly string[]).includes(value);
}

/** A safety net: should zod ever produce a message of its own, the client still gets a code. */
function asCode(message: string): string {
  return message.startsWith('validation.') ? message : 'validation.invalid';
}
